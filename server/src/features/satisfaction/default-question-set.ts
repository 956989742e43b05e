import type { QuestionKindT } from '@cchc/shared/api/satisfaction';

/**
 * The default questionnaire, after SIPAS:
 *  - Quyết định 1001/QĐ-BNV ngày 11/12/2023 của Bộ Nội vụ (the current method of measuring
 *    the satisfaction index of administrative service, SIPAS): five factors of a service, for
 *    each the citizen's assessment of its criteria (nhận định), their satisfaction with the
 *    factor, and expectations (mong đợi) of what to improve; a 5-level scale;
 *  - Đề án "Đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành
 *    chính nhà nước giai đoạn 2017–2020" (Quyết định 2640/QĐ-BNV ngày 10/10/2017), whose
 *    criteria per factor these follow (nơi đón tiếp, công khai TTHC, hồ sơ, số lần đi lại, thời
 *    gian, thái độ và năng lực công chức, kết quả đúng quy định, tiếp nhận và trả lời PAKN);
 *  - the three satisfaction ratios of Quyết định 766/QĐ-TTg ngày 23/6/2022, fed by the overall
 *    question and the PAKN ratings.
 * A city administrator edits it as a new version (the editor in the console).
 */
export const DEFAULT_SOURCE =
  'Theo mô hình SIPAS: Quyết định số 1001/QĐ-BNV ngày 11/12/2023 của Bộ Nội vụ (phương pháp đo lường Chỉ số hài lòng về sự phục vụ hành chính) '
  + 'và Đề án ban hành kèm theo Quyết định số 2640/QĐ-BNV ngày 10/10/2017; các tỷ lệ hài lòng theo Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ.';

export interface DefaultQuestion {
  code: string;
  factor: number | null;
  kind: QuestionKindT;
  text: string;
  required: boolean;
}

const criterion = (factor: number, n: number, text: string): DefaultQuestion => ({ code: `F${factor}.C${n}`, factor, kind: 'criterion', text, required: false });
const satisfaction = (factor: number, text: string): DefaultQuestion => ({ code: `F${factor}.S`, factor, kind: 'satisfaction', text, required: true });

export const DEFAULT_QUESTIONS: DefaultQuestion[] = [
  // 1. Tiếp cận dịch vụ
  criterion(1, 1, 'Nơi đón tiếp, bộ phận một cửa có đủ chỗ ngồi, tiện nghi (quạt, nước uống, nhà vệ sinh)'),
  criterion(1, 2, 'Trang thiết bị phục vụ (máy tính tra cứu, máy lấy số, thiết bị hỗ trợ) dễ sử dụng'),
  criterion(1, 3, 'Dễ tìm thông tin và được hướng dẫn khi cần'),
  satisfaction(1, 'Mức độ hài lòng của Ông/Bà về việc tiếp cận dịch vụ'),
  // 2. Thủ tục hành chính
  criterion(2, 1, 'Thủ tục hành chính được niêm yết, công khai đầy đủ, dễ hiểu'),
  criterion(2, 2, 'Thành phần hồ sơ phải nộp đúng như được công khai, đơn giản'),
  criterion(2, 3, 'Phí, lệ phí phải nộp đúng như được công khai'),
  criterion(2, 4, 'Thời hạn giải quyết được công khai là hợp lý'),
  satisfaction(2, 'Mức độ hài lòng của Ông/Bà về thủ tục hành chính'),
  // 3. Công chức trực tiếp giải quyết công việc
  criterion(3, 1, 'Công chức có thái độ giao tiếp lịch sự, tôn trọng'),
  criterion(3, 2, 'Công chức chú ý lắng nghe, trả lời đầy đủ các ý kiến'),
  criterion(3, 3, 'Công chức hướng dẫn kê khai hồ sơ tận tình, dễ hiểu; chỉ phải bổ sung hồ sơ một lần'),
  criterion(3, 4, 'Công chức tuân thủ đúng quy định, không gây phiền hà, nhũng nhiễu'),
  satisfaction(3, 'Mức độ hài lòng của Ông/Bà về công chức trực tiếp giải quyết công việc'),
  // 4. Kết quả dịch vụ
  criterion(4, 1, 'Kết quả đúng quy định, thông tin trên kết quả đầy đủ, chính xác'),
  criterion(4, 2, 'Nhận kết quả đúng hoặc sớm hơn ngày hẹn'),
  criterion(4, 3, 'Số lần phải đi lại để hoàn thành thủ tục là hợp lý'),
  satisfaction(4, 'Mức độ hài lòng của Ông/Bà về kết quả giải quyết'),
  // 5. Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị
  criterion(5, 1, 'Có nơi, có cách (hòm thư, Zalo, đường dây nóng) để góp ý, phản ánh, kiến nghị thuận tiện'),
  criterion(5, 2, 'Góp ý, phản ánh, kiến nghị được tiếp nhận và trả lời kịp thời, rõ ràng'),
  satisfaction(5, 'Mức độ hài lòng của Ông/Bà về việc tiếp nhận, xử lý góp ý, phản ánh, kiến nghị'),
  // Overall
  { code: 'OVERALL', factor: null, kind: 'overall', text: 'Nhìn chung, Ông/Bà hài lòng thế nào về sự phục vụ của cơ quan khi giải quyết công việc?', required: true },
];

export const DEFAULT_EXPECTATIONS: { code: string; text: string }[] = [
  { code: 'E1', text: 'Mở rộng hình thức thông tin để người dân dễ tiếp cận dịch vụ' },
  { code: 'E2', text: 'Cải thiện nơi đón tiếp và trang thiết bị phục vụ' },
  { code: 'E3', text: 'Tiếp tục đơn giản hóa thủ tục hành chính, giảm hồ sơ' },
  { code: 'E4', text: 'Rút ngắn thời gian giải quyết' },
  { code: 'E5', text: 'Giảm phí, lệ phí' },
  { code: 'E6', text: 'Nâng cao thái độ phục vụ của công chức' },
  { code: 'E7', text: 'Nâng cao năng lực giải quyết công việc của công chức' },
  { code: 'E8', text: 'Tiếp nhận và phản hồi góp ý, phản ánh, kiến nghị nhanh hơn' },
  { code: 'E9', text: 'Mở rộng dịch vụ công trực tuyến, thanh toán trực tuyến' },
];

export const DEFAULT_TITLE = 'Khảo sát sự hài lòng về sự phục vụ hành chính';
export const DEFAULT_INTRO = 'Ý kiến của Ông/Bà giúp cơ quan phục vụ tốt hơn. Phiếu không hỏi họ tên; chỉ mất khoảng 2 phút.';
/** At most this many expectations per response. */
export const MAX_EXPECTATIONS = 3;
