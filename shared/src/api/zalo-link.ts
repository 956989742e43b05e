/** An officer's Zalo link (console → Tài khoản → Liên kết Zalo): to be told of new PAKN and PAKN due tomorrow. */
import { Type, type Static } from '@sinclair/typebox';

export const ZaloLinkStatus = Type.Object({
  linked: Type.Boolean(),
  linkedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  /** False when the deployment has no Zalo OA: linking is not offered. */
  available: Type.Boolean(),
});
export type ZaloLinkStatusT = Static<typeof ZaloLinkStatus>;

export const ZaloLinkCode = Type.Object({
  code: Type.String({ description: 'Mã 6 chữ số, dùng một lần' }),
  command: Type.String({ description: 'Tin nhắn cần gửi đến Zalo OA, ví dụ "LK 123456"' }),
  expiresAt: Type.String({ format: 'date-time' }),
});
export type ZaloLinkCodeT = Static<typeof ZaloLinkCode>;
