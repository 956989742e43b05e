import type { PlanT } from '@cchc/shared/api/plans';
import type { ChannelT, KindT, PeriodicityT } from '@cchc/shared/plan/vocabulary';
import { useState, type ComponentProps } from 'react';
import { ApiError } from '../../../../lib/api-client.ts';
import { SelectField, TextAreaField, TextField } from '../../../../ui/index.ts';
import { DayInput } from '../../../components/day-input.tsx';
import { ListEditor } from '../../../components/list-editor.tsx';
import { Notice } from '../../../components/notice.tsx';
import { createPlan, savePlan } from '../api/plans.ts';
import { addImported, emptyDraft, emptyTarget, emptyTask, toDraft, toInput, type DraftTarget, type DraftTask, type PlanDraft } from '../lib/plan-draft.ts';
import { CHANNEL_LABELS, CHANNEL_ORDER, KIND_LABELS, KIND_ORDER, PERIODICITY_LABELS, PERIODICITY_ORDER } from '@cchc/shared/plan/labels';
import { TaskImport } from './task-import.tsx';

type Problem = { text: string; stale?: boolean };

/**
 * One plan's header, tasks and targets, saved together: PUT with the version read (a 409 says someone else
 * saved and offers to reload), or POST for a new plan. Remount it (key) to start again from the server's copy.
 */
