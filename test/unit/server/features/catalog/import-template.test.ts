import { describe, expect, it } from 'vitest';
import { importTemplate } from '../../../../../server/src/features/catalog/import-template.ts';
import { readTableFile } from '../../../../../server/src/features/catalog/table-file.ts';
import { readHeader, TEMPLATE_HEADERS } from '../../../../../server/src/features/catalog/table-record.ts';

describe('the import template', () => {
  it.each(['csv', 'xlsx'] as const)('as %s: exactly the Vietnamese headers, every one read back to its column', async (format) => {
    const file = await importTemplate(format);
    expect(file.fileName).toBe(`mau-nhap-thu-tuc.${format}`);
    const rows = await readTableFile(file.bytes, file.fileName);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toEqual(TEMPLATE_HEADERS.map(([, label]) => label));
    const layout = readHeader(rows[0]!);
    expect(layout.missing).toEqual([]);
    // Each header lands in its own column, in the template's order.
    expect(TEMPLATE_HEADERS.map(([column]) => layout.columns[column])).toEqual(TEMPLATE_HEADERS.map((_, i) => i));
  });

  it('starts the CSV with a BOM so Excel shows the diacritics', async () => {
    const file = await importTemplate('csv');
    expect(file.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(file.bytes.toString('utf8')).toContain('"Phí, lệ phí"');
  });
});
