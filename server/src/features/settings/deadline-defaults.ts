import type { DeadlineDefaultT } from '@cchc/shared/api/settings';
import { SEVERITY_LABELS } from '@cchc/shared/api/labels';
import { DEFAULT_ANSWER_WORKING_DAYS, TRANSFER_WORKING_DAYS } from '../feedback/deadlines.ts';

const PAKN_DECREE = 'Nghị định 20/2008/NĐ-CP về tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính, sửa đổi, bổ sung bởi Nghị định 48/2013/NĐ-CP và Nghị định 92/2017/NĐ-CP';
const CITIZEN_RECEPTION_LAW = 'Luật Tiếp công dân 2013, Điều 28: trả lời trực tiếp hoặc thông báo bằng văn bản trong 10 ngày làm việc';

/** The deadlines the system counts with when a unit sets none, and where each comes from. */
export function deadlineDefaults(): DeadlineDefaultT[] {
  return [
    {
      kind: 'transfer',
      severity: null,
      workingDays: TRANSFER_WORKING_DAYS,
      label: 'Phân loại, chuyển đến cơ quan có thẩm quyền',
      legalBasis: `${PAKN_DECREE} (chuyển trong 05 ngày làm việc; theo luật, đơn vị không sửa được)`,
    },
    {
      kind: 'answer',
      severity: 'binh_thuong',
      workingDays: DEFAULT_ANSWER_WORKING_DAYS.binh_thuong,
      label: `Trả lời — mức ${SEVERITY_LABELS.binh_thuong.toLowerCase()}`,
      legalBasis: CITIZEN_RECEPTION_LAW,
    },
    {
      kind: 'answer',
      severity: 'khan',
      workingDays: DEFAULT_ANSWER_WORKING_DAYS.khan,
      label: `Trả lời — mức ${SEVERITY_LABELS.khan.toLowerCase()}`,
      legalBasis: 'Không có quy định riêng; mặc định theo thực tiễn tổng đài 1022 Đà Nẵng và iHanoi (việc khẩn xử lý trong 01 ngày làm việc)',
    },
    {
      kind: 'answer',
      severity: 'phuc_tap',
      workingDays: DEFAULT_ANSWER_WORKING_DAYS.phuc_tap,
      label: `Trả lời — mức ${SEVERITY_LABELS.phuc_tap.toLowerCase()}`,
      legalBasis: `${CITIZEN_RECEPTION_LAW}; không có quy định thời hạn dài hơn, đơn vị có thể đặt riêng`,
    },
  ];
}
