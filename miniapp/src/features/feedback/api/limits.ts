/**
 * The submission limits of shared/src/api/feedback.ts (FEEDBACK_CONTENT_MAX, MAX_PHOTOS, MAX_PHOTO_BYTES).
 * Repeated here on purpose: importing a value from that module bundles TypeBox (~40 KB) into the Mini App.
 * The server validates with the shared schema either way; keep these equal to it.
 */
export const FEEDBACK_CONTENT_MIN = 20;
export const FEEDBACK_CONTENT_MAX = 5000;
export const MAX_PHOTOS = 4;
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
