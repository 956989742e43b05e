import type { ChannelT, KindT } from '@cchc/shared/plan/vocabulary';

/*
 * Two answers whose shapes are not (yet) in shared/src/api: the plans feature's monthly series and the
 * reports feature's upcoming due dates, as their briefs name them. Replace with the shared types once
 * those features publish them there.
 */

/** GET …/progress/{period}/series: counts per month, channel and kind. */
export type SeriesItemT = { month: string; channel: ChannelT; kind: KindT; count: number };
export type ProgressSeriesT = { items: SeriesItemT[] };

/** GET …/reports/upcoming: the reports due soon (the reports feature's shape). */
export type { UpcomingReportsT } from '@cchc/shared/api/reports';
export type UpcomingReportT = import('@cchc/shared/api/reports').UpcomingReportsT['items'][number];
