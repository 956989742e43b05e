import type { OnlineLevelT } from '@cchc/shared/api/catalog';
import { ONLINE_LEVEL_LABELS } from '@cchc/shared/api/labels';

export function OnlineLevelBadge({ level }: { level: OnlineLevelT }) {
  return <span className={`badge badge--${level}`}>{ONLINE_LEVEL_LABELS[level]}</span>;
}
