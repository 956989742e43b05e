/**
 * What Zalo refuses in an OA message, as the fake checks it: the rules of /v3.0/oa/message/cs.
 * Returns the first problem, or null when Zalo would accept the body.
 */
const BUTTON_TYPES = new Set(['oa.open.url', 'oa.query.show', 'oa.query.hide', 'oa.open.phone', 'oa.open.sms']);
const TEMPLATE_TYPES = new Set(['list', 'media', 'request_user_info']);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max: number) => typeof v === 'string' && v.length > 0 && Array.from(v).length <= max;

function buttonProblem(b: unknown, i: number): string | null {
  if (!isObj(b)) return `buttons[${i}] is not an object`;
  if (!isText(b.title, 100)) return `buttons[${i}].title must be 1–100 characters`;
  if (typeof b.type !== 'string' || !BUTTON_TYPES.has(b.type)) return `buttons[${i}].type "${String(b.type)}" is unknown`;
  if (b.type === 'oa.open.url' && !(isObj(b.payload) && typeof b.payload.url === 'string' && /^https?:\/\//.test(b.payload.url))) return `buttons[${i}].payload.url must be an http(s) URL`;
  if ((b.type === 'oa.query.show' || b.type === 'oa.query.hide') && !isText(b.payload, 1000)) return `buttons[${i}].payload must be the query text`;
  if (b.type === 'oa.open.phone' && !(isObj(b.payload) && typeof b.payload.phone_code === 'string' && /^\+?\d{3,15}$/.test(b.payload.phone_code))) return `buttons[${i}].payload.phone_code must be digits`;
  return null;
}

export function csMessageProblem(body: unknown): string | null {
  if (!isObj(body)) return 'body is not a JSON object';
  if (!isObj(body.recipient) || typeof body.recipient.user_id !== 'string' || !/^\d{1,25}$/.test(body.recipient.user_id)) {
    return 'recipient.user_id must be the user id as a string of digits';
  }
  const message = body.message;
  if (!isObj(message)) return 'message is missing';
  if (message.text !== undefined && !isText(message.text, 2000)) return 'message.text must be 1–2000 characters';
  if (message.attachment === undefined) return message.text === undefined ? 'message has neither text nor attachment' : null;
  const attachment = message.attachment;
  if (!isObj(attachment) || attachment.type !== 'template' || !isObj(attachment.payload)) return 'message.attachment must be {type:"template", payload}';
  const payload = attachment.payload;
  if (payload.buttons !== undefined) {
    if (!Array.isArray(payload.buttons) || payload.buttons.length === 0 || payload.buttons.length > 5) return 'payload.buttons must hold 1–5 buttons';
    for (const [i, b] of payload.buttons.entries()) {
      const problem = buttonProblem(b, i);
      if (problem) return problem;
    }
  }
  if (payload.template_type === undefined) {
    if (payload.buttons === undefined) return 'a template without template_type needs buttons';
    if (message.text === undefined) return 'buttons need the message text';
    return null;
  }
  if (typeof payload.template_type !== 'string' || !TEMPLATE_TYPES.has(payload.template_type)) return `template_type "${String(payload.template_type)}" is unknown`;
  if (!Array.isArray(payload.elements) || payload.elements.length === 0 || payload.elements.length > 5) return 'payload.elements must hold 1–5 elements';
  for (const [i, e] of payload.elements.entries()) {
    if (!isObj(e)) return `elements[${i}] is not an object`;
    if (payload.template_type === 'media') {
      if (e.media_type !== 'image' || typeof e.url !== 'string' || !/^https?:\/\//.test(e.url)) return `elements[${i}] must be {media_type:"image", url}`;
    } else {
      if (!isText(e.title, 100)) return `elements[${i}].title must be 1–100 characters`;
      if (e.subtitle !== undefined && !isText(e.subtitle, 500)) return `elements[${i}].subtitle must be 1–500 characters`;
    }
  }
  return null;
}
