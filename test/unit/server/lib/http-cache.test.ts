import { describe, expect, it } from 'vitest';
import { pageJson } from '../../../../server/src/lib/http-cache.ts';

describe('a page of kept objects as JSON', () => {
  it('is exactly what JSON.stringify gives', () => {
    const kept = [
      { code: '1.004873', name: 'Đăng ký khai sinh "có yếu tố" \\ nước ngoài', summary: 'dòng 1\ndòng 2', onlineLevel: 'toan_trinh' },
      { code: '2.000001', name: 'Chứng thực bản sao', field: null, extra: undefined, tags: ['a', 'b'] },
    ];
    const pages = [
      { items: kept, total: 2, referrals: [] },
      { items: [kept[1]], total: 120, referrals: [{ agency: 'Công an xã', phone: '0220 3 123 456', url: undefined }] },
      { items: [], total: 0, referrals: [], note: undefined, flags: [1, 'x', null, true] },
      { note: undefined },
      {},
    ];
    for (const page of pages) expect(pageJson(page).toString('utf8')).toBe(JSON.stringify(page));
  });

  it('serialises a kept object once and reuses its JSON', () => {
    const item = { code: 'A', name: 'một' };
    expect(pageJson({ items: [item] }).toString('utf8')).toBe('{"items":[{"code":"A","name":"một"}]}');
    item.name = 'đã đổi'; // kept objects never change; if one did, the kept JSON would show it is cached
    expect(pageJson({ items: [item] }).toString('utf8')).toBe('{"items":[{"code":"A","name":"một"}]}');
  });
});
