import type { FeedbackStatusT, SeverityT } from '@cchc/shared/api/feedback';
import { FEEDBACK_STATUS_LABELS, SEVERITY_LABELS } from '@cchc/shared/api/labels';
import { compareVietnamese } from '@cchc/shared/text/collate';
import { CheckboxField, SelectField, TextField } from '../../../../ui/index.ts';
import { useMe } from '../../../lib/session.tsx';
import { useTopics, useUnits } from '../hooks/use-feedback.ts';

export type QueueFilterValues = {
  /** '' open items, 'all' every item, or one status. */
  status: '' | 'all' | FeedbackStatusT;
  topicId: string;
  severity: '' | SeverityT;
  overdue: boolean;
  mine: boolean;
  /** The search: code, phone or name (the server reads it). */
  q: string;
  /** The city administrator's commune (its slug), '' for all. */
  unit: string;
};

export function QueueFilters({ value, onChange }: { value: QueueFilterValues; onChange: (next: QueueFilterValues) => void }) {
  const topics = useTopics();
  const me = useMe();
  const set = (patch: Partial<QueueFilterValues>) => onChange({ ...value, ...patch });
  return (
    <form className="c-filters" aria-label="Lọc hàng chờ" onSubmit={(e) => e.preventDefault()}>
      <TextField
        className="c-filters__search"
        type="search"
        label="Tìm theo mã, số điện thoại, họ tên"
        placeholder="PA-2612-6K7ZM, 0912 345 678, Nguyễn Văn An"
        value={value.q}
        maxLength={100}
        onChange={(q) => set({ q })}
      />
      {me.role === 'city_admin' && <CommuneFilter value={value.unit} onChange={(unit) => set({ unit })} />}
      <SelectField label="Trạng thái" value={value.status} onChange={(v) => set({ status: v as QueueFilterValues['status'] })}>
        <option value="">Đang mở</option>
        <option value="all">Tất cả</option>
        {(Object.keys(FEEDBACK_STATUS_LABELS) as FeedbackStatusT[]).map((s) => (
          <option key={s} value={s}>
            {FEEDBACK_STATUS_LABELS[s]}
          </option>
        ))}
      </SelectField>
      <SelectField label="Chủ đề" value={value.topicId} onChange={(v) => set({ topicId: v })}>
        <option value="">Tất cả chủ đề</option>
        {topics.data?.items.map((t) => (
          <option key={t.id} value={String(t.id)}>
            {t.name}
            {t.active ? '' : ' (đã tắt)'}
          </option>
        ))}
      </SelectField>
      <SelectField label="Mức độ" value={value.severity} onChange={(v) => set({ severity: v as QueueFilterValues['severity'] })}>
        <option value="">Mọi mức độ</option>
        {(Object.keys(SEVERITY_LABELS) as SeverityT[]).map((s) => (
          <option key={s} value={s}>
            {SEVERITY_LABELS[s]}
          </option>
        ))}
      </SelectField>
      <div className="c-filters__checks">
        <CheckboxField label="Quá hạn" checked={value.overdue} onChange={(c) => set({ overdue: c })} />
        <CheckboxField label="Của tôi" checked={value.mine} onChange={(c) => set({ mine: c })} />
      </div>
    </form>
  );
}

/** The city administrator's queue spans every commune: pick one. */
function CommuneFilter({ value, onChange }: { value: string; onChange: (slug: string) => void }) {
  const units = useUnits();
  const communes = (units.data?.items ?? []).filter((u) => u.kind !== 'city').sort((a, b) => compareVietnamese(a.name, b.name));
  return (
    <SelectField label="Xã, phường" value={value} onChange={onChange}>
      <option value="">Mọi xã, phường</option>
      {communes.map((u) => (
        <option key={u.slug} value={u.slug}>
          {u.name}
        </option>
      ))}
    </SelectField>
  );
}