export function PlanEditor({
  unit,
  plan,
  canEdit,
  onSaved,
  onReload,
}: {
  unit: string;
  plan: PlanT | null;
  canEdit: boolean;
  onSaved: (plan: PlanT) => void;
  onReload: () => void;
}) {
  const [draft, setDraft] = useState<PlanDraft>(() => (plan ? toDraft(plan) : emptyDraft(new Date().getFullYear())));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const set = (patch: Partial<PlanDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const save = async () => {
    const checked = toInput(draft);
    if ('problem' in checked) return setProblem({ text: checked.problem });
    setBusy(true);
    setProblem(null);
    try {
      const saved = plan ? await savePlan(unit, plan.id, { ...checked.input, version: plan.version }) : await createPlan(unit, checked.input);
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && plan) {
        setProblem({ text: 'Người khác đã lưu kế hoạch này trong lúc bạn sửa, nên thay đổi của bạn chưa được lưu. Hãy tải lại bản mới nhất rồi sửa lại.', stale: true });
      } else {
        setProblem({ text: error instanceof ApiError ? error.message : 'Chưa lưu được kế hoạch. Vui lòng thử lại.' });
      }
    } finally {
      setBusy(false);
    }
  };

  const taskName = (index: number) => `Nhiệm vụ ${index + 1}`;
  const disabled = !canEdit;

  return (
    <form
      className="c-stack c-plan"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <section className="c-card c-stack" aria-labelledby="plan-head">
        <h2 className="c-h2" id="plan-head">
          Thông tin kế hoạch
        </h2>
        <div className="c-grid-2">
          <TextField label="Số, ký hiệu" hint="Ví dụ: 45/KH-UBND" value={draft.number} maxLength={60} onChange={(number) => set({ number })} disabled={disabled} />
          <DayInput label="Ngày ban hành" value={draft.signedOn} onChange={(signedOn) => set({ signedOn })} disabled={disabled} />
        </div>
        <TextAreaField label="Trích yếu" rows={2} maxLength={500} value={draft.title} onChange={(title) => set({ title })} disabled={disabled} />
        <TextAreaField
          label="Căn cứ"
          hint="Mỗi căn cứ một dòng."
          rows={5}
          value={draft.legalBasis}
          onChange={(legalBasis) => set({ legalBasis })}
          disabled={disabled}
        />
        <div className="c-grid-2">
          <DayInput label="Từ ngày" value={draft.from} onChange={(from) => set({ from })} disabled={disabled} />
          <DayInput label="Đến ngày" value={draft.to} onChange={(to) => set({ to })} disabled={disabled} />
        </div>
      </section>

      <section className="c-card c-stack" aria-labelledby="plan-tasks">
        <h2 className="c-h2" id="plan-tasks">
          Nhiệm vụ cụ thể ({draft.tasks.length})
        </h2>
        {canEdit && (
          <details className="c-plan-import-box">
            <summary>Nhập nhiệm vụ từ tệp Excel (.xlsx)</summary>
            <TaskImport unit={unit} onAdd={(tasks, chosen) => setDraft((d) => addImported(d, tasks, chosen))} />
          </details>
        )}
        <Rows<DraftTask>
          canEdit={canEdit}
          legend="Các nhiệm vụ"
          items={draft.tasks}
          onChange={(tasks) => set({ tasks })}
          make={emptyTask}
          addLabel="Thêm nhiệm vụ"
          itemLabel={taskName}
          render={(task, update) => (
            <div className="c-plan-row c-plan-row--task" data-testid="plan-task">
              <TextAreaField className="c-plan-row__wide" label="Nội dung" rows={2} maxLength={2000} value={task.content} onChange={(content) => update({ ...task, content })} disabled={disabled} />
              <TextField label="Cơ quan chủ trì" maxLength={300} value={task.lead} onChange={(lead) => update({ ...task, lead })} disabled={disabled} />
              <TextField label="Cơ quan phối hợp" maxLength={500} value={task.partners} onChange={(partners) => update({ ...task, partners })} disabled={disabled} />
              <TextField label="Thời gian thực hiện" maxLength={200} value={task.timeframe} onChange={(timeframe) => update({ ...task, timeframe })} disabled={disabled} />
              <TextField label="Sản phẩm" maxLength={500} value={task.product} onChange={(product) => update({ ...task, product })} disabled={disabled} />
            </div>
          )}
        />
      </section>

      <section className="c-card c-stack" aria-labelledby="plan-targets">
        <h2 className="c-h2" id="plan-targets">
          Chỉ tiêu được đếm ({draft.targets.length})
        </h2>
        <p className="c-muted">Mỗi chỉ tiêu: tối thiểu bao nhiêu sản phẩm, hoạt động của một loại, trên một kênh, trong mỗi kỳ. Trang Tiến độ đếm theo đây.</p>
        <Rows<DraftTarget>
          canEdit={canEdit}
          legend="Các chỉ tiêu"
          items={draft.targets}
          onChange={(targets) => set({ targets })}
          make={emptyTarget}
          addLabel="Thêm chỉ tiêu"
          itemLabel={(i) => `Chỉ tiêu ${i + 1}`}
          render={(target, update) => (
            <div className="c-plan-row" data-testid="plan-target">
              <TextField className="c-plan-row__wide" label="Chỉ tiêu (lời của kế hoạch)" maxLength={300} value={target.label} onChange={(label) => update({ ...target, label })} disabled={disabled} />
              <SelectField label="Kênh" value={target.channel} onChange={(v) => update({ ...target, channel: v as ChannelT })} disabled={disabled}>
                {CHANNEL_ORDER.map((c) => (
                  <option key={c} value={c}>
                    {CHANNEL_LABELS[c]}
                  </option>
                ))}
              </SelectField>
              <SelectField label="Loại" value={target.kind} onChange={(v) => update({ ...target, kind: v as KindT })} disabled={disabled}>
                {KIND_ORDER.map((k) => (
                  <option key={k} value={k}>
                    {KIND_LABELS[k]}
                  </option>
                ))}
              </SelectField>
              <TextField label="Tối thiểu" type="number" inputMode="numeric" min={1} max={100000} value={target.minimum} onChange={(minimum) => update({ ...target, minimum })} disabled={disabled} />
              <SelectField label="Mỗi" value={target.periodicity} onChange={(v) => update({ ...target, periodicity: v as PeriodicityT })} disabled={disabled}>
                {PERIODICITY_ORDER.map((p) => (
                  <option key={p} value={p}>
                    {PERIODICITY_LABELS[p]}
                  </option>
                ))}
              </SelectField>
              <TextField label="Đơn vị thực hiện" maxLength={300} value={target.office} onChange={(office) => update({ ...target, office })} disabled={disabled} />
              <SelectField label="Thuộc nhiệm vụ" value={target.taskKey ?? ''} onChange={(v) => update({ ...target, taskKey: v || null })} disabled={disabled}>
                <option value="">Không gắn nhiệm vụ</option>
                {draft.tasks.map((task, i) => (
                  <option key={task.key} value={task.key}>
                    {taskName(i)}: {task.content.length > 60 ? `${task.content.slice(0, 60)}…` : task.content}
                  </option>
                ))}
              </SelectField>
            </div>
          )}
        />
      </section>

      {problem && (
        <Notice kind="error">
          {problem.text}{' '}
          {problem.stale && (
            <button type="button" className="c-btn c-btn--small" onClick={onReload}>
              Tải lại kế hoạch
            </button>
          )}
        </Notice>
      )}
      {canEdit && (
        <div className="c-row c-row--wrap c-plan__actions">
          <button type="submit" className="c-btn c-btn--primary" disabled={busy}>
            {busy ? 'Đang lưu…' : plan ? 'Lưu kế hoạch' : 'Tạo kế hoạch'}
          </button>
        </div>
      )}
    </form>
  );
}

/** The rows with "Lên", "Xuống", "Bỏ" and "Thêm" for whoever may save; for a reader, the same rows without them. */
function Rows<T>({ canEdit, ...props }: ComponentProps<typeof ListEditor<T>> & { canEdit: boolean }) {
  if (canEdit) return <ListEditor<T> {...props} />;
  return (
    <fieldset className="c-list-editor">
      <legend>{props.legend}</legend>
      {props.items.length === 0 && <p className="c-muted">Chưa có mục nào.</p>}
      <ol className="c-list-editor__items">
        {props.items.map((item, index) => (
          <li key={index} className="c-list-editor__item">
            <span className="c-list-editor__label">{props.itemLabel(index)}</span>
            {props.render(item, () => undefined, index)}
          </li>
        ))}
      </ol>
    </fieldset>
  );
}
