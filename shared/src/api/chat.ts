/**
 * The chatbot's contract (API.md: POST /api/v1/chat), shared by the Mini App's "Hỏi đáp" page and
 * the OA chat. A reply is channel-neutral: an `open` button names a path inside the Mini App
 * (/units/{unit}/procedures/{code}); the OA turns it into a Mini App deep link, the Mini App into a route.
 */
import { Type, type Static } from '@sinclair/typebox';
import { Slug, Uuid } from './common.ts';

export const CHAT_INTENTS = [
  'greeting',
  'procedure',
  'hotline',
  'office',
  'online_guide',
  'feedback_submit',
  'feedback_status',
  'survey',
  'thanks',
  'fallback',
] as const;
export const ChatIntent = Type.Union(CHAT_INTENTS.map((i) => Type.Literal(i)));
export type ChatIntentT = Static<typeof ChatIntent>;

/** Longest question accepted from the Mini App (the OA's own limit is 2,000 characters too). */
export const MAX_CHAT_TEXT = 2000;

export const ChatButton = Type.Union([
  Type.Object({ type: Type.Literal('open'), title: Type.String(), path: Type.String({ description: 'Đường dẫn trong Mini App, bắt đầu bằng /' }) }),
  Type.Object({ type: Type.Literal('query'), title: Type.String(), text: Type.String({ description: 'Câu hỏi gửi tiếp khi bấm' }) }),
  Type.Object({ type: Type.Literal('phone'), title: Type.String(), phone: Type.String({ description: 'Số điện thoại, như người dân viết' }) }),
]);
export type ChatButtonT = Static<typeof ChatButton>;

export const ChatReply = Type.Object({
  text: Type.String(),
  buttons: Type.Array(ChatButton),
  procedures: Type.Optional(Type.Array(Type.Object({ code: Type.String(), name: Type.String() }), { description: 'Khi ý định là procedure: tốt nhất trước' })),
});
export type ChatReplyT = Static<typeof ChatReply>;

export const ChatRequest = Type.Object({
  unit: Slug,
  /** Required unless a photo is sent (then the photo is the message). */
  text: Type.Optional(Type.String({ minLength: 1, maxLength: MAX_CHAT_TEXT })),
  sessionId: Type.Optional(Type.String({ maxLength: 100 })),
  uploadId: Type.Optional(Uuid({ description: 'Ảnh đã tải lên (POST /api/v1/uploads), gửi kèm phản ánh đang soạn' })),
});
export type ChatRequestT = Static<typeof ChatRequest>;

export const ChatResponse = Type.Object({ intent: ChatIntent, reply: ChatReply, sessionId: Type.String() });
export type ChatResponseT = Static<typeof ChatResponse>;

/** An officer's reply, as the Mini App's "Hỏi đáp" page polls for it (GET /api/v1/chat/replies). */
export const ChatRepliesQuery = Type.Object({
  sessionId: Type.String({ minLength: 1, maxLength: 100 }),
  after: Type.Optional(Type.Integer({ minimum: 0, description: 'Chỉ các trả lời sau mã này' })),
});
export const ChatOfficerReply = Type.Object({ id: Type.Integer(), text: Type.String(), at: Type.String() });
export const ChatReplies = Type.Object({ items: Type.Array(ChatOfficerReply) });
export type ChatOfficerReplyT = Static<typeof ChatOfficerReply>;
export type ChatRepliesT = Static<typeof ChatReplies>;

/** The console inbox: conversations the bot handed to an officer. */
export const ChatInboxItem = Type.Object({
  id: Type.String(),
  channel: Type.Union([Type.Literal('zalo_oa'), Type.Literal('miniapp')]),
  unit: Type.Object({ slug: Type.String(), name: Type.String() }),
  status: Type.Union([Type.Literal('waiting'), Type.Literal('answered')]),
  handedOffAt: Type.String(),
  lastMessageAt: Type.String(),
  lastMessage: Type.Union([Type.String(), Type.Null()], { description: 'Câu người dân hỏi gần nhất' }),
});
export const ChatInbox = Type.Object({ items: Type.Array(ChatInboxItem) });
export const ChatTranscriptMessage = Type.Object({
  id: Type.Integer(),
  author: Type.Union([Type.Literal('citizen'), Type.Literal('bot'), Type.Literal('officer')]),
  text: Type.String(),
  at: Type.String(),
});
export const ChatTranscript = Type.Intersect([ChatInboxItem, Type.Object({ messages: Type.Array(ChatTranscriptMessage) })]);
export const ChatOfficerReplyBody = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: MAX_CHAT_TEXT }) },
  { additionalProperties: false },
);
export type ChatInboxItemT = Static<typeof ChatInboxItem>;
export type ChatTranscriptT = Static<typeof ChatTranscript>;
