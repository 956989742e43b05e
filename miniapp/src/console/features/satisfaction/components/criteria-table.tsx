import type { CriterionFigureT } from '@cchc/shared/api/satisfaction';
import { formatCount, formatMean, formatPercent } from '@cchc/shared/satisfaction/figure-words';

/** Criteria (nhận định), weakest first: the mean score, the share satisfied, n. */
export function CriteriaTable({ rows, testId }: { rows: CriterionFigureT[]; testId: string }) {
  if (rows.length === 0) return <p className="c-muted">Chưa có câu trả lời cho các tiêu chí.</p>;
  return (
    <div className="c-table-wrap">
      <table className="c-table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">Tiêu chí</th>
            <th scope="col">Yếu tố</th>
            <th scope="col">Điểm TB</th>
            <th scope="col">Hài lòng</th>
            <th scope="col">Số người trả lời</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.code}>
              <th scope="row">{c.text}</th>
              <td className="c-num">{c.factor ?? '—'}</td>
              <td className="c-num">{formatMean(c.mean)}</td>
              <td className="c-num">{formatPercent(c.share)}</td>
              <td className="c-num">{formatCount(c.n)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
