import type { FactorFigureT } from '@cchc/shared/api/satisfaction';
import { formatCount, formatInterval, formatMean, formatPercent } from '@cchc/shared/satisfaction/figure-words';

/** The five factors side by side: share satisfied, its interval, the mean, n; a small sample marked. */
export function FactorTable({ factors }: { factors: FactorFigureT[] }) {
  return (
    <div className="c-table-wrap">
      <table className="c-table" data-testid="sat-factors">
        <thead>
          <tr>
            <th scope="col">Yếu tố</th>
            <th scope="col">Hài lòng</th>
            <th scope="col">Khoảng tin cậy 95%</th>
            <th scope="col">Điểm TB</th>
            <th scope="col">Số người trả lời</th>
          </tr>
        </thead>
        <tbody>
          {factors.map((f) => (
            <tr key={f.factor}>
              <th scope="row">
                {f.factor}. {f.name}
              </th>
              <td className="c-num">{formatPercent(f.share)}</td>
              <td className="c-num">{formatInterval(f.ci)}</td>
              <td className="c-num">{formatMean(f.mean)}</td>
              <td className="c-num">
                {formatCount(f.n)}
                {f.lowSample && (
                  <span className="c-badge c-badge--muted c-sat-low" title="Dưới cỡ mẫu cần có: đọc thận trọng">
                    mẫu nhỏ
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
