import { describe, expect, it } from 'vitest';
import { mediaIdsIn, sanitizeArticleHtml } from '../../../../../server/src/features/articles/article-html.ts';

const OWN = '/api/v1/article-media/0b7f8a52-3c1d-4e5f-9a6b-7c8d9e0f1a2b.jpg';
const clean = sanitizeArticleHtml;

describe('article bodies keep only the allow-list', () => {
  it('keeps paragraphs, emphasis, lists, headings, quotes, http links and our own images', () => {
    const html = `<h2>Tiêu đề</h2><p><strong>Đậm</strong> <em>nghiêng</em></p><ul><li>một</li></ul><ol><li>hai</li></ol><blockquote>trích</blockquote><h3>Nhỏ</h3><p><a href="https://dichvucong.gov.vn">Cổng DVC</a><br></p><img src="${OWN}" alt="Ảnh">`;
    const out = clean(html);
    expect(out).toContain('<h2>Tiêu đề</h2>');
    expect(out).toContain('<strong>Đậm</strong> <em>nghiêng</em>');
    expect(out).toContain('<ul><li>một</li></ul><ol><li>hai</li></ol>');
    expect(out).toContain('<blockquote>trích</blockquote>');
    expect(out).toContain('<a href="https://dichvucong.gov.vn" rel="noopener noreferrer" target="_blank">Cổng DVC</a>');
    expect(out).toContain(`<img src="${OWN}" alt="Ảnh" />`);
  });

  it('turns b and i into strong and em', () => {
    expect(clean('<b>x</b><i>y</i>')).toBe('<strong>x</strong><em>y</em>');
  });

  it.each([
    ['script', '<p>a</p><script>window.pwned = 1</script>', '<p>a</p>'],
    ['script with odd case', '<ScRiPt>alert(1)</sCrIpT><p>b</p>', '<p>b</p>'],
    ['img onerror', '<img src=x onerror="window.pwned=1">', ''],
    ['own img with onerror', `<img src="${OWN}" onerror="window.pwned=1">`, `<img src="${OWN}" alt="" />`],
    ['svg onload', '<svg onload="window.pwned=1"><circle r="1"/></svg><p>c</p>', '<p>c</p>'],
    ['javascript: href', '<a href="javascript:alert(1)">bấm</a>', '<a>bấm</a>'],
    ['javascript: href with entities', '<a href="jav&#x09;ascript:alert(1)">bấm</a>', '<a>bấm</a>'],
    ['data: href', '<a href="data:text/html,<script>alert(1)</script>">x</a>', '<a>x</a>'],
    ['relative href', '<a href="/console">x</a>', '<a>x</a>'],
    ['style with expression', '<p style="width: expression(alert(1))">d</p>', '<p>d</p>'],
    ['style tag', '<style>body{background:url(javascript:alert(1))}</style><p>e</p>', '<p>e</p>'],
    ['iframe', '<iframe src="https://evil.example"></iframe><p>f</p>', '<p>f</p>'],
    ['object/embed', '<object data="x.swf"></object><embed src="x.swf"><p>g</p>', '<p>g</p>'],
    ['event handler on p', '<p onclick="window.pwned=1" onmouseover="x()">h</p>', '<p>h</p>'],
    ['foreign image', '<img src="https://tracker.example/p.gif">', ''],
    ['data image', '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">', ''],
    ['form and input', '<form action="https://x"><input name="a"><button>Gửi</button></form>', 'Gửi'],
    ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><p>i</p>', '<p>i</p>'],
    // Payloads of the browser test (test/e2e/articles.e2e.test.ts), kept here one by one.
    ['mXSS through math and mglyph', '<math><mtext><table><mglyph><style><img src=x onerror="window.pwned=1">', ''],
    ['noscript with a closing tag in an attribute', '<noscript><p title="</noscript><img src=x onerror=window.pwned=1>">', ''],
    ['details ontoggle', '<details open ontoggle="window.pwned=1">x</details>', 'x'],
    ['template', '<template><img src=x onerror="window.pwned=1"></template><p>j</p>', '<p>j</p>'],
    ['script inside svg', '<svg><script>alert(1)</script></svg><p>k</p>', '<p>k</p>'],
    ['iframe srcdoc', '<iframe srcdoc="<script>parent.pwned=1</script>"></iframe><p>l</p>', '<p>l</p>'],
    ['javascript: href with spaces and odd case', '<a href="  JaVaScRiPt:alert(1)">bấm</a>', '<a>bấm</a>'],
    ['protocol-relative href', '<a href="//evil.example/x">x</a>', '<a>x</a>'],
    ['own image path with a query', `<img src="${OWN}?x=1">`, ''],
    ['javascript: img src in capitals', '<IMG SRC=JaVaScRiPt:alert(1)>', ''],
  ])('%s', (_name, html, expected) => {
    const out = clean(html);
    expect(out).toBe(expected);
    expect(out).not.toMatch(/script|onerror|onload|javascript:|expression\(|iframe|style=/i);
  });

  it('is stable: cleaning clean HTML changes nothing', () => {
    const once = clean(`<p><a href="https://a.vn">a</a><img src="${OWN}" alt="b"></p>`);
    expect(clean(once)).toBe(once);
  });

  it('finds the media ids a body shows', () => {
    expect(mediaIdsIn(`<p><img src="${OWN}" /></p>`)).toEqual(['0b7f8a52-3c1d-4e5f-9a6b-7c8d9e0f1a2b']);
  });
});
