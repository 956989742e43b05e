import { useEffect, useRef, useState } from 'react';

/** A QR code of `text` on a canvas (drawn large, shown at the sheet's size, sharp when printed). */
export function QrCode({ text, size = 720, label }: { text: string; size?: number; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<'drawing' | 'drawn' | 'failed'>('drawing');

  useEffect(() => {
    let cancelled = false;
    setState('drawing');
    import('../lib/qr-engine.ts')
      .then(({ drawQr }) => (cancelled || !canvas.current ? undefined : drawQr(canvas.current, text, size)))
      .then(
        () => !cancelled && setState('drawn'),
        () => !cancelled && setState('failed'),
      );
    return () => {
      cancelled = true;
    };
  }, [text, size]);

  return (
    <div className="c-qr" data-state={state}>
      <canvas ref={canvas} className="c-qr__canvas" role="img" aria-label={label} data-testid="qr-canvas" data-text={text} />
      {state === 'failed' && <p className="c-notice c-notice--error">Không tạo được mã QR. Vui lòng tải lại trang.</p>}
    </div>
  );
}
