/**
 * Small honest fakes of the ports the report reads (plans, progress, activities and
 * articles as count sources, highlights, PAKN figures), returning the rows they are given.
 * The Kinh Môn 2025 figures are seed 001's year-end report.
 */
import type { PaknFiguresT } from '@cchc/shared/api/figures';
import type { PlanT, TargetProgressT, UnitProgressT } from '@cchc/shared/api/plans';
import { parsePeriod, type Period } from '@cchc/shared/plan/periods';
import type { ChannelT, CountRowT, KindT } from '@cchc/shared/plan/vocabulary';
import type { ReportSources } from '../../../server/src/features/reports/report-sources.ts';

export interface FakeData {
  // Replaced whole by the test once the ids are known.
  plans: (PlanT & { unitId: number })[];
  counts: CountRowT[][];
  highlights: { unitId: number; day: string; channel: ChannelT; kind: KindT; title: string; count: number; attendees: number }[];
  targets: Map<number, TargetProgressT[]>;
  pakn: Map<number, Omit<PaknFiguresT, 'from' | 'to'>>;
}

/** `data` is read at each call, so a test can fill it once it knows the units' ids. */
export function fakeSources(data: FakeData, sourceCount = 2): ReportSources & { calls: string[] } {
  const calls: string[] = [];
  const inRange = (day: string, from: string, to: string) => day >= from && day <= to;
  return {
    calls,
    counts: Array.from({ length: sourceCount }, (_, i) => ({
      counts: async (unitIds: number[], from: string, to: string) => (data.counts[i] ?? []).filter((r) => unitIds.includes(r.unitId) && inRange(r.day, from, to)),
    })),
    highlights: { highlights: async (unitId, from, to) => data.highlights.filter((h) => h.unitId === unitId && inRange(h.day, from, to)).map(({ unitId: _u, ...h }) => h) },
    plans: {
      planFor: async (unitId: number, period: Period) => {
        calls.push(`planFor ${unitId} ${period.key}`);
        const p = data.plans.find((x) => x.unitId === unitId && x.from <= period.to && x.to >= period.from);
        if (!p) return null;
        const { unitId: _u, ...plan } = p;
        return plan;
      },
    },
    progress: {
      unit: async (unitId: number, periodKey: string): Promise<UnitProgressT> => {
        calls.push(`progress ${unitId} ${periodKey}`);
        const period = parsePeriod(periodKey)!;
        const targets = data.targets.get(unitId) ?? [];
        const summary = { met: 0, missed: 0, ongoing: 0, upcoming: 0, atRisk: 0 };
        for (const t of targets) summary[t.status]++;
        return { unit: { slug: 'x', name: 'x' }, period: { key: period.key, kind: period.kind, label: period.label, from: period.from, to: period.to }, plan: null, targets, summary };
      },
    },
    pakn: {
      figures: async (unitIds: number[], from: string, to: string) => {
        // The figures given are the year 2025's: other ranges had none.
        const f = from >= '2025-01-01' && to <= '2025-12-31' ? unitIds.map((id) => data.pakn.get(id)).find(Boolean) : undefined;
        return f ? { ...f, from, to } : emptyFigures(from, to);
      },
    },
  };
}

