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

/** What a kind is called in a list or a select: "Tin, bài", "Hội nghị, tọa đàm, buổi lồng ghép". */
export const KIND_LABELS: Record<KindT, string> = {
  tin_bai: 'Tin, bài',
  phong_su: 'Phóng sự, video',
  file_am_thanh: 'File âm thanh',
  van_ban: 'Văn bản đăng tải',
  bang_ron: 'Băng rôn, khẩu hiệu, pano',
  to_roi: 'Tờ rơi, tài liệu',
  hoi_nghi: 'Hội nghị, tọa đàm, buổi lồng ghép',
  doi_thoai: 'Đối thoại với người dân, doanh nghiệp',
  tap_huan: 'Tập huấn, bồi dưỡng',
  hoc_vien: 'Lượt học viên được tập huấn',
  cuoc_thi: 'Cuộc thi',
  luot_tham_du: 'Lượt người tham dự',
  luot_truy_cap: 'Lượt truy cập, tương tác',
  ho_tro: 'Buổi hỗ trợ người dân (dịch vụ công, chuyển đổi số)',
  to_cong_nghe_so: 'Tổ công nghệ số cộng đồng hoạt động',
  khac: 'Hoạt động khác',
};

export const KIND_ORDER = Object.keys(KIND_LABELS) as KindT[];
