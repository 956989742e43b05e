import { cleanText, foldForSearch } from '@cchc/shared/text/normalize';
import type { ChannelKindT, OnlineLevelT } from '@cchc/shared/api/catalog';
import type { ProcedureInput } from '@cchc/shared/api/procedure-content';
import { validateProcedure, type RowResult } from './import-validation.ts';

/**
 * Maps one record of the national procedure database (Cổng Dịch vụ công quốc gia's
 * connection API: MATTHC, TENTTHC, LINHVUCTHUCHIEN, CACHTHUCTHUCHIEN, THANHPHANHOSO, ...)
 * to our procedure. Accepts both the string and the list forms the API uses.
 */
export function fromNationalRecord(record: unknown): RowResult {
  if (!isObject(record)) return { ok: false, problems: ['bản ghi phải là một đối tượng JSON'] };
  const problems: string[] = [];
  const channels = list(record.CACHTHUCTHUCHIEN).flatMap((raw) => {
    if (!isObject(raw)) return [];
    const kind = channelKind(raw.KENH);
    if (!kind) {
      problems.push(`cách thức thực hiện: kênh "${text(raw.KENH)}" không rõ (Trực tiếp, Trực tuyến hoặc Bưu chính)`);
      return [];
    }
    const times = list(raw.THOIGIAN).filter(isObject);
    const timeLimit = joinTexts(times.map((t) => `${text(t.THOIGIANGIAIQUYET)} ${text(t.DONVITINH)}`));
    const note = joinTexts(times.map((t) => text(t.MOTA)));
    const fee = joinTexts(list(raw.PHILEPHI).map(feeText)) || 'Không có thông tin phí, lệ phí';
    return [{ kind, timeLimit: timeLimit || 'Theo quy định', fee, ...(note ? { note } : {}) }];
  });

  const candidate: ProcedureInput = {
    code: text(record.MATTHC),
    name: text(record.TENTTHC),
    field: names(record.LINHVUCTHUCHIEN, ['TENLINHVUC'])[0] ?? '',
    onlineLevel: onlineLevel(record.MUCDO),
    summary: text(record.MOTA),
    content: {
      level: names(record.CAPTHUCHIEN, ['CAPTHUCHIEN', 'TENCAP'])[0] ?? 'Cấp xã',
      steps: steps(record.TRINHTUTHUCHIEN),
      channels,
      documentCases: list(record.THANHPHANHOSO)
        .filter(isObject)
        .map((c) => ({
          case: text(c.TRUONGHOP),
          documents: list(c.GIAYTO)
            .filter(isObject)
            .map((d) => ({
              name: text(d.TENGIAYTO),
              originals: count(d.SOBANCHINH),
              copies: count(d.SOBANSAO),
              ...(text(d.TENMAUDON) ? { template: text(d.TENMAUDON) } : {}),
              ...(/^https?:\/\/\S+$/.test(text(d.URLMAUDON)) ? { templateUrl: text(d.URLMAUDON) } : {}),
            }))
            .filter((d) => d.name !== ''),
        })),
      subjects: names(record.DOITUONGTHUCHIEN, ['TENDOITUONG']).join('; '),
      agency: names(record.COQUANTHUCHIEN, ['TENDONVI', 'TENCOQUAN']).join('; '),
      result: names(record.KETQUATHUCHIEN, ['TENKETQUA']).join('; '),
      conditions: text(record.YEUCAU),
      legalBasis: list(record.CANCUPHAPLY)
        .filter(isObject)
        .map((l) => ({
          number: text(l.SOVANBAN),
          title: text(l.TENVANBAN),
          ...(text(l.NGAYBANHANH) ? { issuedOn: text(l.NGAYBANHANH) } : {}),
        }))
        .filter((l) => l.number !== '' || l.title !== ''),
      onlineUrl: text(record.URLNOPTRUCTUYEN) || null,
      sourceUrl: text(record.URLNGUON) || null,
    },
  };
  if (!candidate.name) problems.push('tên thủ tục (TENTTHC): thiếu');
  if (!candidate.code) problems.push('mã thủ tục (MATTHC): thiếu');
  if (!candidate.field) problems.push('lĩnh vực (LINHVUCTHUCHIEN): thiếu');
  if (channels.length === 0 && problems.every((p) => !p.startsWith('cách thức'))) {
    problems.push('cách thức thực hiện (CACHTHUCTHUCHIEN): thiếu');
  }
  return validateProcedure(candidate, problems);
}

export function channelKind(value: unknown): ChannelKindT | null {
  const key = foldForSearch(text(value));
  if (key === '1' || key.includes('truc tiep')) return 'truc_tiep';
  if (key === '2' || key.includes('truc tuyen')) return 'truc_tuyen';
  if (key === '3' || key.includes('buu chinh')) return 'buu_chinh';
  return null;
}

export function onlineLevel(value: unknown): OnlineLevelT {
  const key = foldForSearch(text(value));
  if (key.includes('toan trinh') || key === '4') return 'toan_trinh';
  if (key.includes('mot phan') || key === '3') return 'mot_phan';
  return 'khong';
}

function steps(value: unknown): string[] {
  return list(value).flatMap((item) => {
    if (!isObject(item)) return [text(item)];
    if (Array.isArray(item.TRINHTU)) {
      const title = text(item.TRUONGHOP);
      const inner = item.TRINHTU.map((s) => (isObject(s) ? text(s.TENTRINHTU) : text(s)));
      return title ? [`${title}:`, ...inner] : inner;
    }
    return [text(item.TENTRINHTU)];
  }).filter(Boolean);
}

function feeText(value: unknown): string {
  if (!isObject(value)) return text(value);
  const description = text(value.MOTA);
  if (description) return description;
  const amount = text(value.SOTIEN);
  return amount ? `${amount} ${text(value.DONVI) || 'đồng'}` : '';
}

function names(value: unknown, keys: string[]): string[] {
  return list(value)
    .map((item) => (isObject(item) ? text(keys.map((k) => item[k]).find((v) => v !== undefined)) : text(item)))
    .filter(Boolean);
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null || value === '') return [];
  return Array.isArray(value) ? value : [value];
}

function count(value: unknown): number {
  const n = Number(value ?? 0);
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

function joinTexts(parts: string[]): string {
  return parts.map((p) => p.trim()).filter(Boolean).join('; ');
}

export function text(value: unknown): string {
  if (typeof value === 'string') return cleanText(value).replace(/\s+/g, ' ');
  if (typeof value === 'number') return String(value);
  return '';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
