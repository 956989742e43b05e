import { createElement, Fragment, type ReactNode } from 'react';

/**
 * An article's body, already cleaned by the server (sanitize-html), rebuilt as React
 * elements from an allow-list instead of being set as HTML: DOMParser's document is inert
 * (no script runs, no image loads), and only these tags, http(s) links and our own media
 * images reach the page — a second wall behind the server's, never a replacement for it.
 */
const TAGS = new Set(['p', 'br', 'strong', 'em', 'b', 'i', 'ul', 'ol', 'li', 'a', 'img', 'h2', 'h3', 'blockquote']);
const OWN_MEDIA = '/api/v1/article-media/';

function rebuild(node: Node, key: number, mediaUrl: (path: string) => string): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const el = node as Element;
  const tag = el.tagName.toLowerCase();
  const children = Array.from(el.childNodes, (child, i) => rebuild(child, i, mediaUrl));
  if (!TAGS.has(tag)) return <Fragment key={key}>{children}</Fragment>;
  if (tag === 'img') {
    const src = el.getAttribute('src') ?? '';
    return src.startsWith(OWN_MEDIA) ? <img key={key} src={mediaUrl(src)} alt={el.getAttribute('alt') ?? ''} loading="lazy" /> : null;
  }
  if (tag === 'br') return <br key={key} />;
  if (tag === 'a') {
    const href = el.getAttribute('href') ?? '';
    if (!/^https?:\/\//i.test(href)) return <Fragment key={key}>{children}</Fragment>;
    return (
      <a key={key} href={href} target="_blank" rel="noopener noreferrer">
        {children}
      </a>
    );
  }
  return createElement(tag, { key }, ...children);
}

export function ArticleHtml({ html, className, testId, mediaUrl = (p) => p }: { html: string; className?: string; testId?: string; mediaUrl?: (path: string) => string }) {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  return (
    <div className={className} data-testid={testId}>
      {Array.from(body.childNodes, (child, i) => rebuild(child, i, mediaUrl))}
    </div>
  );
}
