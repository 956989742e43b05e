import type { ChannelKindT, OnlineLevelT } from '@cchc/shared/api/catalog';
import { CHANNEL_LABELS, ONLINE_LEVEL_LABELS } from '@cchc/shared/api/labels';
import { SelectField, TextAreaField, TextField } from '../../../../ui/index.ts';
import { DayInput } from '../../../components/day-input.tsx';
import { ListEditor } from '../../../components/list-editor.tsx';
import type { ProcedureInput } from '../api/catalog.ts';

export function emptyProcedure(): ProcedureInput {
  return {
    code: '',
    name: '',
    field: '',
    onlineLevel: 'khong',
    summary: '',
    content: {
      level: 'Cấp xã',
      steps: [''],
      channels: [{ kind: 'truc_tiep', timeLimit: '', fee: '' }],
      documentCases: [{ case: '', documents: [{ name: '', originals: 1, copies: 0 }] }],
      subjects: '',
      agency: '',
      result: '',
      conditions: '',
      legalBasis: [],
      onlineUrl: null,
      sourceUrl: null,
    },
  };
}

type Channel = ProcedureInput['content']['channels'][number];
type DocumentCase = ProcedureInput['content']['documentCases'][number];
type Document = DocumentCase['documents'][number];
type Basis = ProcedureInput['content']['legalBasis'][number];

type Props = { value: ProcedureInput; onChange: (value: ProcedureInput) => void; isNew: boolean };

