import type { ReactNode } from 'react';
import { isInZalo, openExternalUrl } from '../lib/zalo.ts';

/** A link to a web page outside the app: a real <a target=_blank> in a browser, a Zalo webview inside Zalo. */
export function ExternalLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  return (
    <a
      href={href}
      className={className}
      target="_blank"
      rel="noopener noreferrer"
      onClick={(event) => {
        if (!isInZalo()) return;
        event.preventDefault();
        void openExternalUrl(href);
      }}
    >
      {children}
    </a>
  );
}

/** Only http(s) addresses become links; anything else from the data is shown as text. */
export function isWebUrl(value: string | null | undefined): value is string {
  return typeof value === 'string' && /^https?:\/\/[^\s]+$/i.test(value.trim());
}
