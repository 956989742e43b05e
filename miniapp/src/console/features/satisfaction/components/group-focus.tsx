import type { GroupFigureT, SatisfactionFiguresT } from '@cchc/shared/api/satisfaction';
import { formatCount, formatInterval, formatPercent, lowSampleNote } from '@cchc/shared/satisfaction/figure-words';
import { SelectField } from '../../../../ui/index.ts';

export type Focus = { by: 'procedure' | 'field'; key: string } | null;

/**
 * "Xem riêng": one procedure's or one lĩnh vực's overall index, interval and sample, picked from the period's
 * breakdowns (the API answers them per procedure and lĩnh vực; the page's other figures stay the unit's whole).
 */
export function GroupFocus({ figures, focus, onChange }: { figures: SatisfactionFiguresT; focus: Focus; onChange: (focus: Focus) => void }) {
  const rows = focus ? (focus.by === 'procedure' ? figures.byProcedure : figures.byField) : [];
  const row: GroupFigureT | undefined = focus ? rows.find((r) => r.key === focus.key) : undefined;
  const procedures = figures.byProcedure.filter((p) => p.key !== '');
  if (procedures.length === 0 && figures.byField.length === 0) return null;
  return (
    <section className="c-card c-sat-focus" aria-label="Xem riêng một thủ tục hoặc lĩnh vực" data-testid="sat-focus">
      <div className="c-filters">
        <SelectField
          label="Xem riêng thủ tục"
          value={focus?.by === 'procedure' ? focus.key : ''}
          onChange={(key) => onChange(key ? { by: 'procedure', key } : null)}
        >
          <option value="">— Mọi thủ tục —</option>
          {procedures.map((p) => (
            <option key={p.key} value={p.key}>
              {p.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Xem riêng lĩnh vực" value={focus?.by === 'field' ? focus.key : ''} onChange={(key) => onChange(key ? { by: 'field', key } : null)}>
          <option value="">— Mọi lĩnh vực —</option>
          {figures.byField.map((f) => (
            <option key={f.key} value={f.key}>
              {f.name}
            </option>
          ))}
        </SelectField>
      </div>
      {focus && !row && <p className="c-muted">Không có phiếu nào của {focus.by === 'procedure' ? 'thủ tục' : 'lĩnh vực'} này trong kỳ.</p>}
      {row && (
        <div data-testid="sat-focus-figure">
          <p className="c-sat-focus__line">
            <strong>{row.name}</strong>: hài lòng chung <strong>{formatPercent(row.share)}</strong> · khoảng tin cậy 95% {formatInterval(row.ci)} ·{' '}
            {formatCount(row.n)} người trả lời
          </p>
          {row.lowSample && <p className="c-notice c-notice--info">⚠ {lowSampleNote(row)}</p>}
          <p className="c-muted">Các số liệu khác trên trang tính trên mọi phiếu của đơn vị trong kỳ.</p>
        </div>
      )}
    </section>
  );
}
