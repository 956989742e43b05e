import type { QuestionSetDetailT, QuestionSetInputT } from '@cchc/shared/api/satisfaction';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../lib/api-client.ts';
import { formatDate } from '../../lib/format.ts';
import { invalidateQueries } from '../../lib/use-query.ts';
import { ErrorState, LoadingState } from '../../ui/index.ts';
import { PageHead } from '../components/layout.tsx';
import { Notice } from '../components/notice.tsx';
import { openQuestionSet, saveQuestionSet } from '../features/satisfaction/api/satisfaction.ts';
import { QuestionSetForm } from '../features/satisfaction/components/question-set-form.tsx';
import { useQuestionSet } from '../features/satisfaction/hooks/use-satisfaction.ts';
import { KIND_LABELS, STATUS_LABELS, cleanInput, inputOf } from '../features/satisfaction/lib/question-set-input.ts';

/** One version of the questionnaire: a draft is edited and opened; an open or closed one is read. */
export default function QuestionSetPage() {
  const id = Number(useParams().id);
  const set = useQuestionSet(id);
  const [opened, setOpened] = useState<string | null>(null);
  return (
    <>
      <PageHead title={set.data ? `Bộ câu hỏi — phiên bản ${set.data.version}` : 'Bộ câu hỏi'}>
        <Link className="c-btn" to="/satisfaction/questions">
          ← Mọi phiên bản
        </Link>
      </PageHead>
      {set.status === 'error' && <ErrorState error={set.error} onRetry={set.reload} />}
      {!set.data && set.status === 'loading' && <LoadingState />}
      {opened && <Notice kind="success">{opened}</Notice>}
      {set.data &&
        (set.data.status === 'draft' ? (
          <DraftEditor
            key={set.data.id}
            set={set.data}
            onOpened={(text) => {
              setOpened(text);
              set.reload();
            }}
          />
        ) : (
          <ReadOnlySet set={set.data} />
        ))}
    </>
  );
}

function DraftEditor({ set, onOpened }: { set: QuestionSetDetailT; onOpened: (notice: string) => void }) {
  const [value, setValue] = useState<QuestionSetInputT>(() => inputOf(set));
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  const run = async (what: 'save' | 'open') => {
    if (what === 'open' && !window.confirm('Mở phiên bản này cho người dân? Bộ câu hỏi đang dùng sẽ đóng lại.')) return;
    setBusy(true);
    setNotice(null);
    try {
      await saveQuestionSet(set.id, cleanInput(value));
      if (what === 'open') await openQuestionSet(set.id);
      invalidateQueries('console/question-sets');
      if (what === 'open') onOpened(`Đã mở phiên bản ${set.version}: người dân trả lời bộ câu hỏi này từ bây giờ.`);
      else setNotice({ kind: 'success', text: 'Đã lưu bản nháp.' });
    } catch (caught) {
      setNotice({ kind: 'error', text: caught instanceof ApiError ? caught.message : 'Chưa lưu được. Vui lòng thử lại.' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="c-stack"
      onSubmit={(event) => {
        event.preventDefault();
        void run('save');
      }}
      aria-busy={busy}
    >
      <p className="c-muted">
        <span className="c-badge c-badge--muted">{STATUS_LABELS.draft}</span> tạo ngày {formatDate(set.createdAt)}. Người dân chưa thấy bản nháp này.
      </p>
      <QuestionSetForm value={value} onChange={setValue} />
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      <div className="c-sticky-actions c-row">
        <button type="submit" className="c-btn" disabled={busy}>
          Lưu bản nháp
        </button>
        <button type="button" className="c-btn c-btn--primary" disabled={busy} onClick={() => void run('open')}>
          Lưu và mở cho người dân
        </button>
      </div>
    </form>
  );
}

function ReadOnlySet({ set }: { set: QuestionSetDetailT }) {
  return (
    <div className="c-stack" data-testid="question-set-read">
      <p className="c-muted">
        <span className={set.status === 'open' ? 'c-badge c-badge--public' : 'c-badge c-badge--muted'}>{STATUS_LABELS[set.status]}</span>{' '}
        {set.openedAt && `mở ngày ${formatDate(set.openedAt)}`}
        {set.closedAt && `, đóng ngày ${formatDate(set.closedAt)}`} · {set.responses} phiếu. Chỉ sửa được bản nháp.
      </p>
      <h2 className="c-h2">{set.title}</h2>
      {set.intro && <p>{set.intro}</p>}
      <p className="c-muted">{set.source}</p>
      <ol className="c-list">
        {[...set.questions]
          .sort((a, b) => a.order - b.order)
          .map((q) => (
            <li key={q.id}>
              {q.text}{' '}
              <span className="c-muted">
                ({q.factor === null ? '' : `yếu tố ${q.factor} · `}
                {KIND_LABELS[q.kind]}
                {q.required ? ' · bắt buộc' : ''} · {q.code})
              </span>
            </li>
          ))}
      </ol>
      {set.expectations.length > 0 && (
        <>
          <h3 className="c-h3">Mong đợi</h3>
          <ul className="c-list">
            {set.expectations.map((e) => (
              <li key={e.code}>{e.text}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
