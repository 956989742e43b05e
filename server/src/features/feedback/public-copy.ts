import type { PublicCopyPreviewT } from '@cchc/shared/api/console';
import { maskPersonalData, type KnownContact, type MaskedText } from '@cchc/shared/privacy/mask-personal-data';

/**
 * What the public sees of a PAKN: the leader's edited public copy, or the original
 * when there is none, always masked for the sender's own contact and for phones,
 * identity numbers and e-mails. The published list, Open311 and the leader's
 * preview all go through here, so the preview is exactly what gets published.
 */

export interface PublicCopySource {
  content: string;
  public_content: string | null;
  public_answer: string | null;
  contact_name: string;
  contact_phone: string;
  contact_address: string;
}

export interface PublicCopy {
  content: MaskedText;
  answer: MaskedText;
}

export const contactOf = (row: Pick<PublicCopySource, 'contact_name' | 'contact_phone' | 'contact_address'>): KnownContact => ({
  name: row.contact_name,
  phone: row.contact_phone,
  address: row.contact_address,
});

/** `answer`: the answer the copy is of (the approved one, or the draft awaiting approval). */
export function publicCopy(row: PublicCopySource, answer: string | null): PublicCopy {
  const contact = contactOf(row);
  return {
    content: maskPersonalData(row.public_content ?? row.content, contact),
    answer: maskPersonalData(row.public_answer ?? answer ?? '', contact),
  };
}

/**
 * The place of a PAKN as the public may see it: the address the citizen gave for
 * the place, or nothing when it names the sender (their own address, name, phone)
 * or holds any other personal data.
 */
export function publicPlace(address: string | null | undefined, row: Pick<PublicCopySource, 'contact_name' | 'contact_phone' | 'contact_address'>): string | null {
  const place = address?.trim();
  if (!place) return null;
  return maskPersonalData(place, contactOf(row)).spans.length === 0 ? place : null;
}

/** The answer a public copy is of: the draft awaiting the leader's approval, else the approved answer. */
export function answerForPublication(row: { answer: string | null; answer_draft: string | null; answer_submitted_at: Date | null }): string {
  return (row.answer_submitted_at ? row.answer_draft : row.answer) ?? row.answer_draft ?? '';
}

/** The leader's preview: exactly what will be public, its masked spans, and the text to edit. */
export function toPublicCopyPreview(
  row: PublicCopySource & { answer: string | null; answer_draft: string | null; answer_submitted_at: Date | null; published: boolean },
): PublicCopyPreviewT {
  const answer = answerForPublication(row);
  const copy = publicCopy(row, answer);
  return {
    content: copy.content,
    answer: copy.answer,
    source: { content: row.public_content ?? row.content, answer: row.public_answer ?? answer },
    edited: { content: row.public_content !== null, answer: row.public_answer !== null },
    published: row.published,
  };
}
