import type { DecisionT, ProcedureDetailT } from '@cchc/shared/api/catalog';
import { CHANNEL_LABELS } from '@cchc/shared/api/labels';
import type { ReactNode } from 'react';
import { ExternalLink, isWebUrl } from '../../../components/external-link.tsx';
import { AlertIcon, ExternalIcon } from '../../../components/icons.tsx';
import { formatDate } from '../../../lib/format.ts';
import { OnlineLevelBadge } from './online-level-badge.tsx';

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <section className="detail-section" data-testid={testId}>
      <h2 className="detail-section__title">{title}</h2>
      {children}
    </section>
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
                <p className="document__counts">
                  Bản chính: {doc.originals} · Bản sao: {doc.copies}
                </p>
                {doc.template &&
                  (isWebUrl(doc.template) ? (
                    <ExternalLink href={doc.template} className="inline-link">
                      Tải mẫu đơn, tờ khai <ExternalIcon size={18} />
                    </ExternalLink>
                  ) : (
                    <p className="document__template">Mẫu: {doc.template}</p>
                  ))}
              </li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}

/** The full published procedure (Nghị định 63/2010): every part in the order a citizen needs it. */
export function ProcedureDetailView({ procedure }: { procedure: ProcedureDetailT }) {
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

      <Section title="Cách thức thực hiện" testId="section-channels">
        <Channels procedure={procedure} />
      </Section>

      <Section title="Thành phần hồ sơ" testId="section-documents">
        <Documents procedure={procedure} />
      </Section>

      <Section title="Trình tự thực hiện">
        {procedure.steps.length > 0 ? (
          <ol className="steps">
            {procedure.steps.map((step, index) => (
              <li key={index} className="text-block">
                {stepText(step)}
              </li>
            ))}
          </ol>
        ) : (
          <TextBlock text="" />
        )}
      </Section>

      <Section title="Cơ quan thực hiện">
        <TextBlock text={procedure.agency} />
      </Section>

      <Section title="Đối tượng thực hiện">
        <TextBlock text={procedure.subjects} />
      </Section>

      <Section title="Kết quả thực hiện">
        <TextBlock text={procedure.result} />
      </Section>

      {procedure.conditions.trim() !== '' && (
        <Section title="Yêu cầu, điều kiện">
          <TextBlock text={procedure.conditions} />
        </Section>
      )}

      {procedure.legalBasis.length > 0 && (
        <Section title="Căn cứ pháp lý">
          <ul className="legal-list">
            {procedure.legalBasis.map((basis, index) => (
              <li key={index}>
                <span className="legal-list__number">{basis.number}</span>
                {basis.title && <> — {basis.title}</>}
                {basis.issuedOn && <span className="muted"> (ngày {formatDate(basis.issuedOn)})</span>}
              </li>
            ))}
          </ul>
        </Section>
      )}

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
