/** A password or key the server shows once: large, selectable, with what to do and a button to hide it. */
export function OneTimeSecret({ title, secret, children, onDone, testId }: { title: string; secret: string; children: React.ReactNode; onDone: () => void; testId: string }) {
  return (
    <section className="c-card c-secret" role="status" aria-live="polite">
      <h2 className="c-h2">{title}</h2>
      <p className="c-secret__value c-mono" data-testid={testId}>
        {secret}
      </p>
      <p>{children}</p>
      <div className="c-row c-row--wrap">
        <button type="button" className="c-btn" onClick={() => void navigator.clipboard?.writeText(secret).catch(() => {})}>
          Sao chép
        </button>
        <button type="button" className="c-btn c-btn--primary" onClick={onDone}>
          Đã ghi lại, ẩn đi
        </button>
      </div>
    </section>
  );
}
