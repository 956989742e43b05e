import type { ChatReplyT } from '@cchc/shared/api/chat';
import type { OaButton, OaMessage } from '../../zalo/oa-message.ts';

/** The chatbot's channel-neutral reply as an OA message: "open" buttons become Mini App links. */
export function chatReplyMessage(reply: ChatReplyT, link: (path: string) => string): OaMessage {
  const buttons: OaButton[] = reply.buttons.map((b) => {
    switch (b.type) {
      case 'open':
        return { kind: 'url', title: b.title, url: link(b.path) };
      case 'query':
        return { kind: 'query', title: b.title, text: b.text };
      case 'phone':
        return { kind: 'phone', title: b.title, phone: b.phone };
    }
  });
  return { type: 'text', text: reply.text, buttons };
}
