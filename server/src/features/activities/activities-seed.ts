import type { Kysely } from 'kysely';
import { vietnamDay } from '@cchc/shared/plan/periods';
import type { ChannelT, KindT } from '@cchc/shared/plan/vocabulary';
import type { DB } from '../../db/schema.ts';
import { hasActivities, insertActivities, type ActivityValues } from './activities.repository.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

interface Entry {
  month: number;
  day: number;
  channel: ChannelT;
  kind: KindT;
  title: string;
  count: number;
  attendees?: number;
  office: string;
}

/** n split over the given months as evenly as can be (the first months take the remainder). */
function spread(n: number, months: number[]): number[] {
  const base = Math.floor(n / months.length);
  return months.map((_, i) => base + (i < n % months.length ? 1 : 0));
}

const VHXH = 'Phòng Văn hóa - Xã hội';
const VP = 'Văn phòng HĐND và UBND';
const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/**
 * Phường Kinh Môn's 2025, exactly as its year-end report (seed 001) counts it: 60 radio
 * items, 50 documents on the portal, 32 banners and slogans, 09 integrated sessions with
 * 550 attendees, 120 trainees, 13/13 community digital teams, 21 support sessions.
 */
export function kinhMon2025(): Entry[] {
  const out: Entry[] = [];
  spread(60, MONTHS).forEach((count, i) =>
    out.push({ month: i + 1, day: 25, channel: 'dai_truyen_thanh', kind: 'tin_bai', count, title: `Tin, bài tuyên truyền về CCHC, chuyển đổi số trên hệ thống truyền thanh tháng ${i + 1}`, office: VHXH }));
  spread(50, MONTHS).forEach((count, i) =>
    out.push({ month: i + 1, day: 26, channel: 'cong_thong_tin', kind: 'van_ban', count, title: `Đăng tải văn bản chỉ đạo, điều hành về CCHC trên Trang thông tin điện tử tháng ${i + 1}`, office: VP }));
  const bannerMonths = [1, 2, 4, 5, 9, 12];
  spread(32, bannerMonths).forEach((count, i) =>
    out.push({ month: bannerMonths[i]!, day: 10, channel: 'truc_quan', kind: 'bang_ron', count, title: 'Treo băng rôn, khẩu hiệu tuyên truyền cải cách hành chính', office: VHXH }));
  const sessionMonths = [1, 3, 4, 5, 6, 7, 9, 10, 11];
  spread(550, sessionMonths).forEach((attendees, i) =>
    out.push({ month: sessionMonths[i]!, day: 15, channel: 'hoi_nghi', kind: 'hoi_nghi', count: 1, attendees, title: 'Lồng ghép tuyên truyền CCHC trong hội nghị, sinh hoạt của các tổ dân phố', office: VHXH }));
  const trainingMonths = [3, 6, 9];
  spread(120, trainingMonths).forEach((count, i) =>
    out.push({ month: trainingMonths[i]!, day: 20, channel: 'hoi_nghi', kind: 'hoc_vien', count, attendees: 0, title: 'Tập huấn kỹ năng hướng dẫn người dân sử dụng dịch vụ công trực tuyến', office: VP }));
  out.push({ month: 2, day: 28, channel: 'truc_tiep', kind: 'to_cong_nghe_so', count: 13, title: 'Tổ công nghệ số cộng đồng hoạt động tại 13/13 tổ dân phố', office: VHXH });
  spread(21, MONTHS).forEach((count, i) => {
    if (count > 0) out.push({ month: i + 1, day: 18, channel: 'truc_tiep', kind: 'ho_tro', count, title: 'Hỗ trợ người dân thực hiện dịch vụ công trực tuyến, thanh toán không dùng tiền mặt', office: VP });
  });
  return out;
}

/** A small seeded random (mulberry32): the same demo year every time. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A plausible year elsewhere: radio items mostly meeting "tối thiểu 02 tin, bài/tháng"
 * but short in the months of `shortMonths`, some fanpage posts and banners, a dialogue
 * or two, conferences with attendance, support sessions.
 */
