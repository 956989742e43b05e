/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The API origin for builds served by Zalo (e.g. https://cchc.example.vn); empty = same origin. */
  readonly VITE_API_BASE_URL?: string;
  /** The Mini App's id on Zalo: survey QR codes then open https://zalo.me/s/<id>/survey…; empty = this site's address. */
  readonly VITE_ZALO_MINI_APP_ID?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
