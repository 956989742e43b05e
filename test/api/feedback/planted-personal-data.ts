/**
 * PAKN with personal data planted in what gets published: the sender's own name,
 * address and phone in every form people write them, other phones, identity
 * numbers and e-mails. Each case names the items that must never reach a public
 * route, checked after normalising (digits only for numbers, folded lower case for
 * words).
 */

export type PlantedKind = 'name' | 'address' | 'phone' | 'id_number' | 'email';

export interface PlantedItem {
  kind: PlantedKind;
  value: string;
}

export interface PlantedCase {
  label: string;
  contact: { name: string; phone: string; address: string };
  content: string;
  answer: string;
  /** Where the problem is; Open311 shows its address. */
  location?: { lat?: number; lng?: number; address?: string };
  /** Sent through Open311 (first_name/last_name, address_string as the contact address). */
  viaOpen311?: boolean;
  planted: PlantedItem[];
}

const NBSP = '\u00a0';
const FILLER = 'Đề nghị xã sớm kiểm tra và xử lý giúp bà con trong thôn.';
const DONE = 'UBND xã đã cử cán bộ địa chính kiểm tra hiện trường và xử lý xong.';

export const PLANTED_CASES: PlantedCase[] = [
  {
    label: 'the sender’s full name in the answer’s greeting',
    contact: { name: 'Nguyễn Văn Bảy', phone: '0911 000 101', address: 'Số 3, thôn Bắc, xã Bình Giang' },
    content: `Mương thoát nước đầu thôn Bắc bị tắc, nước tràn vào đường. ${FILLER}`,
    answer: `Kính gửi ông Nguyễn Văn Bảy. ${DONE}`,
    planted: [{ kind: 'name', value: 'Nguyễn Văn Bảy' }],
  },
  {
    label: 'the full name without diacritics',
    contact: { name: 'Trần Quốc Toản', phone: '0911 000 102', address: 'Số 8, thôn Nam, xã Bình Giang' },
    content: `Đường vào trường mầm non thôn Nam có nhiều ổ gà lớn. ${FILLER}`,
    answer: `Kinh gui ong Tran Quoc Toan, ${DONE}`,
    planted: [{ kind: 'name', value: 'Trần Quốc Toản' }],
  },
  {
    label: '“bà” and the last two words of the name',
    contact: { name: 'Lê Thị Bình', phone: '0911 000 103', address: 'Số 15, thôn Tây, xã Bình Giang' },
    content: `Cột điện ở ngõ trong thôn Tây bị nghiêng sau cơn bão vừa rồi. ${FILLER}`,
    answer: `Gửi bà Thị Bình: ${DONE}`,
    planted: [{ kind: 'name', value: 'Thị Bình' }],
  },
  {
    label: '“anh” and the given name alone',
    contact: { name: 'Phạm Văn Tám', phone: '0911 000 104', address: 'Số 21, thôn Đông, xã Bình Giang' },
    content: `Rác thải bị đổ trộm ở bãi đất trống cạnh đình làng. ${FILLER}`,
    answer: `Cảm ơn anh Tám đã phản ánh. ${DONE}`,
    planted: [{ kind: 'name', value: 'anh Tám' }],
  },
  {
    label: 'the name in capitals in the content',
    contact: { name: 'Hoàng Thị Hương', phone: '0911 000 105', address: 'Số 4, xóm Mới, xã Bình Giang' },
    content: `Tôi là HOÀNG THỊ HƯƠNG, phản ánh việc loa phát thanh xóm Mới hỏng đã lâu. ${FILLER}`,
    answer: `${DONE} Loa đã được thay mới.`,
    planted: [{ kind: 'name', value: 'Hoàng Thị Hương' }],
  },
  {
    label: 'the name with non-breaking and doubled spaces',
    contact: { name: 'Đỗ Minh Tuấn', phone: '0911 000 106', address: 'Số 9, thôn Trung, xã Bình Giang' },
    content: `Người viết: Đỗ${NBSP}Minh  Tuấn. Cống qua đường thôn Trung bị sụt lún nguy hiểm. ${FILLER}`,
    answer: `${DONE} Cống đã được gia cố.`,
    planted: [{ kind: 'name', value: 'Đỗ Minh Tuấn' }],
  },
  {
    label: 'the name broken over two lines',
    contact: { name: 'Vũ Thị Lan', phone: '0911 000 107', address: 'Số 30, thôn Thượng, xã Bình Giang' },
    content: `Đèn chiếu sáng ở ngã ba thôn Thượng không sáng. ${FILLER}\nNgười gửi: Vũ Thị\nLan`,
    answer: `${DONE} Đèn đã sáng lại.`,
    planted: [{ kind: 'name', value: 'Vũ Thị Lan' }],
  },
  {
    label: 'the name in lower case without diacritics in the content',
    contact: { name: 'Ngô Thị Thu', phone: '0911 000 108', address: 'Số 2, thôn Hạ, xã Bình Giang' },
    content: `toi la ngo thi thu o thon Ha, duong lang bi ngap moi khi mua to. ${FILLER}`,
    answer: `${DONE} Đã nạo vét rãnh thoát nước.`,
    planted: [{ kind: 'name', value: 'Ngô Thị Thu' }],
  },
  {
    label: 'the sender’s landline in brackets in the content',
    contact: { name: 'Bùi Văn Hải', phone: '(0225) 3999 001', address: 'Số 11, thôn Bắc, xã Bình Giang' },
    content: `Cây xanh ven đường thôn Bắc che khuất biển báo. Xin gọi (0225) 3999 001 khi đến kiểm tra. ${FILLER}`,
    answer: `${DONE} Đã cắt tỉa cây.`,
    planted: [{ kind: 'phone', value: '02253999001' }],
  },
  {
    label: 'a mobile number grouped with commas',
    contact: { name: 'Đinh Văn Lực', phone: '0913 456 701', address: 'Số 5, thôn Nam, xã Bình Giang' },
    content: `Nhà văn hóa thôn Nam bị dột mái. Số của tôi 0913,456,701. ${FILLER}`,
    answer: `${DONE} Đã sửa mái.`,
    planted: [{ kind: 'phone', value: '0913456701' }],
  },
  {
    label: 'a mobile number grouped with dots',
    contact: { name: 'Lý Thị Mai', phone: '0913 456 702', address: 'Số 6, thôn Tây, xã Bình Giang' },
    content: `Giếng nước công cộng thôn Tây bị ô nhiễm. Liên hệ 0913.456.702. ${FILLER}`,
    answer: `${DONE} Đã lấy mẫu nước xét nghiệm.`,
    planted: [{ kind: 'phone', value: '0913456702' }],
  },
  {
    label: 'a number written +84 with spaces',
    contact: { name: 'Mai Văn Đức', phone: '0913 456 703', address: 'Số 7, thôn Đông, xã Bình Giang' },
    content: `Biển tên đường bị đổ. Gọi cho tôi: +84 913 456 703. ${FILLER}`,
    answer: `${DONE} Biển đã được dựng lại.`,
    planted: [{ kind: 'phone', value: '913456703' }],
  },
  {
    label: 'a number written 84… without a plus',
    contact: { name: 'Tạ Thị Nga', phone: '0913 456 704', address: 'Số 8, xóm Mới, xã Bình Giang' },
    content: `Chó thả rông ở xóm Mới cắn người. Zalo 84913456704. ${FILLER}`,
    answer: `${DONE} Đã nhắc nhở các hộ nuôi chó.`,
    planted: [{ kind: 'phone', value: '913456704' }],
  },
  {
    label: 'a number in full-width digits',
    contact: { name: 'Cao Văn Sơn', phone: '0913 456 705', address: 'Số 10, thôn Trung, xã Bình Giang' },
    content: `Đường ống nước sạch bị vỡ ở thôn Trung. ĐT ０９１３４５６７０５. ${FILLER}`,
    answer: `${DONE} Đã thay đoạn ống vỡ.`,
    planted: [{ kind: 'phone', value: '0913456705' }],
  },
  {
    label: 'a number separated by non-breaking spaces',
    contact: { name: 'Lương Thị Yến', phone: '0913 456 706', address: 'Số 12, thôn Thượng, xã Bình Giang' },
    content: `Bãi đỗ xe trước chợ lấn chiếm lòng đường. Số máy 0913${NBSP}456${NBSP}706. ${FILLER}`,
    answer: `${DONE} Đã lập biên bản nhắc nhở.`,
    planted: [{ kind: 'phone', value: '0913456706' }],
  },
  {
    label: 'someone else’s number with dashes',
    contact: { name: 'Trịnh Văn Khoa', phone: '0913 456 707', address: 'Số 14, thôn Hạ, xã Bình Giang' },
    content: `Hộ kinh doanh karaoke gây ồn sau 23 giờ, chủ quán số 0987-654-707. ${FILLER}`,
    answer: `${DONE} Đã yêu cầu chủ quán chấm dứt.`,
    planted: [{ kind: 'phone', value: '0987654707' }],
  },
  {
    label: 'the sender’s number without its leading zero',
    contact: { name: 'Hà Văn Tùng', phone: '0913 456 708', address: 'Số 16, thôn Bắc, xã Bình Giang' },
    content: `Cầu tạm qua kênh thôn Bắc bị gãy ván. Tôi nghe máy ở số 913 456 708. ${FILLER}`,
    answer: `${DONE} Đã thay ván cầu.`,
    planted: [{ kind: 'phone', value: '913456708' }],
  },
  {
    label: 'the sender’s number in the answer',
    contact: { name: 'Kiều Thị Hạnh', phone: '0913 456 709', address: 'Số 18, thôn Nam, xã Bình Giang' },
    content: `Trạm bơm thôn Nam ngừng hoạt động, ruộng thiếu nước. ${FILLER}`,
    answer: `${DONE} Cán bộ đã gọi lại cho bà qua số 0913 456 709 để hẹn lịch.`,
    planted: [{ kind: 'phone', value: '0913456709' }],
  },
  {
    label: 'a citizen-ID number (CCCD) with spaces',
    contact: { name: 'Phan Văn Lâm', phone: '0913 456 710', address: 'Số 20, thôn Tây, xã Bình Giang' },
    content: `Hồ sơ cấp đổi giấy tờ của tôi bị trả lại không rõ lý do, CCCD 031 085 001 710. ${FILLER}`,
    answer: `${DONE} Hồ sơ đã được tiếp nhận lại.`,
    planted: [{ kind: 'id_number', value: '031085001710' }],
  },
  {
    label: 'a CCCD with dots, without a keyword',
    contact: { name: 'Quách Thị Dung', phone: '0913 456 711', address: 'Số 22, thôn Đông, xã Bình Giang' },
    content: `Xin xã xác nhận giúp hồ sơ mang số 031.085.001.711 đã nộp từ tháng trước. ${FILLER}`,
    answer: `${DONE} Hồ sơ đang được xử lý.`,
    planted: [{ kind: 'id_number', value: '031085001711' }],
  },
  {
    label: 'a CMND of 9 digits with spaces after its keyword',
    contact: { name: 'La Văn Thắng', phone: '0913 456 712', address: 'Số 24, xóm Mới, xã Bình Giang' },
    content: `Tôi mất giấy CMND số 142 345 712, xin hướng dẫn thủ tục làm lại. ${FILLER}`,
    answer: `${DONE} Ông vui lòng mang giấy tờ đến bộ phận một cửa.`,
    planted: [{ kind: 'id_number', value: '142345712' }],
  },
  {
    label: 'a CCCD written in one piece in the answer',
    contact: { name: 'Văn Thị Huệ', phone: '0913 456 713', address: 'Số 26, thôn Trung, xã Bình Giang' },
    content: `Tôi chưa nhận được kết quả chứng thực đã hẹn từ tuần trước. ${FILLER}`,
    answer: `${DONE} Kết quả chứng thực của CCCD 031085001713 đã sẵn sàng.`,
    planted: [{ kind: 'id_number', value: '031085001713' }],
  },
  {
    label: 'an e-mail address',
    contact: { name: 'Chu Văn An', phone: '0913 456 714', address: 'Số 28, thôn Thượng, xã Bình Giang' },
    content: `Đề nghị công khai kế hoạch làm đường thôn Thượng, gửi về chu.van.an@gmail.com. ${FILLER}`,
    answer: `${DONE} Kế hoạch đã niêm yết tại nhà văn hóa.`,
    planted: [{ kind: 'email', value: 'chu.van.an@gmail.com' }],
  },
  {
    label: 'an e-mail written “[at] … [dot]”',
    contact: { name: 'Lò Thị Xuân', phone: '0913 456 715', address: 'Số 30, thôn Hạ, xã Bình Giang' },
    content: `Xin gửi lịch tiêm phòng cho vật nuôi qua xuan.lo [at] gmail [dot] com giúp tôi. ${FILLER}`,
    answer: `${DONE} Lịch đã được thông báo trên loa.`,
    planted: [{ kind: 'email', value: 'xuan.lo@gmail.com' }],
  },
  {
    label: 'an e-mail written “(at)”',
    contact: { name: 'Nông Văn Dền', phone: '0913 456 716', address: 'Số 32, thôn Bắc, xã Bình Giang' },
    content: `Đề nghị trả lời qua thư điện tử nongvanden(at)yahoo.com.vn vì tôi đi làm xa. ${FILLER}`,
    answer: `${DONE} Đã gửi trả lời.`,
    planted: [{ kind: 'email', value: 'nongvanden@yahoo.com.vn' }],
  },
  {
    label: 'an e-mail in capitals in the answer',
    contact: { name: 'Ông Văn Lộc', phone: '0913 456 717', address: 'Số 34, thôn Nam, xã Bình Giang' },
    content: `Trường tiểu học thôn Nam thiếu bàn ghế cho học sinh lớp một. ${FILLER}`,
    answer: `${DONE} Thông tin chi tiết gửi đến VANLOC.ONG@GMAIL.COM.`,
    planted: [{ kind: 'email', value: 'vanloc.ong@gmail.com' }],
  },
  {
    label: 'an e-mail said in Vietnamese (“a còng … chấm”)',
    contact: { name: 'Hầu Văn Chiến', phone: '0913 456 726', address: 'Số 50, thôn Tây, xã Bình Giang' },
    content: `Xin gửi kết quả về hauvanchien a còng gmail chấm com vì tôi không ra xã được. ${FILLER}`,
    answer: `${DONE} Kết quả đã được gửi.`,
    planted: [{ kind: 'email', value: 'hauvanchien@gmail.com' }],
  },
  {
    label: 'a number with a +84 in brackets',
    contact: { name: 'Viên Thị Thảo', phone: '0913 456 727', address: 'Số 52, thôn Đông, xã Bình Giang' },
    content: `Hệ thống loa truyền thanh thôn Đông phát quá to vào buổi sáng sớm. Gọi (+84) 913 456 727. ${FILLER}`,
    answer: `${DONE} Đã điều chỉnh giờ phát.`,
    planted: [{ kind: 'phone', value: '913456727' }],
  },
  {
    label: 'the sender typed the name without diacritics, the answer has them',
    contact: { name: 'Nguyen Thi Loan', phone: '0913 456 728', address: 'So 54, thon Nam, xa Binh Giang' },
    content: `Đường vào khu nghĩa trang thôn Nam bị cỏ mọc che kín lối đi. ${FILLER}`,
    answer: `Kính gửi bà Nguyễn Thị Loan, ${DONE} Đã phát quang lối đi trước số 54 thôn Nam.`,
    planted: [
      { kind: 'name', value: 'Nguyễn Thị Loan' },
      { kind: 'address', value: 'số 54 thôn Nam' },
    ],
  },
  {
    label: 'the sender’s whole address in the content',
    contact: { name: 'Dương Thị Ngọc', phone: '0913 456 718', address: 'Số 36, thôn Tây, xã Bình Giang' },
    content: `Nhà tôi ở Số 36, thôn Tây, xã Bình Giang bị nước từ công trình bên cạnh tràn vào. ${FILLER}`,
    answer: `${DONE} Chủ công trình đã khắc phục.`,
    planted: [{ kind: 'address', value: 'Số 36, thôn Tây' }],
  },
  {
    label: 'the house number and street without diacritics',
    contact: { name: 'Tống Văn Hùng', phone: '0913 456 719', address: 'Số 38 đường Trần Phú, xã Bình Giang' },
    content: `Truoc nha so 38 duong Tran Phu co ho ga mat nap rat nguy hiem. ${FILLER}`,
    answer: `${DONE} Đã lắp nắp hố ga.`,
    planted: [{ kind: 'address', value: 'số 38 đường Trần Phú' }],
  },
  {
    label: 'the house number and street in the answer',
    contact: { name: 'Khúc Thị Vân', phone: '0913 456 720', address: 'Ngõ 5, phố Cầu Đất, xã Bình Giang' },
    content: `Ngõ nhà tôi không có đèn, buổi tối học sinh đi học về rất sợ. ${FILLER}`,
    answer: `Đoàn kiểm tra đã đến ngõ 5 phố Cầu Đất và lắp thêm hai bóng đèn. ${DONE}`,
    planted: [{ kind: 'address', value: 'Ngõ 5, phố Cầu Đất' }],
  },
  {
    label: 'the place is the sender’s own address (Open311 address)',
    contact: { name: 'Âu Văn Thành', phone: '0913 456 721', address: 'Số 40, thôn Đông, xã Bình Giang' },
    content: `Cây đổ chắn ngang lối vào nhà tôi sau cơn giông tối qua. ${FILLER}`,
    answer: `${DONE} Cây đã được dọn.`,
    location: { lat: 20.91, lng: 106.31, address: 'Số 40, thôn Đông, xã Bình Giang' },
    planted: [{ kind: 'address', value: 'Số 40, thôn Đông' }],
  },
  {
    label: 'the place names the sender’s house',
    contact: { name: 'Thân Thị Kim', phone: '0913 456 722', address: 'Số 42 ngõ 3 phố Lạch Tray, xã Bình Giang' },
    content: `Vỉa hè trước nhà bị đào lên rồi bỏ đó cả tháng nay. ${FILLER}`,
    answer: `${DONE} Vỉa hè đã được hoàn trả.`,
    location: { address: 'Trước nhà số 42 ngõ 3 phố Lạch Tray' },
    planted: [{ kind: 'address', value: 'số 42 ngõ 3 phố Lạch Tray' }],
  },
  {
    label: 'name, phone and e-mail together in the answer',
    contact: { name: 'Giáp Văn Phúc', phone: '0913 456 723', address: 'Số 44, thôn Trung, xã Bình Giang' },
    content: `Đề nghị xã hỗ trợ hộ nghèo sửa nhà trước mùa mưa bão. ${FILLER}`,
    answer: `Kính gửi ông Giáp Văn Phúc (0913 456 723, phuc.giap@gmail.com): ${DONE}`,
    planted: [
      { kind: 'name', value: 'Giáp Văn Phúc' },
      { kind: 'phone', value: '0913456723' },
      { kind: 'email', value: 'phuc.giap@gmail.com' },
    ],
  },
  {
    label: 'sent through Open311: its address_string is the contact address',
    contact: { name: 'Mạc Thị Oanh', phone: '0913 456 724', address: 'Số 46, thôn Thượng, xã Bình Giang' },
    content: `Đường bê tông thôn Thượng bị nứt và sụt một đoạn dài. ${FILLER}`,
    answer: `Gửi bà Mạc Thị Oanh, ${DONE}`,
    location: { lat: 20.92, lng: 106.32, address: 'Số 46, thôn Thượng, xã Bình Giang' },
    viaOpen311: true,
    planted: [
      { kind: 'name', value: 'Mạc Thị Oanh' },
      { kind: 'address', value: 'Số 46, thôn Thượng' },
    ],
  },
  {
    label: 'sent through Open311: the phone and name in the description',
    contact: { name: 'Lục Văn Bắc', phone: '0913 456 725', address: 'Số 48, thôn Hạ, xã Bình Giang' },
    content: `Tôi Lục Văn Bắc, số 0913.456.725, báo cống thoát nước thôn Hạ bị vỡ. ${FILLER}`,
    answer: `${DONE} Cống đã được sửa.`,
    location: { lat: 20.93, lng: 106.33, address: 'Số 48, thôn Hạ, xã Bình Giang' },
    viaOpen311: true,
    planted: [
      { kind: 'name', value: 'Lục Văn Bắc' },
      { kind: 'phone', value: '0913456725' },
    ],
  },
];

/**
 * The form an item is compared in: digits only for numbers, the lower-case local
 * part for e-mails (whatever was written for "@" and "."), folded words for the rest.
 */
export function normalizedNeedle(item: PlantedItem): string {
  if (item.kind === 'phone' || item.kind === 'id_number') return digitsOnly(item.value);
  if (item.kind === 'email') return item.value.toLowerCase().split('@')[0];
  return foldWords(item.value);
}

export function digitsOnly(text: string): string {
  return text.normalize('NFKC').replace(/\D/g, '');
}

/** Lower case, no diacritics, e-mail "@" and "." as spaces, one space between words. */
export function foldWords(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
