import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import { vietnamDay } from '@cchc/shared/plan/periods';
import type { DB } from '../../db/schema.ts';
import { unitSettings } from '../units/unit-settings.service.ts';
import { ensureOpenSet } from './question-sets.service.ts';
import * as repo from './satisfaction.repository.ts';

/** A small deterministic generator (mulberry32): the same demo responses on every machine. */
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

/** Mean level per factor: the officers are liked, PAKN handling is the weakest, as SIPAS reports often find. */
const FACTOR_MEAN: Record<number, number> = { 1: 4.05, 2: 3.85, 3: 4.3, 4: 4.15, 5: 3.55 };
const DESKS = ['Quầy 1', 'Quầy 2', 'Quầy 3'];
const COMMENTS = [
  'Cán bộ hướng dẫn nhiệt tình, dễ hiểu.',
  'Phòng chờ hơi nóng vào buổi trưa, mong xã lắp thêm quạt.',
  'Nên có thêm chỗ để xe cho người đến làm thủ tục.',
  'Tôi phải đi lại hai lần vì thiếu giấy tờ, mong niêm yết rõ hơn thành phần hồ sơ.',
  'Thủ tục nhanh, đúng hẹn. Cảm ơn bộ phận một cửa.',
  'Mong xã trả lời phản ánh nhanh hơn.',
  'Máy lấy số hay bị lỗi.',
  'Hướng dẫn nộp hồ sơ trực tuyến rất hữu ích.',
];

function level(r: () => number, mean: number): number {
  // A rounded normal-ish draw around the mean (sum of three uniforms), kept on 1..5.
  const x = mean + (r() + r() + r() - 1.5) * 1.6;
  return Math.max(1, Math.min(5, Math.round(x)));
}

/**
 * The demo's survey: xã Bình Giang publishes its index, with `count` plausible responses over
 * the 180 days up to today (once: a unit that already has responses is left alone); the other
 * demo units do not publish.
 */
export async function seedDemoSatisfaction(
  db: Kysely<DB>,
  city: { id: number },
  unit: { id: number } | undefined,
  procedureCodes: string[],
  { count = 320, today = vietnamDay(new Date()) }: { count?: number; today?: string } = {},
): Promise<number> {
  const set = await ensureOpenSet(db, city.id);
  if (!unit) return 0;
  await unitSettings.setPublishSatisfaction(db, unit.id, true);
  if (await repo.hasResponses(db, unit.id)) return 0;
  const questions = await repo.listQuestions(db, [set.id]);
  const r = random(20_260_310);
  const end = Date.parse(`${today}T00:00:00Z`);
  let inserted = 0;
  await db.transaction().execute(async (tx) => {
    for (let i = 0; i < count; i++) {
      // More responses recently (the QR codes went up on the desks).
      const back = Math.floor(180 * (1 - Math.sqrt(r())));
      const day = new Date(end - back * 86_400_000).toISOString().slice(0, 10);
      const receivedAt = new Date(`${day}T${String(1 + Math.floor(r() * 8)).padStart(2, '0')}:${String(Math.floor(r() * 60)).padStart(2, '0')}:00Z`);
      const mood = (r() - 0.5) * 1.2; // one respondent's general leaning
      const answers = questions
        .filter((q) => q.required || r() < 0.85)
        .map((q) => ({ questionId: q.id, value: level(r, (q.factor ? FACTOR_MEAN[q.factor] : 4.05) + mood) }));
      const procedureCode = procedureCodes.length > 0 && r() < 0.85 ? procedureCodes[Math.floor(r() * procedureCodes.length)] : null;
      const expectations = set.expectations.filter(() => r() < 0.18).slice(0, 3).map((e) => e.code);
      const id = await repo.insertResponse(tx, {
        unitId: unit.id,
        questionSetId: set.id,
        receivedAt,
        receivedDay: vietnamDay(receivedAt),
        procedureCode,
        feedbackCode: null,
        desk: DESKS[Math.floor(r() * DESKS.length)],
        respondentHash: crypto.createHash('sha256').update(`demo-respondent:${i}`).digest('base64url'),
        transactionKey: `demo:${i}`,
        expectations,
        comment: r() < 0.12 ? COMMENTS[Math.floor(r() * COMMENTS.length)] : null,
        answers,
      });
      if (id !== null) inserted++;
    }
  });
  return inserted;
}
