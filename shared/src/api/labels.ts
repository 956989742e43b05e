import type { ChannelKindT, OnlineLevelT } from './catalog.ts';

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

import type { FeedbackStatusT, RejectReasonT, SeverityT } from './feedback.ts';

export const FEEDBACK_STATUS_LABELS: Record<FeedbackStatusT, string> = {
  moi: 'Mới gửi',
  da_tiep_nhan: 'Đã tiếp nhận',
  dang_xu_ly: 'Đang xử lý',
  da_chuyen: 'Đã chuyển đơn vị khác',
  da_tra_loi: 'Đã trả lời',
  dong: 'Đã đóng',
  mo_lai: 'Mở lại',
  tu_choi: 'Từ chối tiếp nhận',
};

export const SEVERITY_LABELS: Record<SeverityT, string> = {
  khan: 'Khẩn',
  binh_thuong: 'Bình thường',
  phuc_tap: 'Phức tạp',
};

export const REJECT_REASON_LABELS: Record<RejectReasonT, string> = {
  khieu_nai_to_cao: 'Là khiếu nại hoặc tố cáo: cần gửi theo kênh pháp luật quy định',
  thieu_thong_tin: 'Thiếu thông tin để xử lý',
  trung: 'Trùng với phản ánh đã có',
  ngoai_tham_quyen: 'Ngoài thẩm quyền của đơn vị',
};

/** What each recorded PAKN event means, for the officers' history (the citizen's wording is the server's). */
export const FEEDBACK_EVENT_LABELS: Record<string, string> = {
  submitted: 'Người dân gửi phản ánh, kiến nghị',
  accepted: 'Tiếp nhận, phân loại',
  rejected: 'Từ chối tiếp nhận',
  assigned: 'Giao xử lý',
  transferred: 'Chuyển đơn vị khác',
  note: 'Ghi chú nội bộ',
  draft_saved: 'Lưu dự thảo trả lời',
  draft_submitted: 'Trình lãnh đạo duyệt trả lời',
  draft_returned: 'Lãnh đạo trả lại dự thảo',
  approved: 'Duyệt và gửi câu trả lời',
  published: 'Công khai câu trả lời',
  unpublished: 'Thôi công khai câu trả lời',
  duplicate_linked: 'Có phản ánh trùng được gộp vào',
  rated: 'Người dân đánh giá',
  reopened: 'Người dân mở lại',
};
