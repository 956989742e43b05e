import { useId, useLayoutEffect, useRef, useState } from 'react';

/**
 * A long text shown on a few lines first, with "Xem thêm" to read it all (and "Thu gọn" back). The button
 * appears only when the text really is cut.
 */
export function ClampedText({ text, lines = 6, className }: { text: string; lines?: number; className?: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const id = useId();
  const [open, setOpen] = useState(false);
  const [clipped, setClipped] = useState(false);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || open) return;
    const measure = () => setClipped(element.scrollHeight > element.clientHeight + 1);
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(element);
    return () => observer?.disconnect();
  }, [text, open]);

  return (
    <>
      <p
        ref={ref}
        id={id}
        className={[className, 'text-block', open ? '' : 'clamped'].filter(Boolean).join(' ')}
        style={open ? undefined : { WebkitLineClamp: lines }}
      >
        {text}
      </p>
      {(clipped || open) && (
        <button type="button" className="link-button clamp-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
          {open ? 'Thu gọn' : 'Xem thêm'}
        </button>
      )}
    </>
  );
}
