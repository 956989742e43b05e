/**
 * The only importer of zmp-sdk. Everything here works in a plain browser too: outside Zalo the SDK is never
 * even downloaded (it mocks only on "localhost" and rejects with {code: -2000} elsewhere), and inside Zalo
 * every call falls back to the web way when the SDK call fails.
 */

import { phoneDigits } from '@cchc/shared/text/phone';

type ZmpApis = typeof import('zmp-sdk/apis');

/** True when the page runs inside the Zalo Mini App runtime (cheap: no SDK call). */
export function isInZalo(): boolean {
  if (typeof window === 'undefined') return false;
  const { hostname, pathname } = window.location;
  if (zaloAppId() !== null) return true;
  return hostname.endsWith('zdn.vn') && pathname.startsWith('/zapps/');
}

/** The Zalo router base ("/zapps/<APP_ID>") or null in a browser, where routes are plain. */
export function zaloAppId(): string | null {
  // Set by the Zalo runtime (zmp-ui declares it as always present; it is not, in a browser).
  const id: unknown = typeof window === 'undefined' ? undefined : (window as { APP_ID?: unknown }).APP_ID;
  return typeof id === 'string' && id !== '' ? id : null;
}

let sdkPromise: Promise<ZmpApis | null> | null = null;

/** zmp-sdk failures are plain objects {code, message, api}. */
function isSdkError(reason: unknown): boolean {
  return (
    typeof reason === 'object' &&
    reason !== null &&
    typeof (reason as { code?: unknown }).code === 'number' &&
    typeof (reason as { api?: unknown }).api === 'string'
  );
}

/** Loads zmp-sdk lazily, only inside Zalo. Resolves null when it cannot be used. */
function sdk(): Promise<ZmpApis | null> {
  if (!isInZalo()) return Promise.resolve(null);
  if (!sdkPromise) {
    // The SDK starts calls of its own when loaded (login); where Zalo does not answer them they reject with
    // nobody listening. Those are not the app's errors: every call made here has its own fallback.
    window.addEventListener('unhandledrejection', (event) => {
      if (isSdkError(event.reason)) event.preventDefault();
    });
    sdkPromise = import('zmp-sdk/apis').catch(() => null);
  }
  return sdkPromise;
}

/** Opens the phone dialer for a number written the way people write it ("0225 3999 011"). */
export async function openPhone(phone: string): Promise<void> {
  const number = phoneDigits(phone);
  const api = await sdk();
  if (api) {
    try {
      await api.openPhone({ phoneNumber: number });
      return;
    } catch {
      // fall through to the web way
    }
  }
  window.location.href = `tel:${number}`;
}

/** Opens an external web page: a Zalo webview inside Zalo, a new tab in a browser. */
export async function openExternalUrl(url: string): Promise<void> {
  const api = await sdk();
  if (api) {
    try {
      await api.openWebview({ url, config: { style: 'normal' } });
      return;
    } catch {
      try {
        await api.openOutApp({ url });
        return;
      } catch {
        // fall through to the web way
      }
    }
  }
  const opened = window.open(url, '_blank', 'noopener,noreferrer');
  if (!opened) window.location.href = url;
}

function localGet(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function localSet(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // storage disabled (private mode): the choice lasts for this visit only
  }
}

/** Small key-value storage: Zalo's native storage inside Zalo, localStorage elsewhere (and as a mirror). */
export const storage = {
  /** What is known synchronously (localStorage); use get() for the authoritative value. */
  peek(key: string): string | null {
    return localGet(key);
  },

  async get(key: string): Promise<string | null> {
    const api = await sdk();
    if (api) {
      try {
        const value = api.nativeStorage.getItem(key);
        if (typeof value === 'string' && value !== '') return value;
      } catch {
        // fall back to localStorage
      }
    }
    return localGet(key);
  },

  async set(key: string, value: string | null): Promise<void> {
    localSet(key, value);
    const api = await sdk();
    if (!api) return;
    try {
      if (value === null) api.nativeStorage.removeItem(key);
      else api.nativeStorage.setItem(key, value);
    } catch {
      // localStorage already holds it
    }
  },
};

export type DeviceLocation = { lat: number; lng: number };

/** Why a location could not be read, in words a citizen can act on. */
export class LocationError extends Error {}

