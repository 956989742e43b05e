import type { ReportT } from '@cchc/shared/api/reports';
import { formatDate } from '../../../../lib/format.ts';
import { targetSummaryText, targetTone } from '../lib/report-words.ts';

/** Paragraphs of a text the officer wrote (blank lines and line breaks kept as paragraphs). */
function Paragraphs({ text }: { text: string }) {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return (
    <>
      {lines.map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </>
  );
}

/** The report as it will be printed: header, what is missing, sections I–V, recipients and signer. */
export function ReportView({ report }: { report: ReportT }) {
  const { header } = report;
  return (
    <article className="c-card c-report" data-testid="report-view">
      <header className="c-report__header">
        <div className="c-report__agency">
          {header.agency.map((line) => (
            <strong key={line}>{line}</strong>
          ))}
          <span>{header.number}</span>
        </div>
        <div className="c-report__nation">
          <strong>{header.nation}</strong>
          <span>{header.motto}</span>
          <em>{header.placeDate}</em>
        </div>
      </header>
      <h2 className="c-report__title">
        {header.docType}
        <span>{header.subject}</span>
      </h2>

      {report.missing.length > 0 && (
        <div className="c-notice c-notice--info" role="note" data-testid="report-missing">
          <strong>Báo cáo còn thiếu:</strong>
          <ul>
            {report.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}

      <section aria-labelledby="report-s1">
        <h3 className="c-h3" id="report-s1">
          I. Kết quả chỉ đạo, điều hành
        </h3>
        <p>{report.direction.planSentence}</p>
        <Paragraphs text={report.direction.text} />
      </section>

      <section aria-labelledby="report-s2">
        <h3 className="c-h3" id="report-s2">
          II. Kết quả tuyên truyền theo từng hình thức
        </h3>
        {report.channels.length === 0 ? (
          <p className="c-muted">Chưa ghi nhận hoạt động tuyên truyền nào trong kỳ.</p>
        ) : (
          <ul className="c-report__channels">
            {report.channels.map((c) => (
              <li key={c.channel} data-testid={`report-channel-${c.channel}`}>
                <strong>{c.label}:</strong>{' '}
                {c.items.map((item) => (
                  <span key={item.kind} className="c-report__item">
                    {item.label} {item.text}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        )}

        {report.highlights.length > 0 && (
          <details className="c-report__highlights">
            <summary>Hoạt động tiêu biểu ({report.highlights.length})</summary>
            <ul>
              {report.highlights.map((h, i) => (
                <li key={i}>
                  {formatDate(h.day)}: {h.title}
                  {h.attendees > 0 ? ` (${h.attendees} lượt người tham dự)` : ''}
                </li>
              ))}
            </ul>
          </details>
        )}

        <h4 className="c-h4">Kết quả thực hiện chỉ tiêu</h4>
        {report.targets.length === 0 ? (
          <p className="c-muted">Kỳ này không có chỉ tiêu nào của kế hoạch.</p>
        ) : (
          <>
            <p data-testid="report-target-summary">{targetSummaryText(report.targetSummary)}</p>
            <div className="c-table-wrap">
              <table className="c-table c-table--rows">
                <caption className="c-muted">Chỉ tiêu của kế hoạch trong kỳ</caption>
                <thead>
                  <tr>
                    <th scope="col">Chỉ tiêu</th>
                    <th scope="col">Kỳ</th>
                    <th scope="col">Đã làm / yêu cầu</th>
                    <th scope="col">Kết quả</th>
                  </tr>
                </thead>
                <tbody>
                  {report.targets.map((t, i) => (
                    <tr key={i} data-testid="report-target">
                      <td data-label="Chỉ tiêu">
                        {t.label}
                        {t.office ? <span className="c-muted"> — {t.office}</span> : null}
                      </td>
                      <td data-label="Kỳ">{t.period}</td>
                      <td data-label="Đã làm / yêu cầu" className="c-num">
                        {t.done}/{t.required}
                      </td>
                      <td data-label="Kết quả">
                        <span className={`c-report__status c-report__status--${targetTone(t.status)}`}>{t.statusLabel}</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      <section aria-labelledby="report-s3">
        <h3 className="c-h3" id="report-s3">
          III. Tiếp nhận, xử lý phản ánh, kiến nghị
        </h3>
        {report.paknLines.length === 0 ? (
          <p className="c-muted">Chưa có số liệu phản ánh, kiến nghị cho kỳ này.</p>
        ) : (
          <ul data-testid="report-pakn">
            {report.paknLines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
        {report.satisfaction.text && <p>{report.satisfaction.text}</p>}
      </section>

      <section aria-labelledby="report-s4">
        <h3 className="c-h3" id="report-s4">
          IV. Tồn tại, hạn chế
        </h3>
        <div data-testid="report-shortcomings">
          <Paragraphs text={report.shortcomings} />
        </div>
      </section>

      <section aria-labelledby="report-s5">
        <h3 className="c-h3" id="report-s5">
          V. Phương hướng, nhiệm vụ
        </h3>
        <Paragraphs text={report.nextSteps} />
      </section>

      <footer className="c-report__footer">
        <div>
          <strong>Nơi nhận:</strong>
          <ul>
            {report.recipients.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
        <div className="c-report__signer">
          {report.signer.onBehalf && <strong>{report.signer.onBehalf}</strong>}
          {report.signer.title.split('\n').map((line) => (
            <strong key={line}>{line}</strong>
          ))}
          <span className="c-report__signer-name">{report.signer.name || '(chưa ghi người ký)'}</span>
        </div>
      </footer>
    </article>
  );
}
