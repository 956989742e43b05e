import type { PaknFiguresT } from '@cchc/shared/api/figures';
import { formatCount } from '../lib/figures-words.ts';

type Bucket = PaknFiguresT['byTopic'][number];

/** One row per topic or lĩnh vực: received, answered, on time, overdue. */
export function BucketTable({ rows, nameLabel, testId, empty }: { rows: Bucket[]; nameLabel: string; testId: string; empty: string }) {
  if (rows.length === 0) return <p className="c-muted">{empty}</p>;
  return (
    <div className="c-table-wrap">
      <table className="c-table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{nameLabel}</th>
            <th scope="col" className="c-num">Tiếp nhận</th>
            <th scope="col" className="c-num">Đã trả lời</th>
            <th scope="col" className="c-num">Đúng hạn</th>
            <th scope="col" className="c-num">Quá hạn</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">{row.name}</th>
              <td className="c-num">{formatCount(row.received)}</td>
              <td className="c-num">{formatCount(row.answered)}</td>
              <td className="c-num">{formatCount(row.answeredOnTime)}</td>
              <td className="c-num">{formatCount(row.overdue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
