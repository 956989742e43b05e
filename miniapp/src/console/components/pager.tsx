/** "Trang 2/7 · 1–20 trên 134" with previous / next. */
export function Pager({ offset, limit, total, onChange }: { offset: number; limit: number; total: number; onChange: (offset: number) => void }) {
  if (total <= limit && offset === 0) return null;
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.max(1, Math.ceil(total / limit));
  return (
    <nav className="c-pager" aria-label="Phân trang">
      <button type="button" className="c-btn" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))}>
        ← Trang trước
      </button>
      <span className="c-pager__info">
        Trang {page}/{pages} · {total === 0 ? 0 : offset + 1}–{Math.min(offset + limit, total)} trên {total}
      </span>
      <button type="button" className="c-btn" disabled={offset + limit >= total} onClick={() => onChange(offset + limit)}>
        Trang sau →
      </button>
    </nav>
  );
}
