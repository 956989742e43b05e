import type { FeedbackActionT, OfficerFeedbackT } from '@cchc/shared/api/console';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../lib/api-client.ts';
import { invalidateQueries } from '../../lib/use-query.ts';
import { DeadlineBadge } from '../components/deadline-badge.tsx';
import { PageHead } from '../components/layout.tsx';
import { ErrorState, LoadingState, SeverityBadge, StatusBadge } from '../../ui/index.ts';
import { Notice } from '../components/notice.tsx';
import { actOnFeedback } from '../features/feedback/api/feedback.ts';
import {
  AcceptForm,
  AnswerEditor,
  ApproveForm,
  AssignForm,
  PublishForm,
  RejectForm,
  ReturnDraftForm,
  TransferForm,
} from '../features/feedback/components/action-forms.tsx';
import { ContactCard, FeedbackFacts, LocationCard } from '../features/feedback/components/feedback-facts.tsx';
import { HistoryList, NotesList } from '../features/feedback/components/history-list.tsx';
import { AnswerDocumentForm, AnswerDocumentLink } from '../features/feedback/components/answer-document.tsx';
import { IdentityFlag } from '../features/feedback/components/identity-flag.tsx';
import { PhotoGrid } from '../features/feedback/components/photo-grid.tsx';
import { NoteForm } from '../features/feedback/components/action-forms.tsx';
import { useOfficerFeedback } from '../features/feedback/hooks/use-feedback.ts';
import { useMe } from '../lib/session.tsx';

type Panel = 'accept' | 'reject' | 'assign' | 'transfer' | 'approve' | 'return_draft' | 'publish';

const DONE: Record<FeedbackActionT['action'], string> = {
  accept: 'Đã tiếp nhận, phân loại.',
  reject: 'Đã từ chối tiếp nhận.',
  assign: 'Đã giao xử lý.',
  transfer: 'Đã chuyển đơn vị.',
  note: 'Đã lưu ghi chú.',
  draft_answer: 'Đã lưu dự thảo.',
  approve: 'Đã duyệt và gửi câu trả lời.',
  return_draft: 'Đã trả lại dự thảo.',
  publish: 'Đã cập nhật công khai.',
};

const BUTTONS: { panel: Panel; label: string; tone?: 'primary' | 'danger' }[] = [
  { panel: 'accept', label: 'Tiếp nhận, phân loại', tone: 'primary' },
  { panel: 'approve', label: 'Duyệt trả lời', tone: 'primary' },
  { panel: 'assign', label: 'Giao xử lý' },
  { panel: 'transfer', label: 'Chuyển đơn vị' },
  { panel: 'return_draft', label: 'Trả lại dự thảo' },
  { panel: 'publish', label: 'Công khai' },
  { panel: 'reject', label: 'Từ chối', tone: 'danger' },
];

