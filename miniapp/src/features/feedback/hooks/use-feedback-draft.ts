import type { FeedbackKindT, SubmitFeedbackBodyT, TopicT } from '@cchc/shared/api/feedback';
import { FEEDBACK_CONTENT_MIN, MAX_PHOTO_BYTES, MAX_PHOTOS } from '../api/limits.ts';
import { useSyncExternalStore } from 'react';
import { ApiError } from '../../../lib/api-client.ts';
import { ImageError, prepareImage } from '../../../lib/image.ts';
import { randomUuid } from '../../../lib/uuid.ts';
import { storage } from '../../../lib/zalo.ts';
import { uploadPhoto } from '../api/feedback.ts';

/**
 * What the citizen is writing, kept outside the screens (one step per screen) and saved on the device, so
 * nothing typed is lost on an error, on Back or when the app is closed and reopened.
 */

export type PhotoDraft = {
  localId: string;
  name: string;
  /** An object URL for the thumbnail; null after the app was reopened (the file itself is gone). */
  previewUrl: string | null;
  status: 'preparing' | 'uploading' | 'done' | 'error';
  progress: number;
  /** The upload id once the server accepted it. */
  id: string | null;
  error: string | null;
};

export type Contact = { name: string; phone: string; address: string };

export type FeedbackDraft = {
  unit: string | null;
  kind: FeedbackKindT | null;
  topic: TopicT | null;
  content: string;
  /** The content the citizen decided to send although it reads as a khiếu nại / tố cáo, or that was checked. */
  checkedContent: string | null;
  photos: PhotoDraft[];
  address: string;
  location: { lat: number; lng: number } | null;
  contact: Contact;
  hideIdentity: boolean;
  /** The Idempotency-Key of the last send and the body it was sent with: a retry of the same body reuses it. */
  attempt: { key: string; body: string } | null;
};

const DRAFT_KEY = 'cchc.feedback.draft.v1';
const CONTACT_KEY = 'cchc.feedback.contact.v1';

function savedContact(): Contact {
  try {
    const value = JSON.parse(storage.peek(CONTACT_KEY) ?? 'null') as Partial<Contact> | null;
    if (value && typeof value === 'object') {
      return {
        name: typeof value.name === 'string' ? value.name : '',
        phone: typeof value.phone === 'string' ? value.phone : '',
        address: typeof value.address === 'string' ? value.address : '',
      };
    }
  } catch {
    // nothing usable saved
  }
  return { name: '', phone: '', address: '' };
}

function emptyDraft(): FeedbackDraft {
  return {
    unit: null,
    kind: null,
    topic: null,
    content: '',
    checkedContent: null,
    photos: [],
    address: '',
    location: null,
    contact: savedContact(),
    hideIdentity: false,
    attempt: null,
  };
}

function restore(): FeedbackDraft {
  const base = emptyDraft();
  try {
    const saved = JSON.parse(storage.peek(DRAFT_KEY) ?? 'null') as Partial<FeedbackDraft> | null;
    if (!saved || typeof saved !== 'object') return base;
    return {
      ...base,
      ...saved,
      contact: { ...base.contact, ...(saved.contact ?? {}) },
      // Only finished uploads survive a restart; their thumbnails do not.
      photos: (saved.photos ?? [])
        .filter((p) => p && p.status === 'done' && typeof p.id === 'string')
        .map((p) => ({ ...p, previewUrl: null })),
    };
  } catch {
    return base;
  }
}

let draft: FeedbackDraft = restore();
const listeners = new Set<() => void>();
let saveTimer: ReturnType<typeof setTimeout> | undefined;

/** Files kept in memory for "Thử lại" and aborts for "Xoá" while uploading. */
const files = new Map<string, { file: File; controller: AbortController | null }>();

function persist() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    const photos = draft.photos.filter((p) => p.status === 'done').map((p) => ({ ...p, previewUrl: null }));
    void storage.set(DRAFT_KEY, JSON.stringify({ ...draft, photos }));
  }, 400);
}

function setDraft(next: FeedbackDraft) {
  draft = next;
  persist();
  listeners.forEach((listener) => listener());
}

export function updateDraft(patch: Partial<FeedbackDraft>) {
  setDraft({ ...draft, ...patch });
}

function updatePhoto(localId: string, patch: Partial<PhotoDraft>) {
  if (!draft.photos.some((p) => p.localId === localId)) return;
  setDraft({ ...draft, photos: draft.photos.map((p) => (p.localId === localId ? { ...p, ...patch } : p)) });
}

export function getDraft(): FeedbackDraft {
  return draft;
}

export function useFeedbackDraft(): FeedbackDraft {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => draft,
  );
}

