/**
 * The Vietnamese lunisolar calendar (âm lịch), by Hồ Ngọc Đức's algorithm: new moons
 * by Meeus' formula (Astronomical Algorithms, ch. 49), the sun's longitude for the
 * principal terms, and months beginning on the day of the new moon in the calendar's
 * time zone. Viet Nam reckons at UTC+7; the Chinese calendar at UTC+8 differs in
 * some years (Tết 1985, 2007, 2030), which is why no Chinese-calendar library fits.
 * Valid well beyond 1900–2100; dates are Gregorian 'YYYY-MM-DD'.
 */

/** Viet Nam's time zone for the lunar calendar, in hours east of UTC. */
export const VIETNAM_TIME_ZONE = 7;

export interface LunarDate {
  day: number;
  month: number;
  /** The lunar year, numbered as the Gregorian year in which it mostly falls (Tết 2027 begins year 2027). */
  year: number;
  /** True for the intercalary month (tháng nhuận) that repeats `month`. */
  leap: boolean;
}

const SYNODIC_MONTH = 29.530588853;
/** Julian day of the new moon of 1 January 1900, the epoch of k. */
const NEW_MOON_EPOCH = 2415021.076998695;
const DR = Math.PI / 180;
const int = Math.floor;

function jdFromDate(dd: number, mm: number, yy: number): number {
  const a = int((14 - mm) / 12);
  const y = yy + 4800 - a;
  const m = mm + 12 * a - 3;
  let jd = dd + int((153 * m + 2) / 5) + 365 * y + int(y / 4) - int(y / 100) + int(y / 400) - 32045;
  if (jd < 2299161) jd = dd + int((153 * m + 2) / 5) + 365 * y + int(y / 4) - 32083;
  return jd;
}

function jdToDate(jd: number): [number, number, number] {
  let b: number;
  let c: number;
  if (jd > 2299160) {
    const a = jd + 32044;
    b = int((4 * a + 3) / 146097);
    c = a - int((b * 146097) / 4);
  } else {
    b = 0;
    c = jd + 32082;
  }
  const d = int((4 * c + 3) / 1461);
  const e = c - int((1461 * d) / 4);
  const m = int((5 * e + 2) / 153);
  return [e - int((153 * m + 2) / 5) + 1, m + 3 - 12 * int(m / 10), b * 100 + d - 4800 + int(m / 10)];
}

/** The instant (Julian day, UT) of the k-th new moon after 1 January 1900. */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DR);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * DR) + 0.0021 * Math.sin(2 * DR * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * DR) + 0.0161 * Math.sin(DR * 2 * Mpr);
  c1 -= 0.0004 * Math.sin(DR * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(DR * 2 * F) - 0.0051 * Math.sin(DR * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(DR * (M - Mpr)) + 0.0004 * Math.sin(DR * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(DR * (2 * F - M)) - 0.0006 * Math.sin(DR * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(DR * (2 * F - Mpr)) + 0.0005 * Math.sin(DR * (2 * Mpr + M));
  const deltaT = T < -11
    ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
    : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltaT;
}

/** The sun's apparent longitude at a Julian day, in radians, 0 ≤ L < 2π. */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(DR * M);
  DL = DL + (0.019993 - 0.000101 * T) * Math.sin(DR * 2 * M) + 0.00029 * Math.sin(DR * 3 * M);
  const L = (L0 + DL) * DR;
  return L - Math.PI * 2 * int(L / (Math.PI * 2));
}

/** Which of the 12 principal-term sectors (0–11) the sun is in at the start of a local day. */
function sunSector(dayNumber: number, timeZone: number): number {
  return int((sunLongitude(dayNumber - 0.5 - timeZone / 24) / Math.PI) * 6);
}

/** The local day (Julian day number) of the k-th new moon. */
function newMoonDay(k: number, timeZone: number): number {
  return int(newMoon(k) + 0.5 + timeZone / 24);
}

/** The first day of the 11th lunar month (the one holding the winter solstice) of Gregorian year yy. */
function lunarMonth11(yy: number, timeZone: number): number {
  const off = jdFromDate(31, 12, yy) - 2415021;
  const k = int(off / SYNODIC_MONTH);
  const nm = newMoonDay(k, timeZone);
  return sunSector(nm, timeZone) >= 9 ? newMoonDay(k - 1, timeZone) : nm;
}

/** In a 13-month year starting at month 11 (a11), the index of the leap month: the first without a principal term. */
function leapMonthOffset(a11: number, timeZone: number): number {
  const k = int((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let last: number;
  let i = 1;
  let arc = sunSector(newMoonDay(k + i, timeZone), timeZone);
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i, timeZone), timeZone);
  } while (arc !== last && i < 14);
  return i - 1;
}

function toIso([d, m, y]: [number, number, number]): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The lunar date of a Gregorian day ('YYYY-MM-DD'). */
export function solarToLunar(day: string, timeZone = VIETNAM_TIME_ZONE): LunarDate {
  const [yy, mm, dd] = day.split('-').map(Number) as [number, number, number];
  const dayNumber = jdFromDate(dd, mm, yy);
  const k = int((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let monthStart = newMoonDay(k + 1, timeZone);
  if (monthStart > dayNumber) monthStart = newMoonDay(k, timeZone);
  let a11 = lunarMonth11(yy, timeZone);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = yy;
    a11 = lunarMonth11(yy - 1, timeZone);
  } else {
    lunarYear = yy + 1;
    b11 = lunarMonth11(yy + 1, timeZone);
  }
  const diff = int((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, timeZone);
    if (diff >= leapDiff) {
      month = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { day: dayNumber - monthStart + 1, month, year: lunarYear, leap };
}

/** The Gregorian day ('YYYY-MM-DD') of a lunar date, or null for a leap month the year does not have. */
export function lunarToSolar(lunar: LunarDate, timeZone = VIETNAM_TIME_ZONE): string | null {
  const { day, month, year, leap } = lunar;
  const [a11, b11] = month < 11
    ? [lunarMonth11(year - 1, timeZone), lunarMonth11(year, timeZone)]
    : [lunarMonth11(year, timeZone), lunarMonth11(year + 1, timeZone)];
  const k = int(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, timeZone);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return null;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return null;
  }
  return toIso(jdToDate(newMoonDay(k + off, timeZone) + day - 1));
}

/** Mùng 1 Tết of the lunar year that begins in Gregorian year `year`. */
export function lunarNewYear(year: number, timeZone = VIETNAM_TIME_ZONE): string {
  return lunarToSolar({ day: 1, month: 1, year, leap: false }, timeZone)!;
}
