import type { SubmitFeedbackResultT } from '@cchc/shared/api/feedback';
import { storage } from '../../../lib/zalo.ts';

/**
 * The access keys of the PAKN this device sent or looked up (code → key), so "Phản ánh của tôi" can open
 * them, and the answer of the last submission for the "Đã gửi" screen. Kept on the device only.
 */
const KEYS = 'cchc.feedback.keys.v1';
const LAST = 'cchc.feedback.last.v1';

function readKeys(): Record<string, string> {
  try {
    const value = JSON.parse(storage.peek(KEYS) ?? '{}') as unknown;
    return value && typeof value === 'object' ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function accessKeyFor(code: string): string | null {
  const key = readKeys()[code];
  return typeof key === 'string' && key ? key : null;
}

export function rememberAccessKey(code: string, accessKey: string) {
  const keys = readKeys();
  if (keys[code] === accessKey) return;
  keys[code] = accessKey;
  void storage.set(KEYS, JSON.stringify(keys));
}

export function rememberAccessKeys(items: { code: string; accessKey: string | null }[]) {
  const keys = readKeys();
  let changed = false;
  for (const item of items) {
    if (item.accessKey && keys[item.code] !== item.accessKey) {
      keys[item.code] = item.accessKey;
      changed = true;
    }
  }
  if (changed) void storage.set(KEYS, JSON.stringify(keys));
}

export type SentFeedback = SubmitFeedbackResultT & { unitName: string };

export function rememberLastSent(result: SentFeedback) {
  rememberAccessKey(result.code, result.accessKey);
  void storage.set(LAST, JSON.stringify(result));
}

export function lastSent(): SentFeedback | null {
  try {
    const value = JSON.parse(storage.peek(LAST) ?? 'null') as SentFeedback | null;
    return value && typeof value.code === 'string' && typeof value.accessKey === 'string' ? value : null;
  } catch {
    return null;
  }
}
