import { useEffect, useRef, useState } from 'react';
import { AppPage } from '../components/app-page.tsx';
import { CameraIcon } from '../components/icons.tsx';
import { ChatBubble } from '../features/chat/components/chat-bubble.tsx';
import { useChat } from '../features/chat/hooks/use-chat.ts';
import { useChosenUnit } from '../features/units/hooks/use-current-unit.ts';

const EXAMPLES = ['Đăng ký khai sinh cần giấy tờ gì?', 'Số điện thoại đường dây nóng', 'Tôi muốn gửi phản ánh'];

/** "Hỏi đáp": the same chatbot as the commune's Zalo OA; an officer's reply shows here when it arrives. */
export default function ChatPage() {
  const unit = useChosenUnit();
  const { messages, send, sendPhoto, sending, error } = useChat(unit.slug);
  const [text, setText] = useState('');
  const end = useRef<HTMLDivElement>(null);

  useEffect(() => {
    end.current?.scrollIntoView?.({ block: 'end' });
  }, [messages.length]);

  const submit = (value: string) => {
    const question = value.trim();
    if (!question) return;
    setText('');
    void send(question);
  };

  return (
    <AppPage title="Hỏi đáp" backTo="/" className="chat-page">
      <p className="lead">Hỏi về thủ tục, số điện thoại, giờ làm việc hoặc gửi phản ánh tới {unit.name}.</p>
      {messages.length === 0 && (
        <div className="chat-examples">
          <p>Bạn có thể hỏi, ví dụ:</p>
          {EXAMPLES.map((example) => (
            <button key={example} type="button" className="chat-button" onClick={() => submit(example)}>
              {example}
            </button>
          ))}
        </div>
      )}
      <ul className="chat-list" aria-live="polite">
        {messages.map((m) => (
          <ChatBubble key={m.id} message={m} unit={unit.slug} onQuery={submit} />
        ))}
      </ul>
      {sending && <p className="chat-typing">Trợ lý đang trả lời…</p>}
      {error && (
        <p className="chat-error" role="alert">
          {error}
        </p>
      )}
      <div ref={end} />
      <form
        className="chat-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit(text);
        }}
      >
        <label className="sr-only" htmlFor="chat-input">
          Câu hỏi của bạn
        </label>
        <textarea
          id="chat-input"
          className="chat-form__input"
          rows={2}
          maxLength={2000}
          placeholder="Nhập câu hỏi…"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault();
              submit(text);
            }
          }}
        />
        <label className="chat-button chat-form__photo" title="Gửi ảnh kèm phản ánh">
          <CameraIcon size={26} />
          <span className="sr-only">Gửi ảnh</span>
          <input
            type="file"
            accept="image/*"
            className="sr-only"
            disabled={sending}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void sendPhoto(file);
            }}
          />
        </label>
        <button type="submit" className="ui-button ui-button--primary chat-form__send" disabled={sending || text.trim() === ''} aria-label="Gửi câu hỏi">
          Gửi
        </button>
      </form>
    </AppPage>
  );
}
