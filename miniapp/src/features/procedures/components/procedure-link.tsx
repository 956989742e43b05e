import type { ProcedureSummaryT } from '@cchc/shared/api/catalog';
import { Link } from 'react-router-dom';
import { ChevronRightIcon } from '../../../components/icons.tsx';
import { OnlineLevelBadge } from './online-level-badge.tsx';

/** One procedure in a list: a large row linking to its detail. */
export function ProcedureLink({ procedure, showSummary = false }: { procedure: ProcedureSummaryT; showSummary?: boolean }) {
  return (
    <Link className="list-row" to={`/procedures/${encodeURIComponent(procedure.code)}`} data-testid="procedure-link">
      <span className="list-row__text">
        <span className="list-row__title">{procedure.name}</span>
        {showSummary && procedure.summary && <span className="list-row__summary">{procedure.summary}</span>}
        <span className="list-row__meta">
          <OnlineLevelBadge level={procedure.onlineLevel} />
        </span>
      </span>
      <ChevronRightIcon className="list-row__chevron" />
    </Link>
  );
}
