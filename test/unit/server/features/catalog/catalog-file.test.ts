import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { readCatalogFile, CatalogFileError } from '../../../../../server/src/features/catalog/catalog-file.ts';
import { fromNationalRecord } from '../../../../../server/src/features/catalog/national-record.ts';
import { parseCsv } from '../../../../../server/src/features/catalog/table-file.ts';

const KHAI_SINH = {
  MATTHC: '1.001193',
  TENTTHC: 'Đăng ký khai sinh',
  LINHVUCTHUCHIEN: [{ MALINHVUC: 'G09-TP03', TENLINHVUC: 'Hộ tịch' }],
  CAPTHUCHIEN: [{ CAPTHUCHIEN: 'Cấp xã' }],
  COQUANTHUCHIEN: [{ TENDONVI: 'Ủy ban nhân dân cấp xã' }],
  MUCDO: 'Toàn trình',
  TRINHTUTHUCHIEN: [{ TRUONGHOP: '', TRINHTU: [{ TENTRINHTU: 'Bước 1: Nộp hồ sơ' }, { TENTRINHTU: 'Bước 2: Nhận kết quả' }] }],
  CACHTHUCTHUCHIEN: [
    {
      KENH: 'Trực tiếp',
      THOIGIAN: [{ THOIGIANGIAIQUYET: 'Ngay trong ngày', DONVITINH: '', MOTA: 'Sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.' }],
      PHILEPHI: [{ MOTA: 'Miễn lệ phí đối với trường hợp đăng ký khai sinh đúng hạn.' }],
    },
    { KENH: 2, THOIGIAN: [{ THOIGIANGIAIQUYET: '1', DONVITINH: 'Ngày làm việc' }], PHILEPHI: [] },
  ],
  THANHPHANHOSO: [{ TRUONGHOP: '', GIAYTO: [{ TENGIAYTO: 'Tờ khai đăng ký khai sinh', SOBANCHINH: '1', SOBANSAO: 0 }] }],
  KETQUATHUCHIEN: [{ TENKETQUA: 'Giấy khai sinh' }],
  CANCUPHAPLY: [{ SOVANBAN: '60/2014/QH13', TENVANBAN: 'Luật Hộ tịch', NGAYBANHANH: '20/11/2014' }],
};

