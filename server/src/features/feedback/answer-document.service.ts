import crypto from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { NotFoundError, UnsupportedMediaError } from '../../lib/domain-errors.ts';
import { workflowState } from './console-views.ts';
import * as repo from './console.repository.ts';
import { canonicalCode, scopeOf, type OfficerIdentity } from './console.service.ts';
import { insertEvent, updateFeedback } from './feedback.repository.ts';
import { photoSignatureMatches } from './tracking-code.ts';
import { feedbackNotFound } from './tracking.service.ts';
import type { UploadStorage } from './upload-storage.ts';
import { decide } from './workflow.ts';
import { refusal } from './console-actions.service.ts';

/** The largest signed answer accepted: a scanned letter of a few pages. */
export const MAX_ANSWER_DOCUMENT_BYTES = 10 * 1024 * 1024;

const notPdf = () =>
  new UnsupportedMediaError('UNSUPPORTED_MEDIA_TYPE', 'Văn bản trả lời phải là tệp PDF (bản scan hoặc bản ký số). Vui lòng chọn tệp .pdf.');
const documentNotFound = () => new NotFoundError('NOT_FOUND', 'Phản ánh này chưa có văn bản trả lời, hoặc đường dẫn đã hết hạn. Vui lòng mở lại phản ánh.');

/** A PDF starts with "%PDF-" (ISO 32000-1 §7.5.2), whatever its name or the type the browser sent. */
export const isPdf = (bytes: Buffer) => bytes.subarray(0, 5).toString('latin1') === '%PDF-';

export interface DocumentFile {
  name: string;
  stream: Readable;
}

/**
 * The unit's signed văn bản trả lời (PDF) attached to the answer by whoever drafts it. Checked by its
 * bytes, stored whole or not at all (the uploads' atomic store), replaced by a newer one.
 */
export class AnswerDocumentService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly storage: UploadStorage,
    private readonly secret: () => Promise<Buffer>,
  ) {}

  async attach(officer: OfficerIdentity, typedCode: string, file: { name: string; bytes: Buffer }): Promise<void> {
    if (!isPdf(file.bytes)) throw notPdf();
    const code = canonicalCode(typedCode);
    const id = crypto.randomUUID();
    const relative = await this.storage.save(id, 'pdf', file.bytes, new Date());
    let replaced: string | null = null;
    try {
      await this.db.transaction().execute(async (tx) => {
        const row = await repo.lockForOfficer(tx, scopeOf(officer), code);
        if (!row) throw feedbackNotFound();
        const decision = decide('draft_answer', officer.role, workflowState(row));
        if (!decision.ok) throw refusal(decision.error, 'draft_answer', row.status);
        replaced = row.answer_document_path;
        const name = file.name.replace(/[\\/\u0000-\u001f]/g, '').slice(-120) || 'van-ban-tra-loi.pdf';
        await updateFeedback(tx, row.id, { answer_document_path: relative, answer_document_name: name, answer_document_bytes: file.bytes.length });
        await insertEvent(tx, {
          unitId: row.unit_id, feedbackId: row.id, actorKind: 'officer', officerId: officer.id, action: 'answer_document_attached',
          fromStatus: row.status, toStatus: row.status, internal: true, data: { name, bytes: file.bytes.length },
        });
      });
    } catch (error) {
      await this.storage.remove(relative).catch(() => {});
      throw error;
    }
    if (replaced) await this.storage.remove(replaced).catch(() => {});
  }

  async forOfficer(officer: OfficerIdentity, code: string): Promise<DocumentFile> {
    const row = await repo.findForOfficer(this.db, scopeOf(officer), canonicalCode(code));
    return this.open(row?.answer_document_path ? row : undefined);
  }

  /** The citizen's signed link, once the answer is sent. */
  async forCitizen(code: string, expiresAt: number | undefined, signature: string | undefined): Promise<DocumentFile> {
    const canonical = canonicalCode(code);
    if (!photoSignatureMatches(await this.secret(), `answer-document:${canonical}`, expiresAt, signature) || expiresAt! * 1000 < Date.now()) throw documentNotFound();
    const row = await repo.findForOfficer(this.db, 'all', canonical);
    return this.open(row?.answer ? row : undefined);
  }

  /** Public only when the answer is published and the leader published the document with it. */
  async published(code: string): Promise<DocumentFile> {
    const row = await repo.findForOfficer(this.db, 'all', canonicalCode(code));
    return this.open(row?.published && row.answer_document_public ? row : undefined);
  }

  private async open(row: { answer_document_path: string | null; answer_document_name: string | null } | undefined): Promise<DocumentFile> {
    if (!row?.answer_document_path) throw documentNotFound();
    const stream = await this.storage.open(row.answer_document_path);
    if (!stream) throw documentNotFound();
    return { name: row.answer_document_name ?? 'van-ban-tra-loi.pdf', stream };
  }
}
