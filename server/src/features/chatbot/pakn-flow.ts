/**
 * The guided PAKN conversation: content, an optional photo and place, the contact, a
 * confirmation. Pure: the state and one turn in, the next state and reply out; the service
 * submits when this says so.
 */
import type { ChatReplyT } from '@cchc/shared/api/chat';
import { FEEDBACK_CONTENT_MAX } from '@cchc/shared/api/feedback';
import { normalizeVietnamPhone } from '@cchc/shared/text/phone';
import type { ChatText } from '@cchc/shared/text/chat-normalize';
import type { PaknDraft, PaknStep } from './chat-state.ts';
import { shaped } from './replies.ts';
import { phoneIn, saysCancel, saysNo, saysSkip, saysYes } from './slots.ts';

export const MIN_CONTENT = 20;
const MAX_PHOTOS = 5;

export interface FlowTurn {
  text?: ChatText;
  uploadId?: string;
  location?: { lat: number; lng: number; address?: string };
  contact?: { name: string; phone: string; address?: string };
}

export type FlowOutcome =
  | { kind: 'continue'; draft: PaknDraft; reply: ChatReplyT }
  | { kind: 'cancelled'; reply: ChatReplyT }
  | { kind: 'submit'; draft: PaknDraft };

const CANCEL_HINT = 'Gõ "hủy" nếu muốn dừng.';

/** The citizen's first words, minus "tôi muốn phản ánh …" (what is left may already be the content). */
const INTRO = /^\s*(?:(?:tôi|toi|em|mình|minh|cháu|chau|chúng tôi|chung toi)\s+)?(?:(?:muốn|muon|cần|can|xin)\s+)?(?:(?:gửi|gui|làm|lam)\s+)?(?:đơn\s+|don\s+)?(?:phản ánh|phan anh|kiến nghị|kien nghi|góp ý|gop y|khiếu nại|khieu nai|báo cáo|bao cao|tố giác|to giac|pa|kn)(?:\s*(?:về|ve|việc|viec|là|la)\b)?[\s:,.-]*/iu;

export function startDraft(text: ChatText | undefined, turn: FlowTurn): PaknDraft {
  const rest = text ? text.clean.replace(INTRO, '').trim() : '';
  const draft: PaknDraft = {
    step: 'content',
    kind: text && /\bkien nghi\b/.test(text.folded) && !/\bphan anh\b/.test(text.folded) ? 'kien_nghi' : 'phan_anh',
    content: rest.split(/\s+/).filter(Boolean).length >= 2 ? rest : '',
    place: null,
    location: null,
    photoIds: [],
    name: null,
    phone: null,
    address: null,
  };
  return withAttachments(draft, turn);
}

function withAttachments(draft: PaknDraft, turn: FlowTurn): PaknDraft {
  const next = { ...draft, photoIds: [...draft.photoIds] };
  if (turn.uploadId && !next.photoIds.includes(turn.uploadId) && next.photoIds.length < MAX_PHOTOS) next.photoIds.push(turn.uploadId);
  if (turn.location) next.location = turn.location;
  if (turn.contact) {
    if (turn.contact.name.trim().length >= 2) next.name = turn.contact.name.trim();
    if (normalizeVietnamPhone(turn.contact.phone)) next.phone = turn.contact.phone.trim();
    if ((turn.contact.address ?? '').trim().length >= 5) next.address = turn.contact.address!.trim();
  }
  return next;
}

/** The step after the current one is answered: content until long enough, the place once, then what the contact lacks. */
function following(d: PaknDraft): PaknStep {
  if (d.content.length < MIN_CONTENT) return 'content';
  if (d.step === 'content' || d.step === 'place') return 'place';
  if (!d.name) return 'name';
  if (!d.phone) return 'phone';
  if (!d.address) return 'address';
  return 'confirm';
}

