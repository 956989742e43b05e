import { describe, expect, it } from 'vitest';
import { maskedText, maskPersonalData } from '../../../../shared/src/privacy/mask-personal-data.ts';

const contact = { name: 'Nguyễn Văn Bảy', phone: '0913 456 789', address: 'Số 12, thôn Đông, xã Bình Giang' };
const mask = (text: string) => maskedText(text, contact);

describe('masking the sender’s own contact', () => {
  it('masks the full name in any case, with or without diacritics, across spaces and lines', () => {
    expect(mask('Kính gửi ông Nguyễn Văn Bảy.')).toBe('Kính gửi ông [đã ẩn].');
    expect(mask('Kinh gui ong NGUYEN VAN BAY,')).toBe('Kinh gui ong [đã ẩn],');
    expect(mask('Người gửi: Nguyễn\u00a0Văn  Bảy')).toBe('Người gửi: [đã ẩn]');
    expect(mask('Người gửi: Nguyễn Văn\nBảy')).toBe('Người gửi: [đã ẩn]');
  });

  it('masks “ông/bà/anh/chị” with the last words or the given name, and the last two words alone', () => {
    expect(mask('Gửi ông Văn Bảy, xã đã trả lời.')).toBe('Gửi ông [đã ẩn], xã đã trả lời.');
    expect(mask('Cảm ơn anh Bảy đã phản ánh.')).toBe('Cảm ơn anh [đã ẩn] đã phản ánh.');
    expect(mask('Văn Bảy đã gọi lên xã.')).toBe('[đã ẩn] đã gọi lên xã.');
    // The given name alone, without a form of address, is an ordinary word.
    expect(mask('Ngày bảy tháng năm.')).toBe('Ngày bảy tháng năm.');
  });

  it('tolerates missing diacritics, not different ones', () => {
    const nam = { name: 'Nguyễn Văn Nam', phone: '0913 456 789', address: 'Số 12, thôn Đông, xã Bình Giang' };
    expect(maskedText('Cảm ơn anh Nam. Cách đây ba năm đã sửa.', nam)).toBe('Cảm ơn anh [đã ẩn]. Cách đây ba năm đã sửa.');
    expect(maskedText('Cam on anh Nam, nha so 12 thon Dong.', nam)).toBe('Cam on anh [đã ẩn], nha [đã ẩn].');
    expect(maskedText('Nhà số 12 thôn Đồng khác địa chỉ.', nam)).toBe('Nhà số 12 thôn Đồng khác địa chỉ.');
    // The sender typed their name without diacritics; the answer has them.
    expect(maskedText('Kính gửi ông Nguyễn Văn Nam.', { ...nam, name: 'nguyen van nam' })).toBe('Kính gửi ông [đã ẩn].');
  });

  it('masks the address and its house-number part, also without “số” or diacritics', () => {
    expect(mask('Nhà tôi ở Số 12, thôn Đông, xã Bình Giang.')).toBe('Nhà tôi ở [đã ẩn].');
    expect(mask('Trước nhà so 12 thon Dong có ổ gà.')).toBe('Trước nhà [đã ẩn] có ổ gà.');
    expect(mask('Trước nhà 12 thôn Đông có ổ gà.')).toBe('Trước nhà [đã ẩn] có ổ gà.');
    // The area alone is where the problem is, not who sent it.
    expect(mask('Đèn đường ở thôn Đông bị hỏng.')).toBe('Đèn đường ở thôn Đông bị hỏng.');
  });

  it('masks the sender’s phone however it is written, even without its 0', () => {
    expect(mask('Gọi 913 456 789.')).toBe('Gọi 91x xxx xxx.');
    expect(mask('Gọi 0913-456-789.')).toBe('Gọi 09xx-xxx-xxx.');
  });
});

