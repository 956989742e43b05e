import type { DeadlineDefaultT } from '@cchc/shared/api/settings';
import { SEVERITY_LABELS } from '@cchc/shared/api/labels';
import { DEFAULT_ANSWER_WORKING_DAYS, NOTICE_WORKING_DAYS, TRANSFER_WORKING_DAYS } from './deadlines.ts';

const CITIZEN_RECEPTION_LAW =
  'Luật Tiếp công dân 2013 (Luật số 42/2013/QH13), Điều 28: trong 10 ngày làm việc phải trả lời trực tiếp hoặc thông báo bằng văn bản cho người phản ánh, kiến nghị về việc thụ lý hoặc không thụ lý, hoặc chuyển đến cơ quan có thẩm quyền. Đây là hạn thông báo, không phải hạn trả lời nội dung. Đơn vị chỉ được đặt hạn ngắn hơn.';
const TRANSFER_RULE =
  'Nghị định 20/2008/NĐ-CP (sửa đổi, bổ sung bởi Nghị định 48/2013/NĐ-CP và Nghị định 92/2017/NĐ-CP), Điều 9 khoản 1 điểm d: phản ánh, kiến nghị không thuộc thẩm quyền phải được chuyển đến cơ quan có thẩm quyền trong 05 ngày làm việc. Chỉ áp dụng cho việc chuyển ngoài thẩm quyền, không phải cho mọi việc phân loại. Đơn vị chỉ được đặt hạn ngắn hơn.';
const COMMITMENT = 'Cam kết phục vụ của đơn vị: pháp luật không quy định thời hạn trả lời chung cho phản ánh, kiến nghị; đơn vị đặt quy tắc riêng theo mức độ, chủ đề.';

/** The deadlines the system counts with when a unit sets none, what each one is, and where it comes from. */
export function deadlineDefaults(urgentWorkingHours: number): DeadlineDefaultT[] {
  return [
    {
      kind: 'notice',
      severity: null,
      workingDays: NOTICE_WORKING_DAYS,
      workingHours: null,
      statutory: true,
      label: 'Thông báo thụ lý cho người gửi (tiếp nhận, từ chối hoặc chuyển)',
      legalBasis: CITIZEN_RECEPTION_LAW,
    },
    {
      kind: 'transfer',
      severity: null,
      workingDays: TRANSFER_WORKING_DAYS,
      workingHours: null,
      statutory: true,
      label: 'Chuyển phản ánh, kiến nghị ngoài thẩm quyền đến cơ quan có thẩm quyền',
      legalBasis: TRANSFER_RULE,
    },
    {
      kind: 'answer',
      severity: 'khan',
      workingDays: 0,
      workingHours: urgentWorkingHours,
      statutory: false,
      label: `Trả lời — mức ${SEVERITY_LABELS.khan.toLowerCase()} (tính theo giờ làm việc)`,
      legalBasis: `${COMMITMENT} Mặc định ${urgentWorkingHours} giờ làm việc trong giờ hành chính, theo thực tiễn tổng đài 1022 Đà Nẵng và iHanoi.`,
    },
    {
      kind: 'answer',
      severity: 'binh_thuong',
      workingDays: DEFAULT_ANSWER_WORKING_DAYS.binh_thuong,
      workingHours: null,
      statutory: false,
      label: `Trả lời — mức ${SEVERITY_LABELS.binh_thuong.toLowerCase()}`,
      legalBasis: COMMITMENT,
    },
    {
      kind: 'answer',
      severity: 'phuc_tap',
      workingDays: DEFAULT_ANSWER_WORKING_DAYS.phuc_tap,
      workingHours: null,
      statutory: false,
      label: `Trả lời — mức ${SEVERITY_LABELS.phuc_tap.toLowerCase()}`,
      legalBasis: COMMITMENT,
    },
  ];
}