/** Every published part of a procedure (Nghị định 63/2010): name, steps, channels with time and fees, documents by case… */
export function ProcedureForm({ value, onChange, isNew }: Props) {
  const set = (patch: Partial<ProcedureInput>) => onChange({ ...value, ...patch });
  const content = value.content;
  const setContent = (patch: Partial<ProcedureInput['content']>) => onChange({ ...value, content: { ...content, ...patch } });
  const int = (v: string) => Math.max(0, Math.round(Number(v) || 0));

  return (
    <div className="c-stack">
      <div className="c-grid-2">
        <TextField label="Mã thủ tục" value={value.code} onChange={(v) => set({ code: v.trim() })} disabled={!isNew} placeholder="1.001193" hint={isNew ? 'Mã trên CSDL quốc gia, có thể kèm hậu tố của tỉnh.' : undefined} />
        <TextField label="Lĩnh vực" value={value.field} onChange={(v) => set({ field: v })} maxLength={200} />
      </div>
      <TextField label="Tên thủ tục" value={value.name} onChange={(v) => set({ name: v })} maxLength={500} />
      <div className="c-grid-2">
        <SelectField label="Mức độ trực tuyến" value={value.onlineLevel} onChange={(v) => set({ onlineLevel: v as OnlineLevelT })}>
          {(Object.keys(ONLINE_LEVEL_LABELS) as OnlineLevelT[]).map((k) => (
            <option key={k} value={k}>
              {ONLINE_LEVEL_LABELS[k]}
            </option>
          ))}
        </SelectField>
        <TextField label="Cấp thực hiện" value={content.level} onChange={(v) => setContent({ level: v })} />
      </div>
      <TextAreaField label="Tóm tắt" value={value.summary} onChange={(v) => set({ summary: v })} rows={2} maxLength={1000} />

      <ListEditor<string>
        legend="Trình tự thực hiện"
        items={content.steps}
        onChange={(steps) => setContent({ steps })}
        make={() => ''}
        addLabel="Thêm bước"
        itemLabel={(i) => `Bước ${i + 1}`}
        render={(step, setStep, i) => <TextAreaField label={`Nội dung bước ${i + 1}`} value={step} onChange={setStep} rows={2} />}
      />

      <ListEditor<Channel>
        legend="Cách thức thực hiện"
        items={content.channels}
        onChange={(channels) => setContent({ channels })}
        make={() => ({ kind: 'truc_tiep', timeLimit: '', fee: '' })}
        addLabel="Thêm cách thức"
        itemLabel={(i) => `Cách thức ${i + 1}`}
        render={(channel, setChannel) => (
          <div className="c-grid-2">
            <SelectField label="Kênh" value={channel.kind} onChange={(v) => setChannel({ ...channel, kind: v as ChannelKindT })}>
              {(Object.keys(CHANNEL_LABELS) as ChannelKindT[]).map((k) => (
                <option key={k} value={k}>
                  {CHANNEL_LABELS[k]}
                </option>
              ))}
            </SelectField>
            <TextField label="Thời hạn giải quyết" value={channel.timeLimit} onChange={(v) => setChannel({ ...channel, timeLimit: v })} />
            <TextField label="Phí, lệ phí (ghi nguyên văn)" value={channel.fee} onChange={(v) => setChannel({ ...channel, fee: v })} />
            <TextField label="Ghi chú" value={channel.note ?? ''} onChange={(v) => setChannel({ ...channel, note: v || undefined })} />
          </div>
        )}
      />

      <ListEditor<DocumentCase>
        legend="Thành phần hồ sơ"
        items={content.documentCases}
        onChange={(documentCases) => setContent({ documentCases })}
        make={() => ({ case: '', documents: [{ name: '', originals: 1, copies: 0 }] })}
        addLabel="Thêm trường hợp"
        itemLabel={(i) => `Trường hợp ${i + 1}`}
        render={(docCase, setCase, i) => (
          <div className="c-stack">
            <TextField label="Trường hợp (để trống nếu áp dụng cho mọi trường hợp)" value={docCase.case} onChange={(v) => setCase({ ...docCase, case: v })} />
            <ListEditor<Document>
              legend={`Giấy tờ của trường hợp ${i + 1}`}
              items={docCase.documents}
              onChange={(documents) => setCase({ ...docCase, documents })}
              make={() => ({ name: '', originals: 1, copies: 0 })}
              addLabel="Thêm giấy tờ"
              itemLabel={(j) => `Giấy tờ ${j + 1}`}
              render={(doc, setDoc) => (
                <div className="c-grid-doc">
                  <TextField label="Tên giấy tờ" value={doc.name} onChange={(v) => setDoc({ ...doc, name: v })} />
                  <TextField label="Bản chính" type="number" min={0} value={String(doc.originals)} onChange={(v) => setDoc({ ...doc, originals: int(v) })} />
                  <TextField label="Bản sao" type="number" min={0} value={String(doc.copies)} onChange={(v) => setDoc({ ...doc, copies: int(v) })} />
                  <TextField label="Mẫu đơn, tờ khai" value={doc.template ?? ''} onChange={(v) => setDoc({ ...doc, template: v || undefined })} />
                </div>
              )}
            />
          </div>
        )}
      />

      <TextAreaField label="Đối tượng thực hiện" value={content.subjects} onChange={(v) => setContent({ subjects: v })} rows={2} />
      <TextAreaField label="Cơ quan thực hiện" value={content.agency} onChange={(v) => setContent({ agency: v })} rows={2} />
      <TextAreaField label="Kết quả thực hiện" value={content.result} onChange={(v) => setContent({ result: v })} rows={2} />
      <TextAreaField label="Yêu cầu, điều kiện" value={content.conditions} onChange={(v) => setContent({ conditions: v })} rows={3} hint="Để trống nếu không có." />

      <ListEditor<Basis>
        legend="Căn cứ pháp lý"
        items={content.legalBasis}
        onChange={(legalBasis) => setContent({ legalBasis })}
        make={() => ({ number: '', title: '' })}
        addLabel="Thêm văn bản"
        itemLabel={(i) => `Văn bản ${i + 1}`}
        render={(basis, setBasis) => (
          <div className="c-grid-basis">
            <TextField label="Số hiệu" value={basis.number} onChange={(v) => setBasis({ ...basis, number: v })} />
            <TextField label="Trích yếu" value={basis.title} onChange={(v) => setBasis({ ...basis, title: v })} />
            <DayInput label="Ngày ban hành" value={basis.issuedOn ?? ''} onChange={(v) => setBasis({ ...basis, issuedOn: v || undefined })} />
          </div>
        )}
      />

      <div className="c-grid-2">
        <TextField label="Địa chỉ nộp trực tuyến" value={content.onlineUrl ?? ''} onChange={(v) => setContent({ onlineUrl: v.trim() || null })} placeholder="https://dichvucong.gov.vn/…" />
        <TextField label="Nguồn công bố" value={content.sourceUrl ?? ''} onChange={(v) => setContent({ sourceUrl: v.trim() || null })} placeholder="https://…" />
      </div>
    </div>
  );
}
