import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { EVIDENCE_TYPES } from '@cchc/shared/api/activities';
import { UnsupportedMediaError } from '../../lib/domain-errors.ts';

type EvidenceExt = keyof typeof EVIDENCE_TYPES;

/** File-name extensions that name each detected type. */
const NAME_EXTENSIONS: Record<EvidenceExt, string[]> = {
  jpg: ['jpg', 'jpeg'],
  png: ['png'],
  webp: ['webp'],
  gif: ['gif'],
  pdf: ['pdf'],
  mp3: ['mp3'],
  m4a: ['m4a', 'mp4'],
  docx: ['docx'],
  xlsx: ['xlsx'],
};
/** Content-Types a browser may claim for each type (besides the generic octet-stream). */
const CLAIMED_TYPES: Record<EvidenceExt, string[]> = {
  jpg: ['image/jpeg', 'image/jpg', 'image/pjpeg'],
  png: ['image/png'],
  webp: ['image/webp'],
  gif: ['image/gif'],
  pdf: ['application/pdf'],
  mp3: ['audio/mpeg', 'audio/mp3'],
  m4a: ['audio/mp4', 'audio/x-m4a', 'audio/m4a', 'audio/aac'],
  docx: [EVIDENCE_TYPES.docx],
  xlsx: [EVIDENCE_TYPES.xlsx],
};
const GENERIC = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

const ALLOWED = 'ảnh (JPEG, PNG, WebP, GIF), PDF, âm thanh (MP3, M4A), Word (.docx) hoặc Excel (.xlsx)';

const notWhatItClaims = (fileName: string) =>
  new UnsupportedMediaError('UNSUPPORTED_MEDIA_TYPE', `Tệp "${fileName}" không đúng loại như tên hoặc định dạng khai báo. Vui lòng chọn đúng tệp ${ALLOWED}.`);

/**
 * What an evidence file really is, by its magic bytes (file-type), checked against what
 * its name and Content-Type claim: a renamed or disguised file is refused (415).
 */
export async function checkEvidence(bytes: Buffer, fileName: string, claimedType: string): Promise<{ ext: EvidenceExt; contentType: string }> {
  const detected = await fileTypeFromBuffer(bytes);
  const ext = detected?.ext === 'jpg' ? 'jpg' : (detected?.ext as string | undefined);
  if (!ext || !(ext in EVIDENCE_TYPES)) {
    throw new UnsupportedMediaError('UNSUPPORTED_MEDIA_TYPE', `Tệp "${fileName}" không phải loại được nhận làm minh chứng. Chỉ nhận ${ALLOWED}.`);
  }
  const known = ext as EvidenceExt;
  const nameExt = path.extname(fileName).slice(1).toLowerCase();
  if (!NAME_EXTENSIONS[known].includes(nameExt)) throw notWhatItClaims(fileName);
  const claimed = claimedType.split(';')[0]!.trim().toLowerCase();
  if (!GENERIC.has(claimed) && !CLAIMED_TYPES[known].includes(claimed)) throw notWhatItClaims(fileName);
  return { ext: known, contentType: EVIDENCE_TYPES[known] };
}
