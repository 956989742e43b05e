import type { ProcedureSummaryT } from '@cchc/shared/api/catalog';
import { Link } from 'react-router-dom';
import { ChevronRightIcon } from '../../../components/icons.tsx';
import { OnlineLevelBadge } from './online-level-badge.tsx';

/**
 * One procedure in a list: a large row linking to its detail. `clampTitle` (the home page) shows a long name
 * on three lines; the whole name is still read out, and the procedure's page opens with it.
 */
export function ProcedureLink({ procedure, showSummary = false, clampTitle = false }: { procedure: ProcedureSummaryT; showSummary?: boolean; clampTitle?: boolean }) {
  return (
    <Link className="list-row" to={`/procedures/${encodeURIComponent(procedure.code)}`} data-testid="procedure-link" title={clampTitle ? procedure.name : undefined}>
      <span className="list-row__text">
        <span className={clampTitle ? 'list-row__title list-row__title--clamped' : 'list-row__title'}>{procedure.name}</span>
        {showSummary && procedure.summary && <span className="list-row__summary">{procedure.summary}</span>}
        <span className="list-row__meta">
          <OnlineLevelBadge level={procedure.onlineLevel} />
        </span>
      </span>
      <ChevronRightIcon className="list-row__chevron" />
    </Link>
  );
}
