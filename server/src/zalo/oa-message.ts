/**
 * OA messages in our words, and their shape on Zalo's wire (`/v3.0/oa/message/cs`). Limits are
 * Zalo's: text ≤ 2,000 characters, at most 5 buttons, list of 1–5 elements; longer text is cut at a
 * word with "…" so a reply is never refused for its length.
 */
export type OaButton =
  | { kind: 'url'; title: string; url: string }
  | { kind: 'query'; title: string; text: string }
  | { kind: 'phone'; title: string; phone: string };

export interface OaListElement {
  title: string;
  subtitle?: string;
  imageUrl?: string;
  url?: string;
}

export type OaMessage =
  | { type: 'text'; text: string; buttons?: OaButton[] }
  | { type: 'list'; elements: OaListElement[]; buttons?: OaButton[] }
  | { type: 'image'; imageUrl: string; text?: string }
  | { type: 'request_user_info'; title: string; subtitle: string; imageUrl: string };

export const OA_TEXT_MAX = 2000;
export const OA_BUTTONS_MAX = 5;
export const OA_LIST_MAX = 5;
const TITLE_MAX = 100;
const SUBTITLE_MAX = 500;

/** Cuts text to `max` characters (code points) at a word, ending with "…". */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function wireButton(b: OaButton): Record<string, unknown> {
  const title = clip(b.title, TITLE_MAX);
  switch (b.kind) {
    case 'url':
      return { title, type: 'oa.open.url', payload: { url: b.url } };
    case 'query':
      return { title, type: 'oa.query.show', payload: clip(b.text, TITLE_MAX) };
    case 'phone':
      return { title, type: 'oa.open.phone', payload: { phone_code: b.phone.replace(/[^\d+]/g, '') } };
  }
}

const buttons = (list: OaButton[] | undefined) => (list ?? []).slice(0, OA_BUTTONS_MAX).map(wireButton);

/** The `message` object of a Zalo OA send request. */
export function wireMessage(message: OaMessage): Record<string, unknown> {
  switch (message.type) {
    case 'text': {
      const text = clip(message.text, OA_TEXT_MAX);
      const b = buttons(message.buttons);
      return b.length === 0 ? { text } : { text, attachment: { type: 'template', payload: { buttons: b } } };
    }
    case 'list': {
      const elements = message.elements.slice(0, OA_LIST_MAX).map((e) => ({
        title: clip(e.title, TITLE_MAX),
        ...(e.subtitle ? { subtitle: clip(e.subtitle, SUBTITLE_MAX) } : {}),
        ...(e.imageUrl ? { image_url: e.imageUrl } : {}),
        ...(e.url ? { default_action: { type: 'oa.open.url', url: e.url } } : {}),
      }));
      const b = buttons(message.buttons);
      return { attachment: { type: 'template', payload: { template_type: 'list', elements, ...(b.length ? { buttons: b } : {}) } } };
    }
    case 'image':
      return {
        ...(message.text ? { text: clip(message.text, OA_TEXT_MAX) } : {}),
        attachment: { type: 'template', payload: { template_type: 'media', elements: [{ media_type: 'image', url: message.imageUrl }] } },
      };
    case 'request_user_info':
      return {
        attachment: {
          type: 'template',
          payload: {
            template_type: 'request_user_info',
            elements: [{ title: clip(message.title, TITLE_MAX), subtitle: clip(message.subtitle, SUBTITLE_MAX), image_url: message.imageUrl }],
          },
        },
      };
  }
}