function browserLocation(): Promise<DeviceLocation> {
  return new Promise((resolve, reject) => {
    if (typeof navigator === 'undefined' || !navigator.geolocation) {
      reject(new LocationError('Thiết bị không hỗ trợ lấy vị trí. Bạn hãy nhập địa chỉ.'));
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (position) => resolve({ lat: position.coords.latitude, lng: position.coords.longitude }),
      (error) =>
        reject(
          new LocationError(
            error.code === error.PERMISSION_DENIED
              ? 'Bạn chưa cho phép ứng dụng lấy vị trí. Bạn có thể nhập địa chỉ thay thế.'
              : 'Không lấy được vị trí lúc này. Bạn hãy thử lại hoặc nhập địa chỉ.',
          ),
        ),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  });
}

/**
 * The device's position. Inside Zalo the SDK asks the user's permission; recent Zalo versions answer only with
 * a token for a server to decode (no endpoint for that yet), older ones with latitude/longitude. Without
 * coordinates from Zalo, the browser's geolocation is used.
 */
export async function getLocation(): Promise<DeviceLocation> {
  const api = await sdk();
  if (api) {
    try {
      const result = (await api.getLocation()) as { latitude?: string | number; longitude?: string | number };
      const lat = Number(result.latitude);
      const lng = Number(result.longitude);
      if (result.latitude !== undefined && result.longitude !== undefined && Number.isFinite(lat) && Number.isFinite(lng)) {
        return { lat, lng };
      }
    } catch {
      // refused in Zalo or not available: try the web way
    }
  }
  return browserLocation();
}

/** How long a Zalo access token is reused before asking the SDK again (the server caches it about as long). */
const ACCESS_TOKEN_REUSE_MS = 10 * 60_000;
let accessToken: { value: Promise<string | null>; at: number } | null = null;

/**
 * The Zalo user's access token (getAccessToken()), sent to our server as a Bearer token so it knows who the
 * citizen is without a login form. Null in a plain browser or when Zalo gives none: the app then uses its
 * device identity as before.
 */
export function getZaloAccessToken(): Promise<string | null> {
  if (!isInZalo()) return Promise.resolve(null);
  if (accessToken && Date.now() - accessToken.at < ACCESS_TOKEN_REUSE_MS) return accessToken.value;
  const value = (async () => {
    const api = await sdk();
    if (!api) return null;
    try {
      // A Zalo that does not answer must not hold every request back: without a token, the device identity.
      const token = await Promise.race([api.getAccessToken(), new Promise<null>((resolve) => setTimeout(() => resolve(null), 5000))]);
      return typeof token === 'string' && token !== '' ? token : null;
    } catch {
      return null;
    }
  })();
  accessToken = { value, at: Date.now() };
  return value;
}

/** The server refused the token (expired): the next call asks Zalo for a new one. */
export function forgetZaloAccessToken(): void {
  accessToken = null;
}

/** Why the Zalo phone number could not be had, in words a citizen can act on. */
export class PhoneNumberError extends Error {}

/**
 * Asks the citizen, through Zalo's own consent dialog, to share their phone number; resolves the token
 * (valid about two minutes, usable once) that our server decodes. Only ever called from a button the
 * citizen pressed, never by itself.
 */
export async function getZaloPhoneToken(): Promise<string> {
  const api = await sdk();
  if (!api) throw new PhoneNumberError('Chỉ lấy được số điện thoại Zalo khi mở ứng dụng trong Zalo. Bạn hãy nhập số điện thoại.');
  let result: { token?: string };
  try {
    result = await api.getPhoneNumber();
  } catch {
    throw new PhoneNumberError('Bạn chưa đồng ý chia sẻ số điện thoại Zalo. Bạn có thể bấm lại hoặc tự nhập số điện thoại.');
  }
  if (typeof result?.token !== 'string' || result.token === '') {
    throw new PhoneNumberError('Zalo chưa trả về số điện thoại. Bạn hãy thử lại hoặc tự nhập số điện thoại.');
  }
  return result.token;
}

/** Puts text on the clipboard (the web way: zmp-sdk has no clipboard call). Resolves false when it could not. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // older webviews: the textarea way below
  }
  try {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  } catch {
    return false;
  }
}

/** True when text can be shared from here: Zalo's share sheet inside Zalo, the Web Share API in a browser. */
export function canShareText(): boolean {
  return isInZalo() || (typeof navigator !== 'undefined' && typeof navigator.share === 'function');
}

/** Shares text (to oneself in Zalo, a note, a message…). Resolves false when nothing could be opened. */
export async function shareText(text: string): Promise<boolean> {
  const api = await sdk();
  if (api) {
    try {
      await api.openShareSheet({ type: 'text', data: { text } });
      return true;
    } catch {
      // fall through to the web way
    }
  }
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ text });
      return true;
    } catch {
      return false;
    }
  }
  return false;
}