describe('national record → procedure', () => {
  it('maps the national shape, in its string and list forms', () => {
    const result = fromNationalRecord(KHAI_SINH);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const p = result.procedure;
    expect(p).toMatchObject({ code: '1.001193', name: 'Đăng ký khai sinh', field: 'Hộ tịch', onlineLevel: 'toan_trinh' });
    expect(p.content.agency).toBe('Ủy ban nhân dân cấp xã');
    expect(p.content.steps).toEqual(['Bước 1: Nộp hồ sơ', 'Bước 2: Nhận kết quả']);
    expect(p.content.channels).toEqual([
      { kind: 'truc_tiep', timeLimit: 'Ngay trong ngày', fee: 'Miễn lệ phí đối với trường hợp đăng ký khai sinh đúng hạn.', note: 'Sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.' },
      { kind: 'truc_tuyen', timeLimit: '1 Ngày làm việc', fee: 'Không có thông tin phí, lệ phí' },
    ]);
    expect(p.content.documentCases[0].documents[0]).toEqual({ name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0 });
    expect(p.content.legalBasis[0]).toEqual({ number: '60/2014/QH13', title: 'Luật Hộ tịch', issuedOn: '20/11/2014' });
  });

  it('keeps a form template\'s name and, when the record links it, where to download it', () => {
    const withForm = (d: Record<string, unknown>) => ({ ...KHAI_SINH, THANHPHANHOSO: [{ TRUONGHOP: '', GIAYTO: [{ TENGIAYTO: 'Tờ khai', SOBANCHINH: 1, SOBANSAO: 0, ...d }] }] });
    const docOf = (d: Record<string, unknown>) => {
      const result = fromNationalRecord(withForm(d));
      return result.ok ? result.procedure.content.documentCases[0].documents[0] : null;
    };
    expect(docOf({ TENMAUDON: 'Mẫu Tờ khai đăng ký khai sinh', URLMAUDON: 'https://dichvucong.gov.vn/mau/tk.docx' })).toEqual({
      name: 'Tờ khai', originals: 1, copies: 0, template: 'Mẫu Tờ khai đăng ký khai sinh', templateUrl: 'https://dichvucong.gov.vn/mau/tk.docx',
    });
    expect(docOf({ TENMAUDON: 'Mẫu', URLMAUDON: 'javascript:alert(1)' })).toEqual({ name: 'Tờ khai', originals: 1, copies: 0, template: 'Mẫu' });
  });

  it('says in Vietnamese what a record lacks', () => {
    const result = fromNationalRecord({ MATTHC: 'abc', CACHTHUCTHUCHIEN: [{ KENH: 'Fax' }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = result.problems.join(' | ');
    expect(text).toContain('tên thủ tục');
    expect(text).toContain('lĩnh vực');
    expect(text).toContain('"Fax"');
    expect(text).toContain('mã thủ tục');
  });
});

describe('procedure files', () => {
  it('numbers JSON records and rejects duplicates of a code', async () => {
    const bytes = Buffer.from(JSON.stringify([KHAI_SINH, { TENTTHC: 'x' }]));
    const rows = await readCatalogFile(bytes, 'list.json');
    expect(rows.map((r) => [r.row, r.result.ok])).toEqual([[1, true], [2, false]]);
  });

  it('refuses a broken JSON file or an unknown format with a clear message', async () => {
    await expect(readCatalogFile(Buffer.from('[{"MATTHC":'), 'a.json')).rejects.toThrow(/JSON không hợp lệ/);
    await expect(readCatalogFile(Buffer.from('{"x":1}'), 'a.json')).rejects.toThrow(/danh sách thủ tục/);
    await expect(readCatalogFile(Buffer.from('x'), 'a.pdf')).rejects.toBeInstanceOf(CatalogFileError);
  });

  it('reads a CSV list with Vietnamese headers, quotes and line breaks in cells', async () => {
    const csv = [
      'Mã thủ tục;Tên thủ tục;Lĩnh vực;Cơ quan thực hiện;Cách thức thực hiện;Thời hạn giải quyết;Phí, lệ phí;Thành phần hồ sơ',
      '2.000815;Chứng thực bản sao từ bản chính;Chứng thực;UBND cấp xã;"Trực tiếp\nBưu chính";Trong ngày;"2.000 đồng/trang; từ trang thứ ba trở lên thu 1.000 đồng/trang";"Bản chính\nBản sao"',
      ';Thiếu mã;Chứng thực;UBND cấp xã;Trực tiếp;;;',
    ].join('\r\n');
    const rows = await readCatalogFile(Buffer.from(`\uFEFF${csv}`), 'ds.csv');
    expect(rows).toHaveLength(2);
    expect(rows[0].row).toBe(2);
    expect(rows[0].result.ok).toBe(true);
    if (rows[0].result.ok) {
      expect(rows[0].result.procedure.content.channels.map((c) => c.kind)).toEqual(['truc_tiep', 'buu_chinh']);
      expect(rows[0].result.procedure.content.documentCases[0].documents).toHaveLength(2);
    }
    expect(rows[1]).toMatchObject({ row: 3, result: { ok: false } });
  });

  it('reads an XLSX list the same way, numbering rows as the spreadsheet does', async () => {
    const cells = (values: string[]) => values.map((value) => ({ value }));
    const bytes = await writeXlsxFile(
      [
        cells(['Mã thủ tục', 'Tên thủ tục', 'Lĩnh vực', 'Cơ quan thực hiện', 'Mức độ', 'Căn cứ pháp lý']),
        cells(['2.000884', 'Chứng thực chữ ký', 'Chứng thực', 'UBND cấp xã', 'Một phần', 'Nghị định 23/2015/NĐ-CP về cấp bản sao, chứng thực']),
        cells(['2.000884', 'Trùng mã', 'Chứng thực', 'UBND cấp xã', '', '']),
      ],
      { buffer: true },
    );
    const rows = await readCatalogFile(bytes as Buffer, 'danh-sach.xlsx');
    expect(rows.map((r) => r.row)).toEqual([2, 3]);
    expect(rows[0].result.ok && rows[0].result.procedure).toMatchObject({
      code: '2.000884',
      onlineLevel: 'mot_phan',
      content: { legalBasis: [{ number: '23/2015/NĐ-CP' }] },
    });
    await expect(readCatalogFile(Buffer.from('not a zip'), 'hong.xlsx')).rejects.toThrow(/Không đọc được bảng tính/);
  });

  it('names the missing header columns', async () => {
    await expect(readCatalogFile(Buffer.from('Tên thủ tục,Lĩnh vực\nA,B'), 'x.csv')).rejects.toThrow(/Mã thủ tục, Cơ quan thực hiện/);
  });

  it('parses RFC 4180 quoting', () => {
    expect(parseCsv('a,"b ""c""",d\n1,2,3')).toEqual([['a', 'b "c"', 'd'], ['1', '2', '3']]);
    expect(() => parseCsv('a,"b\n')).toThrow(/ngoặc kép/);
  });
});
