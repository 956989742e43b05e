import type { ChannelKindT, OnlineLevelT } from './catalog.ts';
import type { UnitKindT } from './units.ts';

/** Vietnamese labels for enumerations, shared by the Mini App, the console and the chatbot. */
export const CHANNEL_LABELS: Record<ChannelKindT, string> = {
  truc_tiep: 'Trực tiếp',
  truc_tuyen: 'Trực tuyến',
  buu_chinh: 'Qua bưu chính',
};

export const ONLINE_LEVEL_LABELS: Record<OnlineLevelT, string> = {
  toan_trinh: 'Trực tuyến toàn trình',
  mot_phan: 'Trực tuyến một phần',
  khong: 'Nộp trực tiếp hoặc qua bưu chính',
};

export const UNIT_KIND_LABELS: Record<UnitKindT, string> = {
  city: 'Thành phố',
  commune: 'Xã',
  ward: 'Phường',
  special_zone: 'Đặc khu',
};
