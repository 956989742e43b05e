import type { GuideDetailT } from '@cchc/shared/api/catalog';
import { ExternalLink, isWebUrl } from '../../../components/external-link.tsx';
import { ExternalIcon } from '../../../components/icons.tsx';

export function GuideDetailView({ guide }: { guide: GuideDetailT }) {
  const links = guide.links.filter((link) => isWebUrl(link.url));
  return (
    <article className="guide-detail">
      <h1 className="page-title">{guide.title}</h1>
      {guide.summary && <p className="lead">{guide.summary}</p>}
      {guide.steps.length > 0 && (
        <ol className="guide-steps">
          {guide.steps.map((step, index) => (
            <li key={index} className="card guide-step">
              <span className="guide-step__number" aria-hidden="true">
                {index + 1}
              </span>
              <div className="guide-step__content">
                <h2 className="guide-step__title">
                  <span className="sr-only">Bước {index + 1}: </span>
                  {step.title}
                </h2>
                {step.body && <p className="text-block">{step.body}</p>}
              </div>
            </li>
          ))}
        </ol>
      )}
      {links.length > 0 && (
        <section className="detail-section">
          <h2 className="detail-section__title">Đường dẫn hữu ích</h2>
          <ul className="link-list">
            {links.map((link) => (
              <li key={link.url}>
                <ExternalLink href={link.url} className="button-link button-link--secondary">
                  {link.label || link.url} <ExternalIcon />
                </ExternalLink>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
