import type { GuideInputT } from '@cchc/shared/api/catalog-admin';
import { foldForSearch } from '@cchc/shared/text/normalize';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../lib/api-client.ts';
import { invalidateQueries } from '../../lib/use-query.ts';
import { ErrorState, LoadingState, TextAreaField, TextField } from '../../ui/index.ts';
import { Notice } from '../components/notice.tsx';
import { PageHead } from '../components/layout.tsx';
import { ListEditor } from '../components/list-editor.tsx';
import { useActingUnit, withUnit } from '../components/unit-switcher.tsx';
import { deleteGuide, saveGuide } from '../features/catalog/api/catalog.ts';
import { useAdminGuide } from '../features/catalog/hooks/use-catalog.ts';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const slugOf = (title: string) => foldForSearch(title).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);

type Form = { slug: string; title: string; summary: string; steps: GuideInputT['steps']; links: NonNullable<GuideInputT['links']> };

export default function GuideEditPage() {
  const { slug: param = '' } = useParams();
  const isNew = param === 'new';
  const unit = useActingUnit();
  const navigate = useNavigate();
  const loaded = useAdminGuide(isNew ? null : param, unit);
  const [form, setForm] = useState<Form | null>(isNew ? { slug: '', title: '', summary: '', steps: [{ title: '', body: '' }], links: [] } : null);
  const [slugTouched, setSlugTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  useEffect(() => {
    if (loaded.data) {
      const g = loaded.data;
      setForm({ slug: g.slug, title: g.title, summary: g.summary, steps: g.steps, links: g.links });
    }
  }, [loaded.data]);

  if (!form) {
    return (
      <>
        <PageHead title="Hướng dẫn" />
        {loaded.status === 'error' ? <ErrorState error={loaded.error} onRetry={loaded.reload} /> : <LoadingState />}
      </>
    );
  }

  const set = (patch: Partial<Form>) => setForm({ ...form, ...patch });

  const save = async () => {
    if (!SLUG.test(form.slug)) return setMessage({ kind: 'error', text: 'Mã hướng dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang.' });
    if (form.title.trim().length < 3) return setMessage({ kind: 'error', text: 'Vui lòng ghi tiêu đề (ít nhất 3 ký tự).' });
    if (form.steps.length === 0 || form.steps.some((s) => !s.title.trim())) return setMessage({ kind: 'error', text: 'Mỗi bước cần có tiêu đề; cần ít nhất một bước.' });
    if (form.links.some((l) => !l.label.trim() || !/^https?:\/\//.test(l.url.trim()))) {
      return setMessage({ kind: 'error', text: 'Mỗi liên kết cần tên và địa chỉ bắt đầu bằng http:// hoặc https://.' });
    }
    setBusy(true);
    setMessage(null);
    try {
      const saved = await saveGuide(
        form.slug,
        {
          title: form.title.trim(),
          summary: form.summary.trim(),
          steps: form.steps.map((s) => ({ title: s.title.trim(), body: s.body.trim() })),
          links: form.links.map((l) => ({ label: l.label.trim(), url: l.url.trim() })),
        },
        unit,
      );
      invalidateQueries('console/catalog/guide');
      setMessage({ kind: 'success', text: 'Đã lưu hướng dẫn.' });
      if (isNew) navigate(withUnit(`/catalog/guides/${saved.slug}`, unit), { replace: true });
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof ApiError ? error.message : 'Chưa lưu được.' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Link to={withUnit('/catalog/guides', unit)} className="c-back">
        ← Hướng dẫn
      </Link>
      <PageHead title={isNew ? 'Thêm hướng dẫn' : 'Sửa hướng dẫn'} />
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <form
        className="c-card c-stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="c-grid-2">
          <TextField
            label="Tiêu đề"
            value={form.title}
            onChange={(title) => set(isNew && !slugTouched ? { title, slug: slugOf(title) } : { title })}
            maxLength={200}
          />
          <TextField
            label="Mã (đường dẫn)"
            value={form.slug}
            disabled={!isNew}
            onChange={(slug) => {
              setSlugTouched(true);
              set({ slug: slug.toLowerCase() });
            }}
            maxLength={80}
            hint="Chữ thường không dấu, số, dấu gạch ngang."
          />
        </div>
        <TextAreaField label="Tóm tắt" value={form.summary} onChange={(summary) => set({ summary })} rows={2} maxLength={1000} />
        <ListEditor
          legend="Các bước"
          items={form.steps}
          onChange={(steps) => set({ steps })}
          make={() => ({ title: '', body: '' })}
          addLabel="Thêm bước"
          itemLabel={(i) => `Bước ${i + 1}`}
          render={(step, setStep, i) => (
            <>
              <TextField label={`Tiêu đề bước ${i + 1}`} value={step.title} onChange={(title) => setStep({ ...step, title })} maxLength={200} />
              <TextAreaField label="Nội dung" value={step.body} onChange={(body) => setStep({ ...step, body })} rows={3} maxLength={5000} />
            </>
          )}
        />
        <ListEditor
          legend="Liên kết"
          items={form.links}
          onChange={(links) => set({ links })}
          make={() => ({ label: '', url: '' })}
          addLabel="Thêm liên kết"
          itemLabel={(i) => `Liên kết ${i + 1}`}
          render={(link, setLink) => (
            <div className="c-grid-2">
              <TextField label="Tên" value={link.label} onChange={(label) => setLink({ ...link, label })} maxLength={200} />
              <TextField label="Địa chỉ" value={link.url} onChange={(url) => setLink({ ...link, url })} maxLength={1000} placeholder="https://" />
            </div>
          )}
        />
        <div className="c-row c-row--wrap">
          <button type="submit" className="c-btn c-btn--primary" disabled={busy}>
            {busy ? 'Đang lưu…' : 'Lưu hướng dẫn'}
          </button>
          {!isNew && (
            <button
              type="button"
              className="c-btn c-btn--danger"
              disabled={busy}
              onClick={async () => {
                if (!window.confirm('Xoá hướng dẫn này? Người dân sẽ không thấy nữa.')) return;
                setBusy(true);
                try {
                  await deleteGuide(param, unit);
                  invalidateQueries('console/catalog/guide');
                  navigate(withUnit('/catalog/guides', unit), { replace: true });
                } catch (error) {
                  setMessage({ kind: 'error', text: error instanceof ApiError ? error.message : 'Chưa xoá được.' });
                  setBusy(false);
                }
              }}
            >
              Xoá hướng dẫn
            </button>
          )}
        </div>
      </form>
    </>
  );
}
