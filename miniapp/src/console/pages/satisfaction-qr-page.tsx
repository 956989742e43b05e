import type { ProcedureSummaryT } from '@cchc/shared/api/catalog';
import { useState } from 'react';
import { apiGet, apiPath } from '../../lib/api-client.ts';
import { useQuery } from '../../lib/use-query.ts';
import { TextField } from '../../ui/index.ts';
import { PageHead } from '../components/layout.tsx';
import { UnitSwitcher, useActingUnit, useAllUnits, withUnit } from '../components/unit-switcher.tsx';
import { useMe } from '../lib/session.tsx';
import { Link } from 'react-router-dom';
import { QrSheet, type SheetSpec } from '../features/satisfaction/components/qr-sheet.tsx';
import { miniAppBase } from '../features/satisfaction/lib/survey-base.ts';
import '../features/satisfaction/satisfaction.css';

let nextKey = 1;
const key = () => `s${nextKey++}`;

/** "In mã QR khảo sát": A5 sheets per desk and per procedure, each a QR code of the survey link with its context. */
export default function SatisfactionQrPage() {
  const me = useMe();
  const acting = useActingUnit();
  const unit = acting ?? me.unit.slug;
  const units = useAllUnits(me.role === 'city_admin');
  const unitName = acting ? (units?.find((u) => u.slug === acting)?.name ?? acting) : me.unit.name;
  const [sheets, setSheets] = useState<SheetSpec[]>(() => [{ key: key(), desk: 'Bộ phận Một cửa' }]);
  const [desk, setDesk] = useState('');
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const found = useQuery(search ? `console/qr-procedures/${unit}/${search}` : null, (signal) =>
    apiGet<{ items: ProcedureSummaryT[] }>(apiPath(['units', unit, 'procedures'], { q: search, limit: 8 }), { signal }),
  );
  const base = miniAppBase();

  return (
    <>
      <div className="c-noprint">
        <PageHead title="In mã QR khảo sát">
          <Link className="c-btn" to={withUnit('/satisfaction', acting)}>
            ← Mức độ hài lòng
          </Link>
          <button type="button" className="c-btn c-btn--primary" onClick={() => window.print()} disabled={sheets.length === 0}>
            In {sheets.length} tờ A5
          </button>
        </PageHead>
        <UnitSwitcher />
        <p className="c-muted">
          Mỗi tờ khổ A5 để trên một quầy hoặc cạnh một thủ tục. Người dân quét mã để mở phiếu đánh giá trên Mini App; phiếu ghi
          nhận quầy, thủ tục đã chọn.
        </p>
        <form
          className="c-filters"
          onSubmit={(event) => {
            event.preventDefault();
            const name = desk.normalize('NFC').trim();
            if (!name) return;
            setSheets((s) => [...s, { key: key(), desk: name.slice(0, 60) }]);
            setDesk('');
          }}
        >
          <TextField label="Thêm tờ cho quầy" value={desk} onChange={setDesk} maxLength={60} placeholder="Ví dụ: Quầy 2 — Tư pháp, hộ tịch" />
          <button type="submit" className="c-btn c-filters__submit">
            Thêm quầy
          </button>
        </form>
        <form
          className="c-filters"
          onSubmit={(event) => {
            event.preventDefault();
            setSearch(q.trim());
          }}
        >
          <TextField label="Thêm tờ cho thủ tục" value={q} onChange={setQ} placeholder="Tên hoặc mã thủ tục" />
          <button type="submit" className="c-btn c-filters__submit">
            Tìm thủ tục
          </button>
        </form>
        {found.data && (
          <ul className="c-list c-qr-found" data-testid="qr-procedures">
            {found.data.items.length === 0 && <li className="c-muted">Không tìm thấy thủ tục phù hợp.</li>}
            {found.data.items.map((p) => (
              <li key={p.code} className="c-row">
                <span>
                  {p.name} <span className="c-muted">({p.code})</span>
                </span>
                <button
                  type="button"
                  className="c-btn c-btn--small"
                  onClick={() => setSheets((s) => [...s, { key: key(), procedure: { code: p.code, name: p.name } }])}
                >
                  Thêm tờ
                </button>
              </li>
            ))}
          </ul>
        )}
        {sheets.length > 0 && (
          <ul className="c-list c-qr-chosen" aria-label="Các tờ sẽ in">
            {sheets.map((s) => (
              <li key={s.key} className="c-row">
                <span>{s.desk ?? `Thủ tục ${s.procedure?.code}`}</span>
                <button type="button" className="c-btn c-btn--small c-btn--ghost" onClick={() => setSheets((all) => all.filter((x) => x.key !== s.key))}>
                  Bỏ
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="c-a5-sheets">
        {sheets.map((s) => (
          <QrSheet key={s.key} unit={unit} unitName={unitName} sheet={s} base={base} />
        ))}
      </div>
    </>
  );
}
