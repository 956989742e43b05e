import { describe, expect, it } from 'vitest';
import { adviseChannel } from '../../../../../server/src/features/feedback/channel-advice.ts';

describe('khiếu nại and tố cáo are told apart from PAKN', () => {
  it.each([
    'Tôi làm đơn khiếu nại quyết định thu hồi đất của UBND xã',
    'toi muon khieu nai ve quyet dinh xu phat',
    'Quyết định xử phạt số 12/QĐ-XPHC ngày 3/5 là trái pháp luật, đề nghị xem xét lại',
    'Việc cưỡng chế đã xâm phạm quyền lợi của tôi',
    'Tôi đòi hủy quyết định cấp giấy chứng nhận cho nhà hàng xóm',
    'toi de nghi huy bo quyet dinh nay vi quyet dinh do sai phap luat',
    'Cán bộ địa chính ra QĐ, quyết định này không đúng pháp luật',
  ])('khiếu nại: %s', (content) => {
    const advice = adviseChannel(content);
    expect(advice.kind).toBe('khieu_nai');
    expect(advice.explanation).toMatch(/Luật Khiếu nại năm 2011/);
    expect(advice.explanation).toMatch(/30 ngày/);
    expect(advice.explanation).toMatch(/vẫn có thể gửi phản ánh, kiến nghị/);
  });

  it.each([
    'Tôi tố cáo cán bộ tư pháp nhận hối lộ khi làm giấy khai sinh',
    'to cao can bo dia chinh an hoi lo',
    'Có dấu hiệu tham nhũng trong dự án đường liên thôn',
    'Cán bộ một cửa đòi tiền mới giải quyết hồ sơ',
    'can bo doi tien moi ky giay',
    'Cán bộ xã vi phạm pháp luật khi cấp phép xây dựng',
    'Ông phó chủ tịch lợi dụng chức vụ để chiếm đất',
  ])('tố cáo: %s', (content) => {
    const advice = adviseChannel(content);
    expect(advice.kind).toBe('to_cao');
    expect(advice.explanation).toMatch(/Luật Tố cáo năm 2018/);
    expect(advice.explanation).toMatch(/giữ bí mật/);
  });

  it.each([
    'Đường liên thôn xóm 3 có ổ gà lớn, trời mưa rất nguy hiểm',
    'Đề nghị xã bố trí thêm giờ tiếp dân vào sáng thứ Bảy',
    'Nhà bên cạnh xây bức tường to cao che hết ánh sáng',
    'Tôi cần đổi tiền lẻ để nộp lệ phí mà không có chỗ đổi',
    'Thủ tục đăng ký khai sinh phải nộp quá nhiều giấy tờ',
    'den duong xom 5 bi hong da mot thang',
  ])('phản ánh: %s', (content) => {
    expect(adviseChannel(content).kind).toBeNull();
  });
});