export function advance(draft: PaknDraft, turn: FlowTurn): FlowOutcome {
  const text = turn.text && !turn.text.empty ? turn.text : undefined;
  if (text && saysCancel(text.folded)) {
    return { kind: 'cancelled', reply: shaped('Đã hủy, phản ánh chưa được gửi. Khi cần, bạn cứ nhắn "gửi phản ánh".', [{ type: 'query', title: 'Gửi phản ánh', text: 'Tôi muốn gửi phản ánh' }]) };
  }
  let d = withAttachments(draft, turn);
  if (text) {
    switch (d.step) {
      case 'content':
        d = { ...d, content: [d.content, text.clean].filter(Boolean).join('\n').slice(0, FEEDBACK_CONTENT_MAX) };
        break;
      case 'place':
        if (!saysSkip(text.folded)) d = { ...d, place: text.clean.slice(0, 300) };
        d = { ...d, step: 'name' };
        break;
      case 'name':
        if (text.clean.length >= 2 && text.clean.length <= 120 && !/\d{4,}/.test(text.clean)) d = { ...d, name: text.clean };
        break;
      case 'phone': {
        const phone = phoneIn(text.clean);
        if (phone) d = { ...d, phone };
        break;
      }
      case 'address':
        if (text.clean.length >= 5) d = { ...d, address: text.clean.slice(0, 300) };
        break;
      case 'confirm':
        if (saysYes(text.folded)) return { kind: 'submit', draft: d };
        if (saysNo(text.folded) || /^(sua|sua lai|viet lai)\b/.test(text.folded)) d = { ...d, step: 'content', content: '' };
        break;
    }
  } else if (turn.location && d.step === 'place') {
    d = { ...d, step: 'name' };
  }
  const step = following(d);
  const repeated = draft.step === step && text !== undefined && step !== 'content' && step !== 'place';
  d = { ...d, step };
  return { kind: 'continue', draft: d, reply: question(d, turn, repeated) };
}

function question(d: PaknDraft, turn: FlowTurn, repeated: boolean): ChatReplyT {
  const got = turn.uploadId ? 'Đã nhận ảnh. ' : turn.location ? 'Đã nhận vị trí. ' : '';
  switch (d.step) {
    case 'content':
      return shaped(d.content === ''
        ? `${got}Bạn hãy mô tả sự việc cần phản ánh: việc gì, ở đâu, từ khi nào. ${CANCEL_HINT}`
        : `${got}Bạn mô tả thêm giúp mình (ít nhất ${MIN_CONTENT} ký tự): sự việc ở đâu, từ khi nào, ảnh hưởng thế nào? ${CANCEL_HINT}`);
    case 'place':
      return shaped(`${got}Sự việc xảy ra ở đâu (thôn, xóm, đường, số nhà)? Bạn có thể gửi kèm ảnh hoặc vị trí. Nếu không cần, bấm "Bỏ qua".`,
        [{ type: 'query', title: 'Bỏ qua', text: 'Bỏ qua' }]);
    case 'name':
      return shaped(`${got}${repeated ? 'Họ tên chưa đúng. ' : ''}Cho mình xin họ và tên của bạn để cán bộ liên hệ khi cần.`);
    case 'phone':
      return shaped(`${got}${repeated ? 'Số điện thoại chưa đúng. ' : ''}Số điện thoại của bạn là gì? (số di động 10 chữ số hoặc số cố định có mã vùng)`);
    case 'address':
      return shaped(`${got}${repeated ? 'Địa chỉ còn ngắn quá. ' : ''}Địa chỉ liên hệ của bạn (thôn, xóm hoặc số nhà, đường)?`);
    case 'confirm':
      return confirmation(d, got);
  }
}

export function confirmation(d: PaknDraft, prefix = ''): ChatReplyT {
  const lines = [
    `${prefix}Bạn kiểm tra lại trước khi gửi:`,
    `• Loại: ${d.kind === 'kien_nghi' ? 'Kiến nghị' : 'Phản ánh'}`,
    `• Nội dung: ${d.content.length > 600 ? `${d.content.slice(0, 600)}…` : d.content}`,
  ];
  if (d.place) lines.push(`• Nơi xảy ra: ${d.place}`);
  if (d.location) lines.push('• Có vị trí trên bản đồ');
  if (d.photoIds.length > 0) lines.push(`• Ảnh: ${d.photoIds.length}`);
  lines.push(`• Người gửi: ${d.name} – ${d.phone}`, `• Địa chỉ liên hệ: ${d.address}`, '', 'Bấm "Gửi" để gửi, "Sửa lại" để viết lại nội dung.');
  return shaped(lines.join('\n'), [
    { type: 'query', title: 'Gửi', text: 'Gửi' },
    { type: 'query', title: 'Sửa lại', text: 'Sửa lại' },
    { type: 'query', title: 'Hủy', text: 'Hủy' },
  ]);
}

/** The first question of a new draft: the content, or the place when the first message already told enough. */
export function begin(draft: PaknDraft, turn: FlowTurn): { draft: PaknDraft; reply: ChatReplyT } {
  const d: PaknDraft = { ...draft, step: draft.content.length >= MIN_CONTENT ? 'place' : 'content' };
  return { draft: d, reply: question(d, turn, false) };
}