export function plausibleYear(seed: number, months: number[], shortMonths: number[]): Entry[] {
  const rnd = random(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const out: Entry[] = [];
  for (const month of months) {
    const radio = shortMonths.includes(month) ? 1 : int(2, 4);
    out.push({ month, day: int(20, 28), channel: 'dai_truyen_thanh', kind: 'tin_bai', count: radio, title: `Tin, bài về cải cách hành chính phát trên loa truyền thanh tháng ${month}`, office: VHXH });
    out.push({ month, day: int(5, 28), channel: 'fanpage', kind: 'tin_bai', count: int(1, 5), title: 'Bài đăng tuyên truyền CCHC trên Fanpage của UBND', office: VP });
    out.push({ month, day: int(5, 28), channel: 'cong_thong_tin', kind: 'van_ban', count: int(2, 6), title: 'Đăng tải văn bản về CCHC trên Trang thông tin điện tử', office: VP });
    if (rnd() < 0.5) out.push({ month, day: int(1, 15), channel: 'truc_quan', kind: 'bang_ron', count: int(2, 6), title: 'Băng rôn, khẩu hiệu tuyên truyền CCHC tại trụ sở và nơi công cộng', office: VHXH });
    if (rnd() < 0.4) out.push({ month, day: int(8, 25), channel: 'hoi_nghi', kind: 'hoi_nghi', count: 1, attendees: int(40, 120), title: 'Lồng ghép tuyên truyền CCHC trong hội nghị thôn, tổ dân phố', office: VHXH });
    out.push({ month, day: int(3, 27), channel: 'truc_tiep', kind: 'ho_tro', count: int(1, 3), title: 'Hỗ trợ người dân nộp hồ sơ trực tuyến tại bộ phận một cửa', office: VP });
  }
  const dialogueMonth = months[Math.floor(months.length / 2)];
  if (dialogueMonth) out.push({ month: dialogueMonth, day: 12, channel: 'hoi_nghi', kind: 'doi_thoai', count: 1, attendees: int(60, 150), title: 'Đối thoại của Chủ tịch UBND với người dân, doanh nghiệp về thủ tục hành chính', office: VP });
  const trainingMonth = months[1];
  if (trainingMonth) out.push({ month: trainingMonth, day: 16, channel: 'hoi_nghi', kind: 'tap_huan', count: 1, attendees: int(30, 60), title: 'Tập huấn nghiệp vụ CCHC, chuyển đổi số cho cán bộ, công chức', office: VP });
  return out;
}

interface SeedSpan {
  slug: string;
  year: number;
  entries: () => Entry[];
}

const SPANS: SeedSpan[] = [
  { slug: 'kinh-mon', year: 2025, entries: kinhMon2025 },
  { slug: 'binh-giang', year: 2026, entries: () => plausibleYear(4, MONTHS, [4, 9]) },
  { slug: 'nam-an-phu', year: 2026, entries: () => plausibleYear(0, MONTHS, [2, 6, 7]) },
  { slug: 'tu-minh', year: 2025, entries: () => plausibleYear(2, [7, 8, 9, 10, 11, 12], [8]) },
  { slug: 'ben-tam', year: 2025, entries: () => plausibleYear(3, MONTHS, [1, 11]) },
];

/**
 * The demo activities, once per unit and year (a unit that already has activities that
 * year is left alone); nothing dated after today.
 */
export async function seedDemoActivities(db: Kysely<DB>, units: { id: number; slug: string }[], today = vietnamDay(new Date())): Promise<number> {
  let inserted = 0;
  for (const span of SPANS) {
    const unit = units.find((u) => u.slug === span.slug);
    if (!unit) continue;
    if (await hasActivities(db, unit.id, `${span.year}-01-01`, `${span.year}-12-31`)) continue;
    const rows: ActivityValues[] = span
      .entries()
      .map((e) => ({
        day: `${span.year}-${pad(e.month)}-${pad(Math.min(e.day, lastDay(span.year, e.month)))}`,
        channel: e.channel,
        kind: e.kind,
        title: e.title,
        link: null,
        count: e.count,
        attendees: e.attendees ?? 0,
        office: e.office,
        note: null,
      }))
      .filter((r) => r.day <= today);
    inserted += (await insertActivities(db, unit.id, rows, null)).length;
  }
  return inserted;
}
