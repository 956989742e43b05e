import type { DecisionT, ProcedureDetailT, RequiredDocumentT } from '@cchc/shared/api/catalog';
import { CHANNEL_LABELS } from '@cchc/shared/api/labels';
import type { ReactNode } from 'react';
import { ExternalLink, isWebUrl } from '../../../components/external-link.tsx';
import { AlertIcon, DownloadIcon, ExternalIcon } from '../../../components/icons.tsx';
import { formatDate } from '../../../lib/format.ts';
import { OnlineLevelBadge } from './online-level-badge.tsx';

interface SectionSpec {
  id: string;
  title: string;
  /** Open when the page opens; the rest fold until tapped. */
  open?: boolean;
  body: ReactNode;
}

/** A part of the procedure that folds (a native <details>: works with a screen reader and without JavaScript). */
function Section({ spec }: { spec: SectionSpec }) {
  return (
    <details className="detail-section" id={spec.id} data-testid={spec.id} open={spec.open}>
      <summary className="detail-section__summary">
        <h2 className="detail-section__title">{spec.title}</h2>
      </summary>
      <div className="detail-section__body">{spec.body}</div>
    </details>
  );
}

/** Tapping a part opens it and scrolls to it. */
function JumpList({ sections }: { sections: SectionSpec[] }) {
  const jump = (id: string) => {
    const target = document.getElementById(id);
    if (!(target instanceof HTMLDetailsElement)) return;
    target.open = true;
    target.scrollIntoView({ behavior: 'smooth', block: 'start' });
    target.querySelector('summary')?.focus({ preventScroll: true });
  };
  return (
    <nav className="jump-list" aria-label="Các mục của thủ tục" data-testid="jump-list">
      <p className="jump-list__title">Xem nhanh</p>
      <ul>
        {sections.map((s) => (
          <li key={s.id}>
            <button type="button" className="jump-list__item" onClick={() => jump(s.id)}>
              {s.title}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function TextBlock({ text }: { text: string }) {
  return <p className="text-block">{text.trim() || 'Không có thông tin.'}</p>;
}

/** Steps are numbered by the list; drop a "Bước 1:" the source text may start with. */
function stepText(step: string): string {
  return step.replace(/^\s*bước\s*\d+\s*[:.\-–)]\s*/i, '');
}

function latestDecision(history: DecisionT[], action: DecisionT['action']): DecisionT | undefined {
  return [...history].reverse().find((d) => d.action === action);
}

function decisionText(decision: DecisionT | undefined): string {
  if (!decision) return '';
  const when = decision.decidedOn ? ` ngày ${formatDate(decision.decidedOn)}` : '';
  return decision.decision ? ` theo ${decision.decision}${when}` : when;
}

function StatusBanner({ procedure }: { procedure: ProcedureDetailT }) {
  if (procedure.status === 'active') return null;
  const repealed = procedure.status === 'repealed';
  const decision = latestDecision(procedure.history, repealed ? 'repealed' : 'amended');
  return (
    <div className={repealed ? 'banner banner--danger' : 'banner banner--warning'} role="note" data-testid="status-banner">
      <AlertIcon className="banner__icon" />
      <div>
        <p className="banner__title">{repealed ? 'Thủ tục này đã bị bãi bỏ' : 'Thủ tục này đã được sửa đổi, bổ sung'}</p>
        <p>
          {repealed
            ? `Thủ tục đã bị bãi bỏ${decisionText(decision)}. Vui lòng hỏi Bộ phận Một cửa của xã, phường để biết thủ tục thay thế.`
            : `Nội dung đã được cập nhật${decisionText(decision)}. Nếu có điểm chưa rõ, vui lòng hỏi Bộ phận Một cửa.`}
        </p>
      </div>
    </div>
  );
}

function Channels({ procedure }: { procedure: ProcedureDetailT }) {
  if (procedure.channels.length === 0) return <TextBlock text="" />;
  return (
    <ul className="channel-list">
      {procedure.channels.map((channel, index) => (
        <li key={`${channel.kind}-${index}`} className="card channel-card" data-testid="channel-card">
          <h3 className="channel-card__title">{CHANNEL_LABELS[channel.kind]}</h3>
          <dl className="facts">
            <div>
              <dt>Thời hạn giải quyết</dt>
              <dd>{channel.timeLimit || 'Không có thông tin'}</dd>
            </div>
            <div>
              <dt>Phí, lệ phí</dt>
              <dd>{channel.fee || 'Không có thông tin'}</dd>
            </div>
            {channel.note && (
              <div>
                <dt>Ghi chú</dt>
                <dd>{channel.note}</dd>
              </div>
            )}
          </dl>
        </li>
      ))}
    </ul>
  );
}

function Documents({ procedure }: { procedure: ProcedureDetailT }) {
  const cases = procedure.documentCases.filter((c) => c.documents.length > 0);
  if (cases.length === 0) return <TextBlock text="" />;
  return (
    <div className="document-cases">
      {cases.map((documentCase, caseIndex) => (
        <div key={caseIndex} className="document-case">
          {documentCase.case.trim() !== '' && <h3 className="document-case__title">{documentCase.case}</h3>}
          <ol className="document-list">
            {documentCase.documents.map((doc, index) => (
              <li key={index} className="document">
                <p className="document__name">{doc.name}</p>
                {countsText(doc) && <p className="document__counts">{countsText(doc)}</p>}
                <Template doc={doc} />
              </li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}

/** "Bản chính: 1 · Bản sao: 2", naming only what is asked for (no "Bản sao: 0"). */
export function countsText(doc: Pick<RequiredDocumentT, 'originals' | 'copies'>): string {
  const parts: string[] = [];
  if (doc.originals > 0) parts.push(`Bản chính: ${doc.originals}`);
  if (doc.copies > 0) parts.push(`Bản sao: ${doc.copies}`);
  return parts.join(' · ');
}

/** The form to fill in: a download when the record links it, else its name to ask for at the desk. */
function Template({ doc }: { doc: RequiredDocumentT }) {
  const link = isWebUrl(doc.templateUrl) ? doc.templateUrl : isWebUrl(doc.template) ? doc.template : null;
  const name = doc.template && !isWebUrl(doc.template) ? doc.template : 'mẫu đơn, tờ khai';
  if (link) {
    return (
      <ExternalLink href={link} className="download-link">
        <DownloadIcon size={22} /> <span>Tải {name}</span>
      </ExternalLink>
    );
  }
  return doc.template ? <p className="document__template">Mẫu: {doc.template}</p> : null;
}

/** The full published procedure (Nghị định 63/2010): every part in the order a citizen needs it. */
export function ProcedureDetailView({ procedure }: { procedure: ProcedureDetailT }) {
  const sections = sectionsOf(procedure);
  return (
    <article className="procedure-detail">
      <header className="procedure-detail__head">
        <h1 className="page-title">{procedure.name}</h1>
        <dl className="facts facts--compact">
          <div>
            <dt>Mã thủ tục</dt>
            <dd>{procedure.code}</dd>
          </div>
          <div>
            <dt>Lĩnh vực</dt>
            <dd>{procedure.field}</dd>
          </div>
          {procedure.level && (
            <div>
              <dt>Cấp thực hiện</dt>
              <dd>{procedure.level}</dd>
            </div>
          )}
        </dl>
        <OnlineLevelBadge level={procedure.onlineLevel} />
      </header>

      <StatusBanner procedure={procedure} />

      {isWebUrl(procedure.onlineUrl) && procedure.status !== 'repealed' && (
        <ExternalLink href={procedure.onlineUrl} className="button-link button-link--primary">
          Nộp trực tuyến <ExternalIcon />
        </ExternalLink>
      )}

      {procedure.summary.trim() && <p className="lead">{procedure.summary}</p>}

      <JumpList sections={sections} />
      {sections.map((spec) => (
        <Section key={spec.id} spec={spec} />
      ))}

      {isWebUrl(procedure.sourceUrl) && (
        <p className="source">
          <ExternalLink href={procedure.sourceUrl} className="inline-link">
            Xem bản gốc trên Cổng Dịch vụ công <ExternalIcon size={18} />
          </ExternalLink>
        </p>
      )}
    </article>
  );
}

function sectionsOf(procedure: ProcedureDetailT): SectionSpec[] {
  const sections: (SectionSpec | false)[] = [
    { id: 'section-documents', title: 'Thành phần hồ sơ', open: true, body: <Documents procedure={procedure} /> },
    { id: 'section-channels', title: 'Cách thức thực hiện', open: true, body: <Channels procedure={procedure} /> },
    {
      id: 'section-steps',
      title: 'Trình tự thực hiện',
      body:
        procedure.steps.length > 0 ? (
          <ol className="steps">
            {procedure.steps.map((step, index) => (
              <li key={index} className="text-block">
                {stepText(step)}
              </li>
            ))}
          </ol>
        ) : (
          <TextBlock text="" />
        ),
    },
    { id: 'section-agency', title: 'Cơ quan thực hiện', body: <TextBlock text={procedure.agency} /> },
    { id: 'section-subjects', title: 'Đối tượng thực hiện', body: <TextBlock text={procedure.subjects} /> },
    { id: 'section-result', title: 'Kết quả thực hiện', body: <TextBlock text={procedure.result} /> },
    procedure.conditions.trim() !== '' && { id: 'section-conditions', title: 'Yêu cầu, điều kiện', body: <TextBlock text={procedure.conditions} /> },
    procedure.legalBasis.length > 0 && {
      id: 'section-legal',
      title: 'Căn cứ pháp lý',
      body: (
        <ul className="legal-list">
          {procedure.legalBasis.map((basis, index) => (
            <li key={index}>
              <span className="legal-list__number">{basis.number}</span>
              {basis.title && <> — {basis.title}</>}
              {basis.issuedOn && <span className="muted"> (ngày {formatDate(basis.issuedOn)})</span>}
            </li>
          ))}
        </ul>
      ),
    },
  ];
  return sections.filter((s): s is SectionSpec => s !== false);
}
