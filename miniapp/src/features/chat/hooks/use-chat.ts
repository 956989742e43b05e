import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../lib/api-client.ts';
import { MAX_PHOTO_BYTES } from '../../feedback/api/limits.ts';
import { ImageError, prepareImage } from '../../../lib/image.ts';
import { getOfficerReplies, sendChat, uploadChatPhoto } from '../api/chat.ts';
import { loadSession, saveSession, type ChatMessage, type ChatSession } from './chat-store.ts';

/** How often the open page asks whether an officer has replied. */
export const REPLY_POLL_MS = 5000;

let counter = 0;
const localId = () => `m${Date.now()}-${++counter}`;

/** The "Hỏi đáp" conversation with the unit's chatbot, and the officer's replies when it handed off. */
export function useChat(unit: string) {
  const [session, setSession] = useState<ChatSession>(() => loadSession(unit));
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const current = useRef(session);

  const update = useCallback((change: (s: ChatSession) => ChatSession) => {
    const next = change(current.current);
    current.current = next;
    saveSession(next);
    setSession(next);
  }, []);

  useEffect(() => {
    const fresh = loadSession(unit);
    current.current = fresh;
    setSession(fresh);
  }, [unit]);

  const ask = useCallback(async (shown: string, message: () => Promise<{ text?: string; uploadId?: string }>) => {
    if (sending) return;
    setError(null);
    setSending(true);
    update((s) => ({ ...s, messages: [...s.messages, { id: localId(), author: 'citizen', text: shown }] }));
    try {
      const answer = await sendChat(unit, await message(), current.current.sessionId);
      const bot: ChatMessage = { id: localId(), author: 'bot', text: answer.reply.text, buttons: answer.reply.buttons, procedures: answer.reply.procedures };
      update((s) => ({ ...s, sessionId: answer.sessionId, messages: [...s.messages, bot] }));
    } catch (e) {
      setError(e instanceof ApiError || e instanceof ImageError ? e.message : 'Chưa gửi được câu hỏi. Vui lòng thử lại.');
    } finally {
      setSending(false);
    }
  }, [unit, sending, update]);

  const send = useCallback((text: string) => {
    const question = text.trim().slice(0, 2000);
    return question ? ask(question, async () => ({ text: question })) : Promise.resolve();
  }, [ask]);

  /** A photo: uploaded first, then sent as a message (it joins the PAKN being collected, or starts one). */
  const sendPhoto = useCallback((file: File) => ask('📷 Ảnh', async () => {
    const { blob, name } = await prepareImage(file, { maxBytes: MAX_PHOTO_BYTES });
    return { uploadId: (await uploadChatPhoto(blob, name)).id };
  }), [ask]);

  // While the page is open: the officer's replies, as they arrive.
  useEffect(() => {
    if (!session.sessionId) return;
    const sessionId = session.sessionId;
    const controller = new AbortController();
    const poll = async () => {
      try {
        const { items } = await getOfficerReplies(sessionId, current.current.lastReplyId, controller.signal);
        if (items.length === 0) return;
        update((s) => ({
          ...s,
          lastReplyId: Math.max(s.lastReplyId, ...items.map((i) => i.id)),
          messages: [...s.messages, ...items.filter((i) => i.id > s.lastReplyId).map((i) => ({ id: `o${i.id}`, author: 'officer' as const, text: i.text }))],
        }));
      } catch {
        // the next poll tries again
      }
    };
    void poll();
    const timer = window.setInterval(() => void poll(), REPLY_POLL_MS);
    return () => {
      controller.abort();
      window.clearInterval(timer);
    };
  }, [session.sessionId, update]);

  return { messages: session.messages, send, sendPhoto, sending, error };
}
