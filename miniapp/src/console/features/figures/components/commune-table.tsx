import { formatCount, formatShare, overdueShare, sortByOverdueShare, type UnitRow } from '../lib/figures-words.ts';

/** The city's communes, the largest share overdue first. */
export function CommuneTable({ rows }: { rows: UnitRow[] }) {
  const sorted = sortByOverdueShare(rows);
  return (
    <div className="c-table-wrap">
      <table className="c-table" data-testid="figures-by-unit">
        <thead>
          <tr>
            <th scope="col">Xã, phường</th>
            <th scope="col" className="c-num">Tiếp nhận</th>
            <th scope="col" className="c-num">Đúng hạn</th>
            <th scope="col" className="c-num">Quá hạn</th>
            <th scope="col" className="c-num">Tỉ lệ quá hạn</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.slug} data-testid={`figures-unit-${row.slug}`}>
              <th scope="row">{row.name}</th>
              <td className="c-num">{formatCount(row.received)}</td>
              <td className="c-num">{formatCount(row.answeredOnTime)}</td>
              <td className="c-num">{formatCount(row.overdue)}</td>
              <td className="c-num">{formatShare(overdueShare(row))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
