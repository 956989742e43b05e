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
