import sanitizeHtml from 'sanitize-html';

/** Our own media addresses: the only images an article's body may show. */
export const MEDIA_PATH = '/api/v1/article-media/';
const OWN_MEDIA = /^\/api\/v1\/article-media\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(?:jpg|png|webp)$/;
const HTTP_LINK = /^https?:\/\/[^\s/?#]+/i;

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'b', 'i', 'ul', 'ol', 'li', 'a', 'img', 'h2', 'h3', 'blockquote'],
  allowedAttributes: { a: ['href', 'rel', 'target'], img: ['src', 'alt'] },
  allowedSchemes: ['http', 'https'],
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  allowedStyles: {},
  // Script, style and the like go with their content, not just their tags.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'template'],
  disallowedTagsMode: 'discard',
  transformTags: {
    b: 'strong',
    i: 'em',
    a: (tagName, attribs) => {
      const href = (attribs.href ?? '').trim();
      if (!HTTP_LINK.test(href)) return { tagName, attribs: {} as sanitizeHtml.Attributes };
      return { tagName, attribs: { href, rel: 'noopener noreferrer', target: '_blank' } };
    },
    img: (tagName, attribs) => {
      const src = (attribs.src ?? '').trim();
      const kept: sanitizeHtml.Attributes = OWN_MEDIA.test(src) ? { src, alt: (attribs.alt ?? '').slice(0, 300) } : {};
      return { tagName, attribs: kept };
    },
  },
  // An image that is not ours is dropped; a link with no http(s) address keeps only its text.
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
};

/**
 * An article's body as readers may see it: a strict allow-list (paragraphs, emphasis,
 * lists, http(s) links opened with rel=noopener, our own images, h2/h3, quotes); no
 * script, style, event handler, frame or javascript: link survives. Run on save and
 * again when served, so a row written before a rule changed is still served clean.
 */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/** The media ids an article's body shows (to check they belong to the unit). */
export function mediaIdsIn(html: string): string[] {
  return [...html.matchAll(/\/api\/v1\/article-media\/([0-9a-f-]{36})\.(?:jpg|png|webp)/g)].map((m) => m[1]!);
}
