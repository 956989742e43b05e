import type { ChatButtonT } from '@cchc/shared/api/chat';
import { phoneDigits } from '@cchc/shared/text/phone';
import { Link } from 'react-router-dom';
import { ChevronRightIcon, DocumentIcon, PhoneIcon } from '../../../components/icons.tsx';
import { isInZalo, openPhone } from '../../../lib/zalo.ts';
import type { ChatMessage } from '../hooks/chat-store.ts';
import { appPath } from '../app-path.ts';

const AUTHOR_LABEL = { citizen: 'Bạn', bot: 'Trợ lý', officer: 'Cán bộ' } as const;

/** One message: large text; the bot's procedure cards and buttons under it. */
export function ChatBubble({ message, unit, onQuery }: { message: ChatMessage; unit: string; onQuery: (text: string) => void }) {
  return (
    <li className={`chat-bubble chat-bubble--${message.author}`} data-testid={`chat-${message.author}`}>
      <span className="chat-bubble__author">{AUTHOR_LABEL[message.author]}</span>
      <p className="chat-bubble__text">{message.text}</p>
      {message.procedures && message.procedures.length > 0 && (
        <ul className="chat-procedures">
          {message.procedures.slice(0, 3).map((p) => (
            <li key={p.code}>
              <Link className="chat-procedure-card" to={`/procedures/${encodeURIComponent(p.code)}`} data-testid="chat-procedure-card">
                <DocumentIcon size={24} />
                <span className="chat-procedure-card__name">{p.name}</span>
                <ChevronRightIcon className="list-row__chevron" />
              </Link>
            </li>
          ))}
        </ul>
      )}
      {message.buttons && message.buttons.length > 0 && (
        <div className="chat-buttons">
          {message.buttons.map((button, i) => (
            <ChatButton key={`${button.type}-${i}`} button={button} unit={unit} onQuery={onQuery} />
          ))}
        </div>
      )}
    </li>
  );
}

function ChatButton({ button, unit, onQuery }: { button: ChatButtonT; unit: string; onQuery: (text: string) => void }) {
  if (button.type === 'open') {
    return (
      <Link className="chat-button" to={appPath(button.path, unit)} data-testid="chat-button-open">
        {button.title}
      </Link>
    );
  }
  if (button.type === 'phone') {
    return (
      <a
        className="chat-button chat-button--phone"
        href={`tel:${phoneDigits(button.phone)}`}
        data-testid="chat-button-phone"
        onClick={(event) => {
          if (!isInZalo()) return;
          event.preventDefault();
          void openPhone(button.phone);
        }}
      >
        <PhoneIcon size={22} /> {button.title}: {button.phone}
      </a>
    );
  }
  return (
    <button type="button" className="chat-button" data-testid="chat-button-query" onClick={() => onQuery(button.text)}>
      {button.title}
    </button>
  );
}
