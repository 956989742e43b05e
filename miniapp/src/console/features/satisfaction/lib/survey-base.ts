/**
 * Where a printed QR code sends the citizen: the Mini App on Zalo (https://zalo.me/s/<id>) when the build
 * names its id (VITE_ZALO_MINI_APP_ID, as the server's ZALO_MINI_APP_ID), otherwise this site, which serves
 * the same app in any browser.
 */
export function miniAppBase(): string {
  const id = import.meta.env.VITE_ZALO_MINI_APP_ID?.trim();
  return id ? `https://zalo.me/s/${id}` : window.location.origin;
}
