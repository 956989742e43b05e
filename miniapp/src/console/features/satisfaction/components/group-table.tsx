import type { GroupFigureT } from '@cchc/shared/api/satisfaction';
import { formatCount, formatInterval, formatPercent } from '@cchc/shared/satisfaction/figure-words';

/** Overall satisfaction by commune, procedure or lĩnh vực: share, interval, n, a small sample marked. */
export function GroupTable({ rows, nameLabel, testId, empty }: { rows: GroupFigureT[]; nameLabel: string; testId: string; empty: string }) {
  if (rows.length === 0) return <p className="c-muted">{empty}</p>;
  return (
    <div className="c-table-wrap">
      <table className="c-table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{nameLabel}</th>
            <th scope="col">Hài lòng</th>
            <th scope="col">Khoảng tin cậy 95%</th>
            <th scope="col">Số người trả lời</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((g) => (
            <tr key={g.key}>
              <th scope="row">{g.name || 'Không ghi thủ tục'}</th>
              <td className="c-num">{formatPercent(g.share)}</td>
              <td className="c-num">{formatInterval(g.ci)}</td>
              <td className="c-num">
                {formatCount(g.n)}
                {g.lowSample && <span className="c-badge c-badge--muted c-sat-low">mẫu nhỏ</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
