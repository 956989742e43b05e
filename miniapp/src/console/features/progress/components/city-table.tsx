import type { CityProgressRowT } from '@cchc/shared/api/plans';
import { Fragment, useState } from 'react';
import { Link } from 'react-router-dom';
import { behindText, sortCityRows } from '../lib/progress-words.ts';
import { CommuneTargets } from './commune-targets.tsx';

/** Every commune of the city for a period, the most behind first; a row opens to its targets. */
export function CityTable({ rows, periodKey }: { rows: CityProgressRowT[]; periodKey: string }) {
  const [open, setOpen] = useState<Set<string>>(new Set());
  const toggle = (slug: string) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (next.has(slug)) next.delete(slug);
      else next.add(slug);
      return next;
    });
  const sorted = sortCityRows(rows);
  return (
    <div className="c-table-wrap">
      <table className="c-table c-city-table" data-testid="city-progress">
        <thead>
          <tr>
            <th scope="col">Xã, phường</th>
            <th scope="col">Tình hình</th>
            <th scope="col" className="c-num">
              Chưa đạt
            </th>
            <th scope="col" className="c-num">
              Sắp hết hạn
            </th>
            <th scope="col" className="c-num">
              Đạt
            </th>
            <th scope="col" className="c-num">
              Đang thực hiện
            </th>
            <th scope="col">Chỉ tiêu</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => {
            const expanded = open.has(row.unit.slug);
            const behind = row.hasPlan && row.missed + row.atRisk > 0;
            return (
              <Fragment key={row.unit.slug}>
                <tr className={!row.hasPlan ? 'c-city-row c-city-row--noplan' : behind ? 'c-city-row c-city-row--behind' : 'c-city-row'} data-testid={`city-row-${row.unit.slug}`}>
                  <th scope="row">
                    <Link to={`/progress?unit=${encodeURIComponent(row.unit.slug)}&period=${encodeURIComponent(periodKey)}`}>{row.unit.name}</Link>
                  </th>
                  <td>{behindText(row)}</td>
                  <td className="c-num">{row.hasPlan ? row.missed : '—'}</td>
                  <td className="c-num">{row.hasPlan ? row.atRisk : '—'}</td>
                  <td className="c-num">{row.hasPlan ? row.met : '—'}</td>
                  <td className="c-num">{row.hasPlan ? row.ongoing : '—'}</td>
                  <td>
                    {row.targetCount > 0 && (
                      <button type="button" className="c-btn c-btn--small" aria-expanded={expanded} onClick={() => toggle(row.unit.slug)}>
                        {expanded ? 'Thu gọn' : `Xem ${row.targetCount} chỉ tiêu`}
                        <span className="c-sr-only"> của {row.unit.name}</span>
                      </button>
                    )}
                  </td>
                </tr>
                {expanded && (
                  <tr className="c-city-detail">
                    <td colSpan={7}>
                      <CommuneTargets unit={row.unit.slug} periodKey={periodKey} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