/** A draft for another commune keeps its text but not its topic (topics are per unit). */
export function startDraftFor(unit: string) {
  if (draft.unit === unit) return;
  setDraft({ ...draft, unit, topic: draft.unit === null ? draft.topic : null, attempt: null });
}

async function upload(localId: string) {
  const kept = files.get(localId);
  if (!kept) return;
  const controller = new AbortController();
  kept.controller = controller;
  updatePhoto(localId, { status: 'preparing', progress: 0, error: null });
  try {
    const prepared = await prepareImage(kept.file, { maxBytes: MAX_PHOTO_BYTES });
    if (controller.signal.aborted) return;
    updatePhoto(localId, { status: 'uploading' });
    const result = await uploadPhoto(prepared.blob, prepared.name, (fraction) => updatePhoto(localId, { progress: fraction }), controller.signal);
    updatePhoto(localId, { status: 'done', progress: 1, id: result.id });
  } catch (error) {
    if (controller.signal.aborted) return;
    const message =
      error instanceof ImageError || error instanceof ApiError
        ? error.message
        : 'Không tải được ảnh lên. Vui lòng thử lại.';
    updatePhoto(localId, { status: 'error', error: message });
  } finally {
    kept.controller = null;
  }
}

/** Adds photos (as many as still fit) and uploads each; returns how many were left out. */
export function addPhotos(chosen: File[]): number {
  const room = MAX_PHOTOS - draft.photos.length;
  const taken = chosen.slice(0, Math.max(0, room));
  const added: PhotoDraft[] = taken.map((file) => {
    const localId = randomUuid();
    files.set(localId, { file, controller: null });
    let previewUrl: string | null = null;
    try {
      previewUrl = URL.createObjectURL(file);
    } catch {
      previewUrl = null;
    }
    return { localId, name: file.name, previewUrl, status: 'preparing', progress: 0, id: null, error: null };
  });
  setDraft({ ...draft, photos: [...draft.photos, ...added], attempt: null });
  added.forEach((p) => void upload(p.localId));
  return chosen.length - taken.length;
}

export function retryPhoto(localId: string) {
  void upload(localId);
}

export function removePhoto(localId: string) {
  const photo = draft.photos.find((p) => p.localId === localId);
  if (!photo) return;
  files.get(localId)?.controller?.abort();
  files.delete(localId);
  if (photo.previewUrl) URL.revokeObjectURL(photo.previewUrl);
  setDraft({ ...draft, photos: draft.photos.filter((p) => p.localId !== localId) });
}

/** The body to send, from the draft. */
export function draftBody(d: FeedbackDraft): SubmitFeedbackBodyT | null {
  if (!d.kind || !d.topic) return null;
  const photoIds = d.photos.filter((p) => p.status === 'done' && p.id).map((p) => p.id as string);
  const address = d.address.trim();
  const body: SubmitFeedbackBodyT = {
    kind: d.kind,
    topicId: d.topic.id,
    content: d.content.trim(),
    photoIds,
    contact: { name: d.contact.name.trim(), phone: d.contact.phone.trim(), address: d.contact.address.trim() },
    hideIdentity: d.hideIdentity,
  };
  // Only the parts that are there: the server's validation turns a null coordinate into 0.
  if (address || d.location) {
    body.location = {
      ...(address ? { address } : {}),
      ...(d.location ? { lat: d.location.lat, lng: d.location.lng } : {}),
    };
  }
  return body;
}

/** The Idempotency-Key for sending this body: the same as last time when the body did not change. */
export function keyForSend(body: SubmitFeedbackBodyT): string {
  const text = JSON.stringify(body);
  if (draft.attempt && draft.attempt.body === text) return draft.attempt.key;
  const key = randomUuid();
  setDraft({ ...draft, attempt: { key, body: text } });
  // Saved at once: a reload mid-send must retry with the same key.
  clearTimeout(saveTimer);
  void storage.set(DRAFT_KEY, JSON.stringify({ ...draft, photos: draft.photos.filter((p) => p.status === 'done') }));
  return key;
}

/** After a successful send: remember the contact for next time, start a fresh draft. */
export function finishDraft() {
  void storage.set(CONTACT_KEY, JSON.stringify(draft.contact));
  draft.photos.forEach((p) => p.previewUrl && URL.revokeObjectURL(p.previewUrl));
  files.clear();
  clearTimeout(saveTimer);
  void storage.set(DRAFT_KEY, null);
  const next = emptyDraft();
  next.contact = { ...draft.contact };
  draft = next;
  listeners.forEach((listener) => listener());
}

/** Which step the citizen must still fill in, for a screen opened out of order. */
export function firstMissingStep(d: FeedbackDraft): 'kind' | 'topic' | 'content' | null {
  if (!d.kind) return 'kind';
  if (!d.topic) return 'topic';
  if (d.content.trim().length < FEEDBACK_CONTENT_MIN) return 'content';
  return null;
}
