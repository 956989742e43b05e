import { useEffect, useRef, useState } from 'react';
import type { ChartSpec } from './chart-spec.ts';

export type { ChartSeries, ChartSpec } from './chart-spec.ts';

type Drawn = { update(spec: ChartSpec): void; destroy(): void };

/**
 * A chart.js canvas (chart.js is imported only when a chart first shows, into its own chunk), with the same
 * figures as a table below it for whoever cannot read the colours or the canvas.
 */
export function Chart({ spec, title, testId }: { spec: ChartSpec; title: string; testId?: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawn = useRef<Drawn | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    if (drawn.current) {
      drawn.current.update(spec);
      return;
    }
    import('./chart-engine.ts').then(
      ({ drawChart }) => {
        if (cancelled || !canvas.current) return;
        drawn.current = drawChart(canvas.current, spec);
      },
      () => !cancelled && setFailed(true),
    );
    return () => {
      cancelled = true;
    };
  }, [spec]);

  useEffect(
    () => () => {
      drawn.current?.destroy();
      drawn.current = null;
    },
    [],
  );

  return (
    <figure className="c-chart" data-testid={testId}>
      <figcaption className="c-chart__title">{title}</figcaption>
      <div className="c-chart__canvas">
        <canvas ref={canvas} role="img" aria-label={`Biểu đồ: ${title}`} />
      </div>
      {failed && <p className="c-muted">Không vẽ được biểu đồ; số liệu ở bảng dưới đây.</p>}
      <details className="c-chart__table">
        <summary>Xem số liệu dạng bảng</summary>
        <div className="c-table-wrap">
          <table className="c-table">
            <thead>
              <tr>
                <th scope="col">{spec.xLabel ?? 'Tháng'}</th>
                {spec.series.map((s) => (
                  <th key={s.label} scope="col">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {spec.labels.map((label, i) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  {spec.series.map((s) => (
                    <td key={s.label} className="c-num">
                      {s.data[i] ?? '—'}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
