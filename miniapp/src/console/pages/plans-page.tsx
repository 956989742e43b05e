import { Link, useSearchParams } from 'react-router-dom';
import { useState } from 'react';
import { formatDate } from '../../lib/format.ts';
import { EmptyState, ErrorState, LoadingState } from '../../ui/index.ts';
import { PageHead } from '../components/layout.tsx';
import { Notice } from '../components/notice.tsx';
import { UnitSwitcher, useActingUnit, withUnit } from '../components/unit-switcher.tsx';
import { useMe } from '../lib/session.tsx';
import { PlanEditor } from '../features/plans/components/plan-editor.tsx';
import { forgetPlans, usePlan, usePlanList } from '../features/plans/hooks/use-plans.ts';
import '../features/plans/plans.css';

/**
 * "Kế hoạch": the unit's communication plans (newest first); ?plan=<id> opens one to edit its header, tasks and
 * targets, ?plan=new starts a new one. The city administrator reads other units' plans without changing them.
 */
export default function PlansPage() {
  const me = useMe();
  const acting = useActingUnit();
  const unit = acting ?? me.unit.slug;
  const canEdit = unit === me.unit.slug;
  const [params, setParams] = useSearchParams();
  const open = params.get('plan');
  const id = open && /^\d+$/.test(open) ? Number(open) : null;
  const list = usePlanList(unit);
  const plan = usePlan(unit, id);
  const [saved, setSaved] = useState<string | null>(null);
  const [round, setRound] = useState(0);

  const go = (next: string | null) => {
    const p = new URLSearchParams(params);
    if (next === null) p.delete('plan');
    else p.set('plan', next);
    setParams(p);
    setSaved(null);
  };
  const reloadPlan = () => {
    setSaved(null);
    setRound((n) => n + 1);
    plan.reload();
  };

  return (
    <>
      <PageHead title="Kế hoạch tuyên truyền CCHC">
        {open !== null ? (
          <button type="button" className="c-btn" onClick={() => go(null)}>
            Về danh sách kế hoạch
          </button>
        ) : (
          canEdit && (
            <button type="button" className="c-btn c-btn--primary" onClick={() => go('new')}>
              Thêm kế hoạch
            </button>
          )
        )}
      </PageHead>
      <UnitSwitcher />
      {!canEdit && <p className="c-notice c-notice--info">Bạn xem được kế hoạch của đơn vị này; chỉ cán bộ của đơn vị mới sửa được.</p>}
      {saved && <Notice kind="success">{saved}</Notice>}

      {open === null && (
        <>
          {list.status === 'error' && <ErrorState error={list.error} onRetry={list.reload} />}
          {!list.data && list.status === 'loading' && <LoadingState />}
          {list.data && list.data.items.length === 0 && (
            <EmptyState>
              <p>Đơn vị chưa có kế hoạch tuyên truyền nào. Hãy thêm kế hoạch của năm (hoặc 6 tháng) để trang Tiến độ có chỉ tiêu theo dõi.</p>
            </EmptyState>
          )}
          {list.data && list.data.items.length > 0 && (
            <ul className="c-plan-list">
              {list.data.items.map((p) => (
                <li key={p.id} className="c-card c-plan-list__item" data-testid="plan-item">
                  <div>
                    <Link className="c-plan-list__title" to={withUnit(`/plans?plan=${p.id}`, acting)}>
                      {p.title}
                    </Link>
                    <p className="c-muted">
                      {p.number ? `Số ${p.number} · ` : ''}Từ {formatDate(p.from)} đến {formatDate(p.to)}
                    </p>
                  </div>
                  <span className="c-muted">
                    {p.taskCount} nhiệm vụ · {p.targetCount} chỉ tiêu
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}

      {open === 'new' && canEdit && (
        <PlanEditor
          unit={unit}
          plan={null}
          canEdit
          onSaved={(created) => {
            forgetPlans(unit);
            list.reload();
            go(String(created.id));
            setSaved(`Đã tạo kế hoạch “${created.title}”.`);
          }}
          onReload={() => undefined}
        />
      )}

      {id !== null && (
        <>
          {plan.status === 'error' && <ErrorState error={plan.error} onRetry={plan.reload} />}
          {!plan.data && plan.status === 'loading' && <LoadingState />}
          {plan.data && (
            <PlanEditor
              key={`${plan.data.id}-${plan.data.version}-${round}`}
              unit={unit}
              plan={plan.data}
              canEdit={canEdit}
              onSaved={(next) => {
                forgetPlans(unit);
                list.reload();
                setRound((n) => n + 1);
                plan.reload();
                setSaved(`Đã lưu kế hoạch lúc ${new Date(next.updatedAt).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' })}.`);
              }}
              onReload={reloadPlan}
            />
          )}
        </>
      )}
    </>
  );
}
