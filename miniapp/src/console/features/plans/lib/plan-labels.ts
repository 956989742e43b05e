import type { PeriodicityT } from '@cchc/shared/plan/vocabulary';

/*
 * The words of shared/src/plan/vocabulary.ts for the plan editor's choices. That module also builds TypeBox
 * schemas, which must stay out of the browser bundle, so the words are repeated in the console: channels and
 * kinds in the progress feature's copy, the periodicities here; the types force every key and
 * test/unit/miniapp/console/features/plans/lib/plan-labels.test.ts checks the words are the shared ones.
 */
export { CHANNEL_LABELS, CHANNEL_ORDER, KIND_LABELS, KIND_ORDER } from '../../progress/lib/vocabulary-labels.ts';

/** "Tối thiểu 2 tin, bài" mỗi "tháng". */
export const PERIODICITY_LABELS: Record<PeriodicityT, string> = { month: 'tháng', quarter: 'quý', half: '6 tháng', year: 'năm' };
export const PERIODICITY_ORDER = Object.keys(PERIODICITY_LABELS) as PeriodicityT[];
