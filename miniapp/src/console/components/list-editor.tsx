import type { ReactNode } from 'react';

/** An editable list: each item rendered by the caller, with "Lên", "Xuống", "Bỏ" and an add button. */
export function ListEditor<T>({
  legend,
  items,
  onChange,
  render,
  make,
  addLabel,
  itemLabel,
}: {
  legend: string;
  items: T[];
  onChange: (items: T[]) => void;
  render: (item: T, set: (item: T) => void, index: number) => ReactNode;
  make: () => T;
  addLabel: string;
  itemLabel: (index: number) => string;
}) {
  const move = (from: number, to: number) => {
    const next = [...items];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved);
    onChange(next);
  };
  return (
    <fieldset className="c-list-editor">
      <legend>{legend}</legend>
      {items.length === 0 && <p className="c-muted">Chưa có mục nào.</p>}
      <ol className="c-list-editor__items">
        {items.map((item, index) => (
          <li key={index} className="c-list-editor__item">
            <div className="c-list-editor__head">
              <span className="c-list-editor__label">{itemLabel(index)}</span>
              <span className="c-row">
                <button type="button" className="c-btn c-btn--ghost c-btn--small" disabled={index === 0} onClick={() => move(index, index - 1)} aria-label={`Đưa ${itemLabel(index)} lên`}>
                  ↑
                </button>
                <button type="button" className="c-btn c-btn--ghost c-btn--small" disabled={index === items.length - 1} onClick={() => move(index, index + 1)} aria-label={`Đưa ${itemLabel(index)} xuống`}>
                  ↓
                </button>
                <button type="button" className="c-btn c-btn--ghost c-btn--small" onClick={() => onChange(items.filter((_, i) => i !== index))}>
                  Bỏ
                </button>
              </span>
            </div>
            {render(item, (value) => onChange(items.map((old, i) => (i === index ? value : old))), index)}
          </li>
        ))}
      </ol>
      <button type="button" className="c-btn c-btn--small" onClick={() => onChange([...items, make()])}>
        {addLabel}
      </button>
    </fieldset>
  );
}
