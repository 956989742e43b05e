import type { Ratio766T, Ratios766T } from '@cchc/shared/api/satisfaction';
import { formatCount, formatPercent } from '@cchc/shared/satisfaction/figure-words';

/** The three satisfaction ratios of Quyết định 766/QĐ-TTg, each with what it divides. */
export function Ratios766({ ratios }: { ratios: Ratios766T }) {
  const rows: { id: string; ratio: Ratio766T }[] = [
    { id: 'pakn-on-time', ratio: ratios.paknOnTime },
    { id: 'pakn-satisfied', ratio: ratios.paknSatisfied },
    { id: 'tthc-satisfied', ratio: ratios.tthcSatisfied },
  ];
  return (
    <ul className="c-fnumbers c-sat-ratios" aria-label="Tỉ lệ theo Quyết định 766">
      {rows.map(({ id, ratio }) => (
        <li key={id} className="c-fnumber" data-testid={`ratio-${id}`}>
          <strong className="c-fnumber__value">{formatPercent(ratio.ratio)}</strong>
          <span className="c-fnumber__label">{ratio.name}</span>
          <span className="c-muted">
            {formatCount(ratio.numerator)}/{formatCount(ratio.denominator)} · {ratio.note}
          </span>
        </li>
      ))}
    </ul>
  );
}
