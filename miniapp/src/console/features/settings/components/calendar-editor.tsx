import { formatDay } from '@cchc/shared/calendar/working-days';
import { useEffect, useState } from 'react';
import { ApiError } from '../../../../lib/api-client.ts';
import { ErrorState, LoadingState, SelectField, TextField } from '../../../../ui/index.ts';
import { DayInput } from '../../../components/day-input.tsx';
import { Notice } from '../../../components/notice.tsx';
import { putCalendar } from '../api/settings.ts';
import { invalidateQueries } from '../../../../lib/use-query.ts';
import { useCalendar, useCalendarOverview } from '../hooks/use-settings.ts';

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const weekday = (day: string) => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()] : '');
const isWeekend = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay();
  return d === 0 || d === 6;
};

function DayList({ label, days, onChange, canEdit, expectWeekend }: {
  label: string;
  days: string[];
  onChange: (days: string[]) => void;
  canEdit: boolean;
  expectWeekend: boolean;
}) {
  return (
    <fieldset className="c-days">
      <legend>{label}</legend>
      {days.length === 0 && <p className="c-muted">Không có ngày nào.</p>}
      <ul>
        {days.map((day, index) => {
          const wrongKind = day && isWeekend(day) !== expectWeekend;
          return (
            <li key={index} className="c-days__row">
              {canEdit ? (
                <DayInput
                  aria-label={`${label}: ngày ${index + 1}`}
                  value={day}
                  onChange={(iso) => onChange(days.map((d, i) => (i === index ? iso : d)))}
                />
              ) : (
                <span className="c-days__date">{formatDay(day)}</span>
              )}
              <span className={wrongKind ? 'c-days__weekday c-days__weekday--warn' : 'c-days__weekday'}>
                {weekday(day)}
                {wrongKind && (expectWeekend ? ' — không phải cuối tuần' : ' — đã là ngày nghỉ cuối tuần')}
              </span>
              {canEdit && (
                <button type="button" className="c-btn c-btn--ghost c-btn--small" onClick={() => onChange(days.filter((_, i) => i !== index))}>
                  Bỏ
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {canEdit && (
        <button type="button" className="c-btn c-btn--small" onClick={() => onChange([...days, ''])}>
          Thêm ngày
        </button>
      )}
    </fieldset>
  );
}

/** The working-day calendar of a year: days off on weekdays and make-up working weekends (city administrator edits). */
export function CalendarEditor({ canEdit }: { canEdit: boolean }) {
  const thisYear = Number(new Date().toLocaleString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }));
  const [year, setYear] = useState(thisYear);
  const calendar = useCalendar(year);
  const overview = useCalendarOverview();
  const [daysOff, setDaysOff] = useState<string[]>([]);
  const [workingDays, setWorkingDays] = useState<string[]>([]);
  const [source, setSource] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  useEffect(() => {
    if (!calendar.data) return;
    setDaysOff([...calendar.data.daysOff].sort());
    setWorkingDays([...calendar.data.workingDays].sort());
    setSource(calendar.data.source);
  }, [calendar.data]);

  useEffect(() => setNotice(null), [year]);

  const save = async () => {
    const off = daysOff.filter(Boolean).sort();
    const work = workingDays.filter(Boolean).sort();
    if (source.trim().length < 5) return setNotice({ kind: 'error', text: 'Vui lòng ghi văn bản căn cứ (ví dụ: Thông báo số .../TB-BNV).' });
    setBusy(true);
    setNotice(null);
    try {
      const saved = await putCalendar(year, { daysOff: [...new Set(off)], workingDays: [...new Set(work)], source: source.trim() });
      setDaysOff(saved.daysOff);
      setWorkingDays(saved.workingDays);
      setNotice({ kind: 'success', text: `Đã lưu lịch năm ${year}. Áp dụng cho các hạn tính từ nay.` });
      invalidateQueries('console/settings/calendar');
      overview.reload();
      calendar.reload();
    } catch (error) {
      setNotice({ kind: 'error', text: error instanceof ApiError ? error.message : 'Chưa lưu được.' });
    } finally {
      setBusy(false);
    }
  };

  const ORIGIN = {
    saved: 'Đã được quản trị nhập, sửa',
    official: 'Bảng dựng sẵn theo thông báo chính thức',
    computed: 'Dự kiến — tính theo Bộ luật Lao động 2019, chưa có thông báo chính thức',
  };
  const provisionalYears = new Set(overview.data?.years.filter((y) => y.provisional).map((y) => y.year));

  return (
    <div className="c-stack">
      <SelectField label="Năm" value={String(year)} onChange={(v) => setYear(Number(v))} className="c-narrow">
        {[thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map((y) => (
          <option key={y} value={y}>
            {provisionalYears.has(y) ? `${y} (Dự kiến)` : y}
          </option>
        ))}
      </SelectField>
      {calendar.status === 'error' && <ErrorState error={calendar.error} onRetry={calendar.reload} />}
      {!calendar.data && calendar.status === 'loading' && <LoadingState />}
      {calendar.data && (
        <>
          <p>
            <strong>Nguồn:</strong> <span data-testid="calendar-origin">{ORIGIN[calendar.data.origin]}</span>
          </p>
          {calendar.data.notes.length > 0 && (
            <ul className="c-notice c-notice--info c-list">
              {calendar.data.notes.map((note, i) => (
                <li key={i}>{note}</li>
              ))}
            </ul>
          )}
          {!canEdit && <p className="c-muted">Chỉ quản trị thành phố sửa được lịch ngày nghỉ.</p>}
          {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
          <div className="c-grid-2">
            <DayList label="Ngày nghỉ (thứ Hai – thứ Sáu)" days={daysOff} onChange={setDaysOff} canEdit={canEdit} expectWeekend={false} />
            <DayList label="Ngày làm bù (thứ Bảy, Chủ nhật)" days={workingDays} onChange={setWorkingDays} canEdit={canEdit} expectWeekend />
          </div>
          <TextField label="Văn bản căn cứ" value={source} onChange={setSource} disabled={!canEdit} maxLength={500} />
          {canEdit && (
            <div>
              <button type="button" className="c-btn c-btn--primary" disabled={busy} onClick={() => void save()}>
                {busy ? 'Đang lưu…' : `Lưu lịch năm ${year}`}
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
