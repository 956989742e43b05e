import { SIPAS_FACTORS, type QuestionSetInputT } from '@cchc/shared/api/satisfaction';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../../ui/index.ts';
import { ListEditor } from '../../../components/list-editor.tsx';
import { KIND_LABELS } from '../lib/question-set-input.ts';

type Question = QuestionSetInputT['questions'][number];
type Expectation = QuestionSetInputT['expectations'][number];

let made = 0;
const newCode = (prefix: string) => `${prefix}${Date.now().toString(36).slice(-4)}${made++}`;

/** A draft question set: its texts, the questions in order (text, factor, kind, required), the expectations. */
export function QuestionSetForm({ value, onChange }: { value: QuestionSetInputT; onChange: (value: QuestionSetInputT) => void }) {
  return (
    <div className="c-stack" data-testid="question-set-form">
      <TextField label="Tên bộ câu hỏi" value={value.title} onChange={(title) => onChange({ ...value, title })} maxLength={200} />
      <TextAreaField label="Lời mở đầu" value={value.intro} onChange={(intro) => onChange({ ...value, intro })} maxLength={1000} rows={3} />
      <TextAreaField label="Căn cứ, nguồn" value={value.source} onChange={(source) => onChange({ ...value, source })} maxLength={2000} rows={3} />
      <ListEditor<Question>
        legend="Câu hỏi (theo thứ tự hỏi)"
        items={value.questions}
        onChange={(questions) => onChange({ ...value, questions })}
        itemLabel={(i) => `Câu ${i + 1}`}
        addLabel="Thêm câu hỏi"
        make={() => ({ code: newCode('Q'), factor: 1, kind: 'criterion', text: '', required: false })}
        render={(q, set, i) => (
          <div className="c-stack" data-testid="question-row" data-code={q.code}>
            <TextAreaField label={`Nội dung câu ${i + 1}`} value={q.text} onChange={(text) => set({ ...q, text })} maxLength={500} rows={2} />
            <div className="c-row c-row--wrap">
              <SelectField
                label="Yếu tố"
                value={q.factor === null ? '' : String(q.factor)}
                onChange={(v) => set({ ...q, factor: v === '' ? null : Number(v), kind: v === '' ? 'overall' : q.kind === 'overall' ? 'criterion' : q.kind })}
              >
                <option value="">— (hài lòng chung)</option>
                {SIPAS_FACTORS.map((f) => (
                  <option key={f.factor} value={f.factor}>
                    {f.factor}. {f.name}
                  </option>
                ))}
              </SelectField>
              <SelectField label="Loại câu" value={q.kind} onChange={(kind) => set({ ...q, kind: kind as Question['kind'] })}>
                {(Object.keys(KIND_LABELS) as Question['kind'][]).map((k) => (
                  <option key={k} value={k}>
                    {KIND_LABELS[k]}
                  </option>
                ))}
              </SelectField>
              <TextField label="Mã" value={q.code} onChange={(code) => set({ ...q, code })} maxLength={40} hint="Giữ mã để so sánh được với phiên bản trước." />
            </div>
            <CheckboxField label="Bắt buộc trả lời" checked={q.required} onChange={(required) => set({ ...q, required })} />
          </div>
        )}
      />
      <ListEditor<Expectation>
        legend="Mong đợi (điều cần cải thiện trước)"
        items={value.expectations}
        onChange={(expectations) => onChange({ ...value, expectations })}
        itemLabel={(i) => `Mong đợi ${i + 1}`}
        addLabel="Thêm mong đợi"
        make={() => ({ code: newCode('E'), text: '' })}
        render={(e, set) => <TextField label="Nội dung" value={e.text} onChange={(text) => set({ ...e, text })} maxLength={300} />}
      />
    </div>
  );
}
