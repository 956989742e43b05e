import type { Period } from '@cchc/shared/plan/periods';

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'));

/** "Báo cáo CCHC Phường Kinh Môn năm 2025.docx" and an ASCII fallback "bao-cao-cchc-kinh-mon-2025.docx". */
export function reportFileName(unit: { slug: string; name: string }, period: Period, ext: 'docx' | 'xlsx'): { utf8: string; ascii: string } {
  const utf8 = `Báo cáo CCHC ${unit.name} ${period.label}.${ext}`.replace(/[\\/:*?"<>|]/g, '-');
  const ascii = `bao-cao-cchc-${unit.slug}-${period.key.toLowerCase()}.${ext}`.replace(/[^A-Za-z0-9._-]/g, '-');
  return { utf8, ascii: fold(ascii) };
}

/** Content-Disposition with both names (RFC 6266 / RFC 5987 filename*). */
export function contentDisposition(name: { utf8: string; ascii: string }): string {
  const encoded = encodeURIComponent(name.utf8).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${name.ascii}"; filename*=UTF-8''${encoded}`;
}
