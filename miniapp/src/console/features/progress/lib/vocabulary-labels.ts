import type { ChannelT, KindT } from '@cchc/shared/plan/vocabulary';

/*
 * The words of shared/src/plan/vocabulary.ts for the console's screens. That module also builds TypeBox
 * schemas, which must stay out of the browser bundle, so the labels are repeated here: the types force
 * every key, and test/unit/miniapp/console/features/progress/vocabulary-labels.test.ts checks the words
 * are the shared ones.
 */

export const CHANNEL_LABELS: Record<ChannelT, string> = {
  dai_truyen_thanh: 'Đài truyền thanh, loa truyền thanh',
  cong_thong_tin: 'Cổng/Trang thông tin điện tử',
  fanpage: 'Trang mạng xã hội (Fanpage)',
  zalo_oa: 'Zalo OA',
  mini_app: 'Mini App',
  truc_quan: 'Tuyên truyền trực quan',
  hoi_nghi: 'Hội nghị, tọa đàm, lồng ghép',
  truc_tiep: 'Trực tiếp tại bộ phận một cửa, cơ sở',
  khac: 'Kênh khác',
};

/** What one of a kind is called when counted: "5 / 6 tin, bài". */
export const KIND_UNITS: Record<KindT, string> = {
  tin_bai: 'tin, bài',
  phong_su: 'phóng sự',
  file_am_thanh: 'file',
  van_ban: 'văn bản',
  bang_ron: 'cái',
  to_roi: 'bản',
  hoi_nghi: 'buổi',
  doi_thoai: 'cuộc',
  tap_huan: 'lớp',
  hoc_vien: 'học viên',
  cuoc_thi: 'cuộc thi',
  luot_tham_du: 'lượt người',
  luot_truy_cap: 'lượt',
  ho_tro: 'buổi',
  to_cong_nghe_so: 'tổ',
  khac: 'hoạt động',
};

export const CHANNEL_ORDER = Object.keys(CHANNEL_LABELS) as ChannelT[];
