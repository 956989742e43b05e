import type { GuideSummaryT } from '@cchc/shared/api/catalog';
import { Link } from 'react-router-dom';
import { ChevronRightIcon } from '../../../components/icons.tsx';

export function GuideList({ guides }: { guides: GuideSummaryT[] }) {
  return (
    <ul className="card-list">
      {guides.map((guide) => (
        <li key={guide.slug}>
          <Link className="list-row" to={`/guides/${encodeURIComponent(guide.slug)}`}>
            <span className="list-row__text">
              <span className="list-row__title">{guide.title}</span>
              {guide.summary && <span className="list-row__summary">{guide.summary}</span>}
            </span>
            <ChevronRightIcon className="list-row__chevron" />
          </Link>
        </li>
      ))}
    </ul>
  );
}
