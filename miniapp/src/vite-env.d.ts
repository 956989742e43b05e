/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The API origin for builds served by Zalo (e.g. https://cchc.example.vn); empty = same origin. */
  readonly VITE_API_BASE_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
