/**
 * The OA webhook events we act on, read from Zalo's JSON (ids and timestamps stay strings:
 * Zalo's ids exceed 53 bits). Anything else is `other` and is acknowledged and ignored.
 */
export type ZaloEvent =
  | { name: 'user_send_text'; userId: string; text: string }
  | { name: 'user_send_image'; userId: string; imageUrl: string; text: string }
  | { name: 'user_send_location'; userId: string; lat: number; lng: number }
  | { name: 'follow' | 'unfollow'; userId: string }
  | { name: 'user_submit_info'; userId: string; info: { name: string; phone: string; address: string } }
  | { name: 'other'; eventName: string };

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'bigint' ? String(v) : '');

/** What the queue needs to know on arrival: which event, whose, and what makes it unique. */
export function envelopeOf(body: Obj): { eventName: string; userId: string | null; timestamp: string; dedupeKey: string } {
  const eventName = str(body.event_name);
  const userId = str(obj(body.sender).id) || str(obj(body.follower).id) || null;
  const timestamp = str(body.timestamp);
  const msgId = str(obj(body.message).msg_id);
  const dedupeKey = msgId ? `msg:${msgId}` : `${eventName}:${userId ?? ''}:${timestamp}`;
  return { eventName, userId, timestamp, dedupeKey };
}

export function readEvent(body: Obj): ZaloEvent {
  const { eventName, userId } = envelopeOf(body);
  const message = obj(body.message);
  const attachment = obj(Array.isArray(message.attachments) ? message.attachments[0] : undefined);
  const payload = obj(attachment.payload);
  if (!userId) return { name: 'other', eventName };
  switch (eventName) {
    case 'user_send_text':
      return { name: eventName, userId, text: str(message.text) };
    case 'user_send_image': {
      const imageUrl = str(payload.url) || str(payload.thumbnail);
      return imageUrl ? { name: eventName, userId, imageUrl, text: str(message.text) } : { name: 'other', eventName };
    }
    case 'user_send_location': {
      const coordinates = obj(payload.coordinates);
      const lat = Number(str(coordinates.latitude));
      const lng = Number(str(coordinates.longitude));
      const valid = Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180 && str(coordinates.latitude) !== '';
      return valid ? { name: eventName, userId, lat, lng } : { name: 'other', eventName };
    }
    case 'follow':
    case 'unfollow':
      return { name: eventName, userId };
    case 'user_submit_info': {
      const info = obj(body.info);
      return { name: eventName, userId, info: { name: str(info.name), phone: str(info.phone), address: str(info.address) } };
    }
    default:
      return { name: 'other', eventName };
  }
}
