import type { SatisfactionFiguresT } from '@cchc/shared/api/satisfaction';
import { formatCount, formatInterval, formatMean, formatPercent, lowSampleNote } from '@cchc/shared/satisfaction/figure-words';

/** The headline: the overall index with its 95 % interval, the sample against the size it needs, the mean score. */
export function IndexNumbers({ figures }: { figures: SatisfactionFiguresT }) {
  const o = figures.overall;
  const items = [
    { id: 'index', value: formatPercent(o.share), label: 'Chỉ số hài lòng chung' },
    { id: 'ci', value: formatInterval(o.ci), label: 'Khoảng tin cậy 95% (Wilson)' },
    {
      id: 'sample',
      value: formatCount(o.n),
      label: o.requiredSample === null ? 'Người trả lời (cỡ mẫu)' : `Người trả lời · cần ${formatCount(o.requiredSample)} (N = ${formatCount(o.population ?? 0)})`,
      tone: o.lowSample ? 'late' : undefined,
    },
    { id: 'mean', value: formatMean(o.mean), label: 'Điểm trung bình (thang 5)' },
    { id: 'responses', value: formatCount(figures.responses), label: 'Phiếu đánh giá' },
  ];
  return (
    <>
      <ul className="c-fnumbers" aria-label="Chỉ số chính">
        {items.map((item) => (
          <li key={item.id} className={item.tone ? `c-fnumber c-fnumber--${item.tone}` : 'c-fnumber'} data-testid={`sat-${item.id}`}>
            <strong className="c-fnumber__value">{item.value}</strong>
            <span className="c-fnumber__label">{item.label}</span>
          </li>
        ))}
      </ul>
      {o.lowSample && (
        <p className="c-notice c-notice--info" data-testid="sat-low-sample">
          ⚠ {lowSampleNote(o)}
        </p>
      )}
      <p className="c-muted">{figures.populationNote}</p>
    </>
  );
}
