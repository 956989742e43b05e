import type { ActivityT } from '@cchc/shared/api/activities';
import { vietnamDay } from '@cchc/shared/plan/periods';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PageHead } from '../components/layout.tsx';
import { Notice } from '../components/notice.tsx';
import { UnitSwitcher, useActingUnit } from '../components/unit-switcher.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../ui/index.ts';
import { useMe } from '../lib/session.tsx';
import { deleteActivity } from '../features/activities/api/activities.ts';
import { ActivityForm } from '../features/activities/components/activity-form.tsx';
import { ActivityList } from '../features/activities/components/activity-list.tsx';
import { BatchForm } from '../features/activities/components/batch-form.tsx';
import { MonthPicker } from '../features/activities/components/month-picker.tsx';
import { forgetActivities, useActivities } from '../features/activities/hooks/use-activities.ts';
import { defaultDay, monthFromParam, monthLabel, saveProblem } from '../features/activities/lib/activity-draft.ts';
import '../features/progress/progress.css';
import '../features/activities/activities.css';

type Mode = { kind: 'new' } | { kind: 'edit'; activity: ActivityT } | { kind: 'batch' } | null;

/** "Hoạt động tuyên truyền": the unit's activities month by month; log one, edit, delete, attach a file, or an office's monthly batch. */
export default function ActivitiesPage() {
  const me = useMe();
  const acting = useActingUnit();
  const unit = acting ?? me.unit.slug;
  // Officers write for their own unit only; the city reads the others.
  const canEdit = unit === me.unit.slug;
  const today = vietnamDay(new Date());
  const [params, setParams] = useSearchParams();
  const month = monthFromParam(params.get('month'), today);
  const list = useActivities(unit, month);
  const [mode, setMode] = useState<Mode>(null);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  const saved = (text: string) => {
    forgetActivities();
    list.reload();
    setMode(null);
    setNotice({ kind: 'success', text });
  };

  const remove = async (activity: ActivityT) => {
    if (!window.confirm(`Xoá hoạt động “${activity.title}” ngày ${activity.day.split('-').reverse().join('/')}?`)) return;
    setNotice(null);
    try {
      await deleteActivity(unit, activity.id);
      forgetActivities();
      list.reload();
      if (mode?.kind === 'edit' && mode.activity.id === activity.id) setMode(null);
      setNotice({ kind: 'success', text: 'Đã xoá hoạt động.' });
    } catch (error) {
      setNotice({ kind: 'error', text: saveProblem(error).text });
    }
  };

  return (
    <>
      <PageHead title="Hoạt động tuyên truyền">
        {canEdit && (
          <>
            <button type="button" className="c-btn c-btn--primary" onClick={() => { setNotice(null); setMode({ kind: 'new' }); }}>
              Ghi hoạt động
            </button>
            <button type="button" className="c-btn" onClick={() => { setNotice(null); setMode({ kind: 'batch' }); }}>
              Báo cáo tháng của cơ quan
            </button>
          </>
        )}
      </PageHead>
      <UnitSwitcher />
      <MonthPicker
        month={month}
        onChange={(next) => {
          const p = new URLSearchParams(params);
          p.set('month', next);
          setParams(p, { replace: true });
          setMode(null);
        }}
      />
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      {mode?.kind === 'new' && <ActivityForm key={`new-${month}`} unit={unit} day={defaultDay(month, today)} today={today} editing={null} onSaved={saved} onCancel={() => setMode(null)} />}
      {mode?.kind === 'edit' && (
        <ActivityForm key={`edit-${mode.activity.id}`} unit={unit} day={mode.activity.day} today={today} editing={mode.activity} onSaved={saved} onCancel={() => setMode(null)} />
      )}
      {mode?.kind === 'batch' && <BatchForm key={`batch-${month}`} unit={unit} month={month} onSaved={saved} onCancel={() => setMode(null)} />}

      <h2 className="c-h2">Hoạt động {monthLabel(month)}</h2>
      {list.status === 'error' && <ErrorState error={list.error} onRetry={list.reload} />}
      {!list.data && list.status === 'loading' && <LoadingState />}
      {list.data && (
        <div className={list.isFetching ? 'c-stale' : undefined}>
          {list.data.items.length === 0 ? (
            <EmptyState>
              <p>Chưa có hoạt động nào được ghi trong {monthLabel(month)}.</p>
            </EmptyState>
          ) : (
            <ActivityList
              list={list.data}
              canEdit={canEdit}
              onEdit={(activity) => {
                setNotice(null);
                setMode({ kind: 'edit', activity });
                window.scrollTo({ top: 0, behavior: 'smooth' });
              }}
              onDelete={(activity) => void remove(activity)}
            />
          )}
          {list.data.total > list.data.items.length && (
            <p className="c-muted">Đang hiện {list.data.items.length} trên {list.data.total} mục của tháng.</p>
          )}
        </div>
      )}
    </>
  );
}