describe('masking numbers and e-mails written into any text', () => {
  const plain = (text: string) => maskedText(text);
  it.each([
    ['(0225) 3999 001', '(02xx) xxxx xxx'],
    ['0913,456,789', '09xx,xxx,xxx'],
    ['0913.456.789', '09xx.xxx.xxx'],
    ['+84 913 456 789', '+84 xxx xxx xxx'],
    ['84913456789', '84xxxxxxxxx'],
    ['０９１３４５６７８９', '09xxxxxxxx'],
    ['0913\u00a0456\u00a0789', '09xx\u00a0xxx\u00a0xxx'],
    ['031 085 001 234', '03x xxx xxx xxx'],
    ['031.085.001.234', '03x.xxx.xxx.xxx'],
    ['031085001234', '03xxxxxxxxxx'],
  ])('masks %s', (number, masked) => {
    expect(plain(`Liên hệ ${number} nhé.`)).toBe(`Liên hệ ${masked} nhé.`);
  });

  it('masks a number glued to its label', () => {
    expect(plain('ĐT:0913456789, sđt0987654321.')).toBe('ĐT:09xxxxxxxx, sđt09xxxxxxxx.');
  });

  it('does not swallow the next sentence into an e-mail', () => {
    expect(plain('Gửi về a@gmail.com. Tôi chờ.')).toBe('Gửi về [email đã ẩn]. Tôi chờ.');
    expect(plain('Gửi về a@gmail.com chấm điểm sau.')).toBe('Gửi về [email đã ẩn] chấm điểm sau.');
    expect(plain('Giá 5 @ 10.000 đồng, hẹn gặp @ nhà văn hóa.')).toBe('Giá 5 @ 10.000 đồng, hẹn gặp @ nhà văn hóa.');
    expect(plain('Cô giáo a còng lưng chấm bài cho học sinh.')).toBe('Cô giáo a còng lưng chấm bài cho học sinh.');
    expect(plain('Gửi x a còng gmail chấm com chấm điểm giúp.')).toBe('Gửi [email đã ẩn] chấm điểm giúp.');
  });

  it('masks a CMND after its keyword, and leaves amounts, dates and short numbers alone', () => {
    expect(plain('CMND số 142 345 678 của tôi')).toBe('CMND số 14x xxx xxx của tôi');
    expect(plain('Kinh phí 150.000.000 đồng, hạn 12/5/2026, ngõ 5, 20 hộ.')).toBe('Kinh phí 150.000.000 đồng, hạn 12/5/2026, ngõ 5, 20 hộ.');
  });

  it('masks two numbers in a list one by one', () => {
    expect(plain('0913 456 789, 0987 654 321')).toBe('09xx xxx xxx, 09xx xxx xxx');
  });

  it.each([
    'hoa.nguyen@gmail.com',
    'HOA.NGUYEN@GMAIL.COM',
    'hoa.nguyen [at] gmail [dot] com',
    'hoa.nguyen(at)gmail.com',
    'hoa.nguyen (at) gmail (dot) com',
    'hoa.nguyen@yahoo.com.vn',
    'hoa.nguyen @ gmail.com',
    'hòa.nguyễn@gmail.com',
    'hoa.nguyen a còng gmail chấm com',
    'hoanguyen acong yahoo chấm com chấm vn',
  ])('masks the e-mail %s', (email) => {
    expect(plain(`Gửi về ${email}, cảm ơn.`)).toBe('Gửi về [email đã ẩn], cảm ơn.');
  });

  it('reports each masked span of the masked text, for highlighting', () => {
    const result = maskPersonalData('Kính gửi ông Nguyễn Văn Bảy (0913 456 789, bay@gmail.com).', contact);
    expect(result.text).toBe('Kính gửi ông [đã ẩn] (09xx xxx xxx, [email đã ẩn]).');
    expect(result.spans.map((s) => [result.text.slice(s.start, s.end), s.kind])).toEqual([
      ['[đã ẩn]', 'name'],
      ['09xx xxx xxx', 'phone'],
      ['[email đã ẩn]', 'email'],
    ]);
  });

  it('is stable: masking a masked text changes nothing', () => {
    const once = mask('Kính gửi ông Nguyễn Văn Bảy, 0913 456 789, bay@gmail.com, Số 12, thôn Đông.');
    expect(mask(once)).toBe(once);
  });

  it('masks a long page of answers quickly', () => {
    const answer = 'Kính gửi ông Nguyễn Văn Bảy, UBND xã Bình Giang đã kiểm tra, xử lý và trả lời như sau: đèn đường đã được thay. ';
    const page = answer.repeat(10_000);
    const started = performance.now();
    const result = maskPersonalData(page, contact);
    expect(result.spans).toHaveLength(10_000);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('never throws and reports well-formed spans on random text', () => {
    const pieces = ['0', '9', '1', '84', '+', '(', ')', ' ', '\u00a0', '.', ',', '-', '@', '[at]', '(dot)', 'gmail', 'com', 'ông', 'Bảy', 'Văn', 'Nguyễn', 'số', '12', 'thôn', 'Đông', '\n', '０', '９', '😀', 'x'];
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 2000; round++) {
      let text = '';
      const length = Math.floor(random() * 40);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      const result = maskPersonalData(text, contact);
      let last = 0;
      for (const span of result.spans) {
        expect(span.start).toBeGreaterThanOrEqual(last);
        expect(span.end).toBeGreaterThan(span.start);
        expect(span.end).toBeLessThanOrEqual(result.text.length);
        last = span.end;
      }
      expect(maskedText(result.text, contact)).toBe(result.text);
    }
  });

  it('stays linear on long hostile input', () => {
    const hostile = `${'0 '.repeat(20_000)}${'a@'.repeat(20_000)}${'[at]'.repeat(10_000)}${'ông '.repeat(10_000)}`;
    const started = performance.now();
    maskPersonalData(hostile, contact);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