/** Seed 001's year 2025 of phường Kinh Môn, spread over the days it happened. */
export function kinhMon2025(unitId: number): FakeData {
  const row = (day: string, channel: ChannelT, kind: KindT, count: number, attendees = 0): CountRowT => ({ unitId, day, channel, kind, count, attendees });
  const months = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}-15`);
  const activities: CountRowT[] = [
    // 60 radio items: 5 a month.
    ...months.map((d) => row(d, 'dai_truyen_thanh', 'tin_bai', 5)),
    // 32 banners and slogans.
    row('2025-02-03', 'truc_quan', 'bang_ron', 20),
    row('2025-08-20', 'truc_quan', 'bang_ron', 12),
    // 09 integrated sessions with 550 attendees (the last at 23:30 on 31/12 in Viet Nam is still 2025).
    ...[60, 60, 60, 60, 60, 60, 60, 60, 70].map((a, i) => row(i === 8 ? '2025-12-31' : months[i + 2], 'hoi_nghi', 'hoi_nghi', 1, a)),
    // 120 trainees.
    row('2025-09-10', 'hoi_nghi', 'hoc_vien', 120),
    // 13 community digital teams, 21 support sessions.
    row('2025-08-10', 'truc_tiep', 'to_cong_nghe_so', 13),
    row('2025-10-05', 'truc_tiep', 'ho_tro', 7),
    row('2025-11-05', 'truc_tiep', 'ho_tro', 7),
    row('2025-12-05', 'truc_tiep', 'ho_tro', 7),
    // Outside the year: not counted.
    row('2026-01-01', 'dai_truyen_thanh', 'tin_bai', 9),
  ];
  const articles: CountRowT[] = [
    // 50 documents on the portal.
    ...months.slice(0, 10).map((d) => row(d, 'cong_thong_tin', 'van_ban', 5)),
  ];
  const target = (id: number, label: string, channel: ChannelT, kind: KindT, done: number, required: number, status: TargetProgressT['status']): TargetProgressT => ({
    targetId: id,
    label,
    channel,
    kind,
    office: 'Phòng Văn hóa - Xã hội',
    periodicity: 'year',
    period: { key: '2025', kind: 'year', label: 'năm 2025', from: '2025-01-01', to: '2025-12-31' },
    done,
    required,
    status,
    daysLeft: 0,
    atRisk: false,
  });
  return {
    plans: [
      {
        unitId,
        id: 1,
        unit: { slug: 'kinh-mon', name: 'Phường Kinh Môn' },
        number: '22/KH-UBND',
        signedOn: '2025-08-04',
        title: 'Tuyên truyền công tác cải cách hành chính 6 tháng cuối năm 2025',
        legalBasis: [],
        from: '2025-07-01',
        to: '2025-12-31',
        tasks: [],
        targets: [],
        version: 1,
        updatedAt: '2025-08-04T00:00:00.000Z',
      },
    ],
    counts: [activities, articles],
    highlights: [{ unitId, day: '2025-09-10', channel: 'hoi_nghi', kind: 'tap_huan', title: 'Tập huấn "Bình dân học vụ số" cho Tổ công nghệ số cộng đồng', count: 1, attendees: 120 }],
    targets: new Map([
      [
        unitId,
        [
          target(1, 'Tổ công nghệ số cộng đồng tại 13/13 tổ dân phố', 'truc_tiep', 'to_cong_nghe_so', 13, 13, 'met'),
          target(2, 'Tối thiểu 60 tin, bài trên hệ thống truyền thanh/năm', 'dai_truyen_thanh', 'tin_bai', 60, 60, 'met'),
          target(3, 'Ít nhất 02 cuộc đối thoại với Nhân dân/năm', 'hoi_nghi', 'doi_thoai', 1, 2, 'missed'),
        ],
      ],
    ]),
    pakn: new Map([
      [
        unitId,
        {
          received: 48,
          answered: 45,
          answeredOnTime: 43,
          overdue: 2,
          open: 3,
          rejected: 1,
          medianWorkingDays: 4.5,
          rated: 20,
          satisfied: 18,
          satisfiedShare: 0.9,
          byTopic: [],
          byField: [{ name: 'Đất đai', received: 20, answered: 19, answeredOnTime: 18, overdue: 1 }],
          byUnit: [],
          byMonth: [],
        },
      ],
    ]),
  };
}

function emptyFigures(from: string, to: string): PaknFiguresT {
  return { from, to, received: 0, answered: 0, answeredOnTime: 0, overdue: 0, open: 0, rejected: 0, medianWorkingDays: null, rated: 0, satisfied: 0, satisfiedShare: null, byTopic: [], byField: [], byUnit: [], byMonth: [] };
}