export default function FeedbackPage() {
  const { code = '' } = useParams();
  const me = useMe();
  // Other officers act on the same item: read it fresh each time it opens.
  useState(() => invalidateQueries(`console/feedback/${code}`));
  const query = useOfficerFeedback(code);
  const [fresh, setFresh] = useState<OfficerFeedbackT | null>(null);
  const [panel, setPanel] = useState<Panel | null>(null);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const feedback = fresh && fresh.code === code ? fresh : query.data;

  useEffect(() => {
    setFresh(null);
    setPanel(null);
    setNotice(null);
  }, [code]);

  // A success message goes away by itself; an error stays until read.
  useEffect(() => {
    if (notice?.kind !== 'success') return;
    const timer = setTimeout(() => setNotice(null), 6000);
    return () => clearTimeout(timer);
  }, [notice]);

  const run = async (action: FeedbackActionT): Promise<boolean> => {
    setNotice(null);
    try {
      const next = await actOnFeedback(code, action);
      setFresh(next);
      invalidateQueries('console/queue');
      invalidateQueries(`console/feedback/${code}`);
      const done = DONE[action.action];
      setNotice({ kind: 'success', text: action.action === 'draft_answer' && action.submit ? 'Đã trình lãnh đạo duyệt.' : done });
      return true;
    } catch (error) {
      setNotice({ kind: 'error', text: error instanceof ApiError ? error.message : 'Chưa lưu được. Vui lòng thử lại.' });
      return false;
    }
  };

  if (!feedback) {
    return (
      <>
        <PageHead title={`Phản ánh ${code}`} />
        {query.status === 'error' ? <ErrorState error={query.error} onRetry={query.reload} /> : <LoadingState />}
      </>
    );
  }

  const allowed = new Set(feedback.actions);
  const buttons = BUTTONS.filter((b) => allowed.has(b.panel));
  const close = () => setPanel(null);

  return (
    <>
      <Link to="/" className="c-back">
        ← Hàng chờ
      </Link>
      <PageHead title={`Phản ánh ${feedback.code}`} />
      <div className="c-head-status">
        <StatusBadge status={feedback.status} />
        <SeverityBadge severity={feedback.severity} />
        {feedback.awaitingApproval && <span className="c-badge c-badge--approval">Chờ duyệt</span>}
        <DeadlineBadge days={feedback.workingDaysLeft} status={feedback.status} />
        {feedback.hideIdentity && <IdentityFlag />}
      </div>
      {notice && (
        <div className="c-toast">
          <Notice kind={notice.kind}>{notice.text}</Notice>
          <button type="button" className="c-btn c-btn--small c-btn--ghost" onClick={() => setNotice(null)}>
            Đóng
          </button>
        </div>
      )}
      <div className="c-detail">
        <div className="c-detail__main">
          <section className="c-card" aria-labelledby="content-title">
            <h2 className="c-h2" id="content-title">
              Nội dung
            </h2>
            <p className="c-pre c-content" data-testid="feedback-content">
              {feedback.content}
            </p>
          </section>
          <section className="c-card" aria-labelledby="photos-title">
            <h2 className="c-h2" id="photos-title">
              Ảnh ({feedback.photos.length})
            </h2>
            <PhotoGrid photos={feedback.photos} />
          </section>
          <section className="c-card" aria-labelledby="place-title">
            <h2 className="c-h2" id="place-title">
              Địa điểm
            </h2>
            <LocationCard location={feedback.location} />
          </section>

          {feedback.answer && (
            <section className="c-card c-card--answer" aria-labelledby="answer-title">
              <h2 className="c-h2" id="answer-title">
                Câu trả lời đã gửi
              </h2>
              <p className="c-pre" data-testid="answer">
                {feedback.answer}
              </p>
              <AnswerDocumentLink feedback={feedback} />
            </section>
          )}

          {!allowed.has('draft_answer') && feedback.answerDraft && !feedback.answer && (
            <section className="c-card" aria-labelledby="draft-title">
              <h2 className="c-h2" id="draft-title">
                Dự thảo trả lời
              </h2>
              <p className="c-pre">{feedback.answerDraft}</p>
              <AnswerDocumentLink feedback={feedback} />
            </section>
          )}
        </div>

        <aside className="c-detail__side">
          {/* Kept in view while the page scrolls (sticky), so the officer never hunts for the buttons. */}
          {(buttons.length > 0 || allowed.has('draft_answer')) && (
            <section className="c-card c-card--actions" data-testid="action-panel" aria-labelledby="actions-title">
              <h2 className="c-h2" id="actions-title">
                Xử lý
              </h2>
              {buttons.length > 0 && (
                <div className="c-row c-row--wrap" role="group" aria-label="Thao tác">
                  {buttons.map((b) => (
                    <button
                      key={b.panel}
                      type="button"
                      aria-expanded={panel === b.panel}
                      className={['c-btn', b.tone ? `c-btn--${b.tone}` : '', panel === b.panel ? 'c-btn--pressed' : ''].filter(Boolean).join(' ')}
                      onClick={() => setPanel(panel === b.panel ? null : b.panel)}
                    >
                      {b.panel === 'publish' && feedback.published ? 'Công khai / thôi công khai' : b.label}
                    </button>
                  ))}
                </div>
              )}
              {panel === 'accept' && <AcceptForm feedback={feedback} run={run} onCancel={close} />}
              {panel === 'reject' && <RejectForm run={run} onCancel={close} />}
              {panel === 'assign' && <AssignForm feedback={feedback} me={me} run={run} onCancel={close} />}
              {panel === 'transfer' && <TransferForm feedback={feedback} run={run} onCancel={close} />}
              {panel === 'approve' && <ApproveForm feedback={feedback} run={run} onCancel={close} />}
              {panel === 'return_draft' && <ReturnDraftForm run={run} onCancel={close} />}
              {panel === 'publish' && <PublishForm feedback={feedback} run={run} onCancel={close} />}
              {allowed.has('draft_answer') && <AnswerEditor key={`${feedback.code}-${feedback.answerDraft ?? ''}`} feedback={feedback} run={run} />}
              {allowed.has('draft_answer') && (
                <AnswerDocumentForm
                  key={`${feedback.code}-doc-${feedback.answerDocument?.url ?? ''}-${feedback.answerDocument?.bytes ?? 0}`}
                  feedback={feedback}
                  onDone={(next, text) => {
                    setFresh(next);
                    invalidateQueries(`console/feedback/${code}`);
                    setNotice({ kind: 'success', text });
                  }}
                  onError={(text) => setNotice({ kind: 'error', text })}
                />
              )}
            </section>
          )}
          <section className="c-card" aria-labelledby="facts-title">
            <h2 className="c-h2" id="facts-title">
              Thông tin
            </h2>
            <FeedbackFacts feedback={feedback} />
          </section>
          <section className="c-card" aria-labelledby="contact-title">
            <h2 className="c-h2" id="contact-title">
              Người gửi
            </h2>
            <ContactCard feedback={feedback} />
          </section>
          <section className="c-card" aria-labelledby="notes-title">
            <h2 className="c-h2" id="notes-title">
              Ghi chú nội bộ
            </h2>
            <NotesList events={feedback.history} />
            {allowed.has('note') && <NoteForm run={run} />}
          </section>
          <section className="c-card" aria-labelledby="history-title">
            <h2 className="c-h2" id="history-title">
              Lịch sử xử lý
            </h2>
            <HistoryList events={feedback.history} />
          </section>
        </aside>
      </div>
    </>
  );
}
