/**
 * The words of the report: how numbers, dates and counts are written in an
 * administrative document ("09 buổi", "ngày 04/08/2025"), and the default texts an
 * officer starts from.
 */
import { KINDS, type KindT } from '@cchc/shared/plan/vocabulary';

/** Counts under 10 are written with two digits, as documents do: "09 buổi". */
export function count2(n: number): string {
  return n >= 0 && n < 10 ? `0${n}` : String(n);
}

/** 'YYYY-MM-DD' → 'dd/mm/yyyy'. */
export function vnDate(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

/** "ngày 02 tháng 12 năm 2026" (NĐ 30: days under 10 and months 1, 2 take a leading 0). */
export function vnDateWords(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const dd = d < 10 ? `0${d}` : String(d);
  const mm = m < 3 ? `0${m}` : String(m);
  return `ngày ${dd} tháng ${mm} năm ${y}`;
}

/** "60 tin, bài"; with attendance: "09 buổi, thu hút 550 lượt người tham dự". */
export function countText(kind: KindT, count: number, attendees: number): string {
  const base = `${count2(count)} ${KINDS[kind].unit}`;
  return attendees > 0 ? `${base}, thu hút ${count2(attendees)} lượt người tham dự` : base;
}

/** "Phường Kinh Môn" → "Kinh Môn" (the place name of the date line). */
export function placeName(unitName: string): string {
  return unitName.replace(/^(Xã|Phường|Đặc khu|Thị trấn|Thành phố|Tỉnh)\s+/u, '');
}

/** "Phường Kinh Môn" → "phường Kinh Môn" (inside a sentence). */
export function inSentence(unitName: string): string {
  return unitName.replace(/^(Xã|Phường|Đặc khu|Thị trấn|Thành phố|Tỉnh)\b/u, (w) => w.toLowerCase());
}

/** "0,905" → "90,5%". */
export function percent(share: number): string {
  return `${(share * 100).toFixed(1).replace('.', ',')}%`;
}

export const NO_PLAN = 'Chưa có kế hoạch tuyên truyền CCHC cho kỳ này.';
export const NO_COUNTS = 'Chưa có số liệu hoạt động tuyên truyền nào được ghi nhận trong kỳ.';
export const NO_SATISFACTION = 'Chưa có số liệu đánh giá mức độ hài lòng của người dân trong kỳ.';

export function defaultDirection(unitName: string): string {
  const u = inSentence(unitName);
  return [
    `UBND ${u} đã phân công trách nhiệm cho công chức chuyên môn, các bộ phận, ban ngành có liên quan bám sát kế hoạch tổ chức triển khai thực hiện, với những định hướng trọng tâm tuyên truyền phù hợp theo từng giai đoạn và tình hình thực tế địa phương.`,
    'Công chức Văn hóa - Xã hội phối hợp với Văn phòng HĐND và UBND, Trung tâm Phục vụ hành chính công và các bộ phận có liên quan thường xuyên cập nhật, đăng tải tin bài tuyên truyền về cải cách hành chính, hướng dẫn đăng ký tài khoản, nộp hồ sơ dịch vụ công trực tuyến và thanh toán trực tuyến.',
  ].join('\n');
}

export function defaultShortcomings(missedTargets: string[]): string {
  const lines = [
    '- Người dân tiếp cận, sử dụng dịch vụ công trực tuyến và thanh toán trực tuyến còn chậm.',
    '- Nhận thức về cải cách hành chính của một bộ phận cán bộ, công chức còn hạn chế, nội dung và hình thức tuyên truyền có lúc chưa phong phú.',
    '- Nguồn lực phục vụ công tác tuyên truyền cải cách hành chính chưa bảo đảm.',
  ];
  if (missedTargets.length > 0) lines.unshift(`- Còn ${count2(missedTargets.length)} chỉ tiêu chưa đạt: ${missedTargets.join('; ')}.`);
  return lines.join('\n');
}

export function defaultNextSteps(unitName: string): string {
  const u = inSentence(unitName);
  return [
    '- Tiếp tục đẩy mạnh công tác tuyên truyền cải cách hành chính với nội dung đa dạng, phong phú, bám sát các chỉ tiêu của kế hoạch.',
    `- Công khai đầy đủ, kịp thời các thủ tục hành chính thuộc thẩm quyền giải quyết trên Trang thông tin điện tử và Mini App của ${u}.`,
    '- Tuyên truyền, hướng dẫn người dân đăng ký tài khoản định danh điện tử VNeID, nộp hồ sơ và thanh toán trực tuyến.',
    '- Duy trì, nâng cao hiệu quả hoạt động của các Tổ công nghệ số cộng đồng; tiếp nhận, trả lời phản ánh, kiến nghị đúng hạn.',
  ].join('\n');
}

export function defaultRecipients(unitName: string): string[] {
  const u = inSentence(unitName);
  return ['Sở Nội vụ (b/c);', `TT Đảng ủy, TT HĐND ${u};`, `Chủ tịch, các Phó Chủ tịch UBND ${u};`, 'Lưu: VT, VHXH.'];
}
