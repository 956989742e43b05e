import type { KindT, PeriodicityT } from '@cchc/shared/plan/vocabulary';

/*
 * The words of shared/src/plan/vocabulary.ts for the plan editor's choices. That module also builds TypeBox
 * schemas, which must stay out of the browser bundle, so the words are repeated here (channels: the
 * progress feature's copy); the types force every key and
 * test/unit/miniapp/console/features/plans/lib/plan-labels.test.ts checks the words are the shared ones.
 */
export { CHANNEL_LABELS, CHANNEL_ORDER } from '../../progress/lib/vocabulary-labels.ts';

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

/** "mỗi tháng"… after "Tối thiểu 2 tin, bài". */
export const PERIODICITY_LABELS: Record<PeriodicityT, string> = { month: 'tháng', quarter: 'quý', half: '6 tháng', year: 'năm' };
export const PERIODICITY_ORDER = Object.keys(PERIODICITY_LABELS) as PeriodicityT[];
