import { photoLinkExpiry, photoSignature } from './tracking-code.ts';

/** The signed document's link for the citizen who sent the PAKN: signed like the photos' links, for an hour. */
export function citizenDocumentUrl(secret: Buffer, code: string, now = Date.now()): string {
  const exp = photoLinkExpiry(now);
  return `/api/v1/feedback/${code}/answer-document?exp=${exp}&sig=${photoSignature(secret, `answer-document:${code}`, exp)}`;
}
export const officerDocumentUrl = (code: string) => `/api/v1/console/feedback/${code}/answer-document`;
export const publicDocumentUrl = (code: string) => `/api/v1/public/feedback/${code}/answer-document`;
