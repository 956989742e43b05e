import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVERYDAY_NAMES, readDeaths } from '../../../../shared/src/search/everyday-names.ts';
import { SearchIndex } from '../../../../shared/src/search/search-index.ts';
import { fromNationalRecord } from '../../../../server/src/features/catalog/national-record.ts';
import { SEED_DIR } from '../../../../server/src/seed/demo-seed.ts';

const records = JSON.parse(fs.readFileSync(path.join(SEED_DIR, 'procedures.json'), 'utf8')) as unknown[];
const procedures = records.map(fromNationalRecord).flatMap((r) => (r.ok ? [r.procedure] : []));
const index = new SearchIndex(procedures.map((p) => ({ key: p.code, name: p.name, field: p.field, summary: p.summary, extra: `${p.content.subjects} ${p.content.conditions}` })));
const nameOf = new Map(procedures.map((p) => [p.code, p.name]));
const top = (q: string) => nameOf.get(index.search(q)[0]?.key ?? '') ?? '(none)';

describe('"mất" after a person is a death', () => {
  const read = (s: string) => readDeaths(s.split(' ')).join(' ');
  it('a person then "mất" with nothing or a time after it is "qua doi", the person left out', () => {
    expect(read('bo toi vua mat hom qua')).toBe('qua doi hom qua');
    expect(read('ong noi minh mat roi')).toBe('qua doi roi');
    expect(read('nha co nguoi mat')).toBe('nha qua doi');
  });
  it('a thing lost stays lost', () => {
    expect(read('bo toi mat giay khai sinh')).toBe('bo toi mat giay khai sinh');
    expect(read('mat so ho khau')).toBe('mat so ho khau');
    expect(read('nguoi mat nang luc hanh vi')).toBe('nguoi mat nang luc hanh vi');
  });
});

describe('everyday names of procedures (the Mini App search reads them too)', () => {
  it.each([
    ['ông tôi mất rồi', 'Đăng ký khai tử'],
    ['dừng bán hàng một thời gian', 'Tạm ngừng kinh doanh'],
    ['nghỉ bán vài tháng', 'Tạm ngừng kinh doanh'],
    ['giải thể hộ kinh doanh', 'Chấm dứt hoạt động hộ kinh doanh'],
    ['thêm ngành nghề', 'Đăng ký thay đổi nội dung'],
    ['giấy khai sinh viết sai', 'Thay đổi, cải chính'],
    ['lấy dân tộc theo mẹ', 'xác định lại dân tộc'],
    ['chứng thực giấy ủy quyền', 'Chứng thực chữ ký trong'],
    ['sang tên xe máy', 'Chứng thực hợp đồng'],
    ['thanh lý hợp đồng thuê nhà', 'Chứng thực việc sửa đổi, bổ sung, hủy bỏ'],
    ['hợp đồng ghi nhầm', 'Sửa lỗi sai sót'],
    ['viết chúc thư', 'Chứng thực di chúc'],
    ['chia tài sản bố mẹ để lại', 'phân chia di sản'],
    ['nhường phần thừa kế', 'từ chối nhận di sản'],
    ['nhận làm con', 'nuôi con nuôi'],
    ['con ngoài giá thú', 'Đăng ký nhận cha, mẹ, con'],
    ['thôi giám hộ', 'Đăng ký chấm dứt giám hộ'],
    ['chưa lập gia đình', 'tình trạng hôn nhân'],
    ['ghi chú kết hôn', 'Ghi vào Sổ hộ tịch việc kết hôn'],
    ['cãi nhau về đất', 'Hòa giải tranh chấp đất đai'],
    ['lấn đất', 'Hòa giải tranh chấp đất đai'],
    ['cơi nới', 'giấy phép xây dựng nhà ở riêng lẻ'],
    ['không có lương', 'trợ cấp hưu trí xã hội'],
    ['con bị tự kỷ', 'khuyết tật'],
    ['con liệt sĩ', 'thân nhân của người có công'],
    ['đi viếng mộ', 'Thăm viếng mộ liệt sĩ'],
    ['lớp 7 chuyển học', 'Chuyển trường đối với học sinh trung học cơ sở'],
    ['đào giếng', 'khai thác nước dưới đất'],
    ['đào ao thả cá', 'đất trồng lúa'],
    ['cắt khẩu cho người mất', 'xóa đăng ký thường trú'],
    ['lo hậu sự', 'mai táng'],
    ['ngày sinh trong giấy khai sinh bị sai', 'Thay đổi, cải chính'],
    ['hợp đồng bị sai', 'Sửa lỗi sai sót'],
    ['làng mở hội đầu xuân', 'lễ hội'],
  ])('"%s" → %s', (q, expected) => {
    expect(top(q).toLowerCase()).toContain(expected.toLowerCase());
  });

  it('every row stands for the words of a procedure of the demo catalog', () => {
    for (const row of EVERYDAY_NAMES) {
      if (['', 'con', 'cho'].includes(row.to)) continue; // who it is for, not what
      expect(index.search(row.to).length, `${row.from} → ${row.to}`).toBeGreaterThan(0);
    }
  });
});
