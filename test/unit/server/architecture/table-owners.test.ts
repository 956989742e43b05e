import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../../../server/src');

/** Each table and the one feature (or layer) whose repositories read and write it. */
const OWNERS: Record<string, string> = {
  units: 'features/units',
  // where PAKN outside a commune's competence go, per province (issue 11, migration 022)
  transfer_agencies: 'features/units',
  procedures: 'features/catalog',
  procedure_revisions: 'features/catalog',
  hotlines: 'features/catalog',
  guides: 'features/catalog',
  feedback_topics: 'features/rules',
  feedback_deadlines: 'features/rules',
  calendar_years: 'features/rules',
  officers: 'features/officers',
  officer_sessions: 'features/officers',
  feedback: 'features/feedback',
  feedback_photos: 'features/feedback',
  feedback_events: 'features/feedback',
  uploads: 'features/feedback',
  open311_keys: 'features/open311',
  open311_request_details: 'features/open311',
  rate_limit_counters: 'features/rate-limits',
  schema_migrations: 'db',
  // plans (issue 8)
  plans: 'features/plans',
  plan_tasks: 'features/plans',
  plan_targets: 'features/plans',
  activity_batches: 'features/activities',
  activities: 'features/activities',
  activity_evidence: 'features/activities',
  // articles
  article_media: 'features/articles',
  articles: 'features/articles',
  article_reader_days: 'features/articles',
  article_reader_seen: 'features/articles',
  // per-month sums kept by triggers (migration 016)
  activity_month_counts: 'features/activities',
  article_reader_months: 'features/articles',
  // reports (migration 014)
  report_texts: 'features/reports',
  report_due_settings: 'features/reports',
  // PAKN figures (issue 8)
  feedback_fields: 'features/rules',
  feedback_figures: 'features/figures',
  feedback_figures_durations: 'features/figures',
  feedback_figures_open: 'features/figures',
  feedback_figures_months: 'features/figures',
  feedback_figures_month_durations: 'features/figures',
  // Zalo (issue 9)
  zalo_oa_tokens: 'features/zalo-oa',
  zalo_events: 'features/zalo-oa',
  officer_zalo_links: 'features/notifications',
  officer_zalo_link_codes: 'features/notifications',
  notification_outbox: 'features/notifications',
  citizens: 'features/citizens',
  chat_conversations: 'features/chatbot',
  chat_messages: 'features/chatbot',
  // satisfaction (issue 10)
  feedback_ratings: 'features/feedback',
  survey_question_sets: 'features/satisfaction',
  survey_questions: 'features/satisfaction',
  survey_responses: 'features/satisfaction',
  survey_answers: 'features/satisfaction',
  survey_counts: 'features/satisfaction',
};

/**
 * Known exceptions, each with the work that removes it. None now: Open311 reads the
 * PAKN, their photos and status changes through the feedback feature's Open311Reads
 * service. Add an entry only with the issue that removes it.
 */
const PENDING = new Set<string>();

/**
 * Read-only joins into another feature's table, to show a name or slug beside a row
 * (never a write, never a selectFrom). Listed so no new one slips in unseen.
 */
const READ_JOINS = new Set([
  'feedback_topics@features/feedback',
  'units@features/feedback',
  'units@features/officers',
  'units@features/open311',
  'feedback_topics@features/open311',
  'officers@features/feedback',
  'units@features/articles',
  // The lĩnh vực's name beside a PAKN (issue 8).
  'feedback_fields@features/feedback',
  // Which linked officers are active and of which unit, for PAKN reminders (issue 9).
  'officers@features/notifications',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

const TOUCH = /\b(?:selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin)\(\s*'([a-z_0-9]+)/g;
const OWN = /\b(?:selectFrom|insertInto|updateTable|deleteFrom)\(\s*'([a-z_0-9]+)/g;
const RAW = /\b(?:from|join|update|into)\s+([a-z_0-9]+)\b/gi;

/** Every (table, place) pair: place is the feature folder (features/x) or top folder (db, lib...). */
function touches(pattern: RegExp = TOUCH): { table: string; place: string; file: string }[] {
  return sourceFiles(SRC).flatMap((file) => {
    const rel = path.relative(SRC, file).split(path.sep).join('/');
    const place = rel.startsWith('features/') ? rel.split('/').slice(0, 2).join('/') : rel.split('/')[0];
    const text = readFileSync(file, 'utf8');
    const tables = [...text.matchAll(pattern)].map((m) => m[1]);
    // Table names inside sql`` templates.
    for (const block of text.matchAll(/sql`([^`]*)`/g)) tables.push(...[...block[1].matchAll(RAW)].map((m) => m[1]));
    return tables.filter((t) => t in OWNERS).map((table) => ({ table, place, file: rel }));
  });
}

describe('each table has one owner', () => {
  it('every table the code names is in the owners map', () => {
    const named = new Set(sourceFiles(SRC).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(TOUCH)].map((m) => m[1])));
    const unknown = [...named].filter((t) => !(t in OWNERS) && !/^[a-z]$/.test(t));
    expect(unknown).toEqual([]);
  });

  it('only the owning feature selects from, inserts, updates or deletes a table (and names it in sql``)', () => {
    const strays = touches(OWN)
      .filter(({ table, place }) => OWNERS[table] !== place && !PENDING.has(`${table}@${place}`))
      .map(({ table, file }) => `${table} in ${file} (owner: ${OWNERS[table]})`);
    expect([...new Set(strays)]).toEqual([]);
  });

  it('joins into another feature\'s table are only the listed read-only lookups', () => {
    const joins = touches()
      .filter(({ table, place }) => OWNERS[table] !== place)
      .map(({ table, place }) => `${table}@${place}`)
      .filter((key) => !PENDING.has(key) && !READ_JOINS.has(key));
    expect([...new Set(joins)]).toEqual([]);
  });

  it('only repositories (and the migration runner) use the query builder', () => {
    const outside = touches()
      .filter(({ file }) => !file.endsWith('.repository.ts') && file !== 'db/migrate.ts')
      .map(({ table, file }) => `${table} in ${file}`);
    expect([...new Set(outside)]).toEqual([]);
  });
});
