import { randomUuid } from './uuid.ts';
import { storage } from './zalo.ts';

/**
 * The identity of this device for "Phản ánh của tôi" in a browser (sent as X-Device-Id): a random UUID made
 * once and kept in storage (Zalo's native storage inside Zalo, localStorage elsewhere).
 */
const STORAGE_KEY = 'cchc.device-id.v1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

let pending: Promise<string> | null = null;

export function deviceId(): Promise<string> {
  if (!pending) {
    pending = (async () => {
      const known = storage.peek(STORAGE_KEY) ?? (await storage.get(STORAGE_KEY));
      if (known && UUID.test(known)) return known;
      const made = randomUuid();
      await storage.set(STORAGE_KEY, made);
      return made;
    })();
  }
  return pending;
}

/** The header that identifies this device to the API. */
export async function deviceHeaders(): Promise<Record<string, string>> {
  return { 'X-Device-Id': await deviceId() };
}
