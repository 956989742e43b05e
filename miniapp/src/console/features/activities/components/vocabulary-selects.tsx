import type { ChannelT, KindT } from '@cchc/shared/plan/vocabulary';
import { SelectField } from '../../../../ui/index.ts';
import { CHANNEL_LABELS, CHANNEL_ORDER, KIND_LABELS, KIND_ORDER } from '@cchc/shared/plan/labels';

type Props<T extends string> = { label: string; value: T | ''; onChange: (value: T) => void; error?: string | null; className?: string };

export function ChannelSelect({ label, value, onChange, error, className }: Props<ChannelT>) {
  return (
    <SelectField label={label} value={value} onChange={(v) => onChange(v as ChannelT)} error={error} className={className}>
      <option value="">— Chọn kênh —</option>
      {CHANNEL_ORDER.map((c) => (
        <option key={c} value={c}>
          {CHANNEL_LABELS[c]}
        </option>
      ))}
    </SelectField>
  );
}

export function KindSelect({ label, value, onChange, error, className }: Props<KindT>) {
  return (
    <SelectField label={label} value={value} onChange={(v) => onChange(v as KindT)} error={error} className={className}>
      <option value="">— Chọn loại —</option>
      {KIND_ORDER.map((k) => (
        <option key={k} value={k}>
          {KIND_LABELS[k]}
        </option>
      ))}
    </SelectField>
  );
}
