import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SearchIndex, rewriteQuery } from '../../../../shared/src/search/search-index.ts';
import { fromNationalRecord } from '../../../../server/src/features/catalog/national-record.ts';
import { SEED_DIR } from '../../../../server/src/seed/demo-seed.ts';

const records = JSON.parse(fs.readFileSync(path.join(SEED_DIR, 'procedures.json'), 'utf8')) as unknown[];
const procedures = records.map(fromNationalRecord).flatMap((r) => (r.ok ? [r.procedure] : []));
const index = new SearchIndex(procedures.map((p) => ({ key: p.code, name: p.name, field: p.field, summary: p.summary })));
const nameOf = new Map(procedures.map((p) => [p.code, p.name]));
const top = (q: string, n = 1) => index.search(q).slice(0, n).map((h) => nameOf.get(h.key));

describe('search over the demo catalog, as citizens write', () => {
  it('has the whole demo catalog to search', () => {
    expect(procedures.length).toBe(records.length);
    expect(procedures.length).toBeGreaterThanOrEqual(40);
  });

  it.each([
    ['Đăng ký khai sinh', 'Đăng ký khai sinh'],
    ['dang ky khai sinh', 'Đăng ký khai sinh'],
    ['lam giay khai sinh', 'Đăng ký khai sinh'],
    ['thủ tục khai sinh cho con', 'Đăng ký khai sinh'],
    ['đk khai sinh', 'Đăng ký khai sinh'],
    ['thu tuc ket hon', 'Đăng ký kết hôn'],
    ['kết hôn cần giấy tờ gì', 'Đăng ký kết hôn'],
    ['lấy vợ', 'Đăng ký kết hôn'],
    ['xin giấy độc thân', 'Cấp Giấy xác nhận tình trạng hôn nhân'],
    ['giay doc than', 'Cấp Giấy xác nhận tình trạng hôn nhân'],
    ['xác nhận tình trạng hôn nhân', 'Cấp Giấy xác nhận tình trạng hôn nhân'],
    ['báo tử', 'Đăng ký khai tử'],
    ['bao tu cho bo', 'Đăng ký khai tử'],
    ['khia sinh', 'Đăng ký khai sinh'],
    ['dang ki ket hon', 'Đăng ký kết hôn'],
    ['gks', 'Đăng ký khai sinh'],
    ['1.001193', 'Đăng ký khai sinh'],
  ])('"%s" → %s first', (q, expected) => {
    expect(top(q)[0]).toBe(expected);
  });

  it.each([
    ['làm sổ đỏ', /Giấy chứng nhận quyền sử dụng đất/],
    ['so do', /Giấy chứng nhận quyền sử dụng đất/],
    ['mở quán', /hộ kinh doanh/],
    ['mo quan an', /hộ kinh doanh/],
    ['xin giấy phép xây nhà', /giấy phép xây dựng/i],
    ['tt xây dựng nhà ở', /giấy phép xây dựng/i],
    ['di chúc', /di chúc/],
    ['nhận con nuôi', /nuôi con nuôi/],
    ['trợ cấp xã hội', /trợ cấp xã hội/i],
    ['tiền mai táng', /mai táng/],
    ['sửa tên trong giấy khai sinh', /Thay đổi, cải chính/],
    ['giám hộ', /giám hộ/],
    ['sao y', /^Chứng thực bản sao từ bản chính/],
    ['công chứng giấy tờ', /^Chứng thực bản sao từ bản chính/],
    ['cong chung', /^Chứng thực bản sao từ bản chính/],
    ['photo công chứng', /^Chứng thực bản sao từ bản chính/],
    ['chứng thực chữ ký', /^Chứng thực chữ ký/],
    ['chữ ký người dịch', /^Chứng thực chữ ký người dịch/],
    ['công chứng hợp đồng mua bán nhà', /^Chứng thực hợp đồng, giao dịch/],
  ])('"%s" finds %s first', (q, pattern) => {
    expect(top(q)[0]).toMatch(pattern);
  });

  it('ranks the plain procedure above its variants', () => {
    const results = top('khai sinh', 5);
    expect(results[0]).toBe('Đăng ký khai sinh');
    expect(results).toContain('Đăng ký lại khai sinh');
  });

  it('finds nothing for words no procedure has, and for noise', () => {
    expect(index.search('xyzzy quux')).toEqual([]);
    expect(index.search('')).toEqual([]);
    expect(index.search('👶🏻💍')).toEqual([]);
    expect(index.search("'; DROP TABLE procedures; --")).toEqual([]);
  });

  it('completes the last word as it is typed', () => {
    expect(top('chứng thực bản sa')[0]).toMatch(/^Chứng thực bản sao từ bản chính/);
    expect(top('dang ky ket ho')[0]).toBe('Đăng ký kết hôn');
  });

  it('expands abbreviations and everyday words before ranking', () => {
    const tokens = (q: string) => rewriteQuery(q).map((t) => t.token);
    expect(tokens('đk kết hôn')).toEqual(['dang', 'ky', 'ket', 'hon']);
    expect(tokens('sđt ubnd')).toEqual(['so', 'dien', 'thoai', 'uy', 'ban', 'nhan', 'dan']);
    expect(tokens('giấy độc thân')).toEqual(['xac', 'nhan', 'tinh', 'trang', 'hon', 'nhan'].filter((t, i, a) => a.indexOf(t) === i));
  });

});
