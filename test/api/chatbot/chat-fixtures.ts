import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ChatResponseT } from '../../../shared/src/api/chat.ts';

export const newDevice = () => crypto.randomUUID();

/** One message to POST /api/v1/chat from this device; the raw response. */
export function post(app: FastifyInstance, device: string, text: string, unit = 'binh-giang') {
  return app.inject({ method: 'POST', url: '/api/v1/chat', headers: { 'x-device-id': device }, payload: { unit, text } });
}

/** One message that must be answered; the answer. */
export async function ask(app: FastifyInstance, device: string, text: string, unit = 'binh-giang'): Promise<ChatResponseT> {
  const res = await post(app, device, text, unit);
  if (res.statusCode !== 200) throw new Error(`chat "${text}": ${res.statusCode} ${res.body}`);
  return res.json() as ChatResponseT;
}

/** The guided PAKN, from the first message to the tracking code's answer. */
export const PAKN_TURNS = [
  'tôi muốn phản ánh đèn đường hỏng',
  'Đèn ở đầu ngõ 5 thôn Đông tắt cả tuần nay, tối rất tối',
  'Đầu ngõ 5, thôn Đông',
  'Nguyễn Văn An',
  '0912 345 678',
  'Số 7 ngõ 5, thôn Đông',
];
