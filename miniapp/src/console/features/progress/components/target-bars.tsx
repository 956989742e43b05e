import type { TargetProgressT } from '@cchc/shared/api/plans';
import { groupTargets, type TargetBar } from '../lib/progress-words.ts';

function Bar({ bar, showPeriod }: { bar: TargetBar; showPeriod: boolean }) {
  return (
    <div className={`c-pbar c-pbar--${bar.tone}`} data-testid="target-bar">
      <div className="c-pbar__words">
        {showPeriod && <span className="c-pbar__period">{bar.periodLabel.charAt(0).toUpperCase() + bar.periodLabel.slice(1)}</span>}
        <span className="c-pbar__numbers">{bar.numbers}</span>
        <span className="c-pbar__status">
          {bar.tone === 'ok' ? '✓ ' : bar.tone === 'late' ? '✗ ' : ''}
          {bar.status}
        </span>
        {bar.atRisk && <span className="c-pbar__risk">Sắp hết hạn mà chưa đạt</span>}
      </div>
      <div
        className="c-pbar__track"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={bar.percent}
        aria-valuetext={`${bar.numbers}, ${bar.status}`}
      >
        <div className="c-pbar__fill" style={{ width: `${bar.percent}%` }} />
      </div>
    </div>
  );
}

/** One card per target: its words from the plan, the office in charge, a bar per period of it. */
export function TargetBars({ targets }: { targets: TargetProgressT[] }) {
  const groups = groupTargets(targets);
  return (
    <ul className="c-targets">
      {groups.map((g) => (
        <li key={g.targetId} className="c-card c-target" data-testid={`target-${g.targetId}`}>
          <h3 className="c-target__label">{g.label}</h3>
          {g.office && <p className="c-target__office">Phụ trách: {g.office}</p>}
          {g.bars.map((bar) => (
            <Bar key={bar.key} bar={bar} showPeriod />
          ))}
        </li>
      ))}
    </ul>
  );
}
