import type { Executor } from '../../db/executor.ts';

export async function findReopenDays(db: Executor, unitId: number): Promise<number | undefined> {
  const row = await db.selectFrom('units').select('reopen_days').where('id', '=', unitId).executeTakeFirst();
  return row?.reopen_days;
}

export async function setReopenDays(db: Executor, unitId: number, days: number): Promise<void> {
  await db.updateTable('units').set({ reopen_days: days }).where('id', '=', unitId).execute();
}

export async function findStatutoryDays(db: Executor, unitId: number): Promise<{ transferWorkingDays: number | null; noticeWorkingDays: number | null }> {
  const row = await db.selectFrom('units').select(['transfer_working_days', 'notice_working_days']).where('id', '=', unitId).executeTakeFirst();
  return { transferWorkingDays: row?.transfer_working_days ?? null, noticeWorkingDays: row?.notice_working_days ?? null };
}

export async function setStatutoryDays(db: Executor, unitId: number, days: { transferWorkingDays?: number | null; noticeWorkingDays?: number | null }): Promise<void> {
  const set = {
    ...(days.transferWorkingDays !== undefined ? { transfer_working_days: days.transferWorkingDays } : {}),
    ...(days.noticeWorkingDays !== undefined ? { notice_working_days: days.noticeWorkingDays } : {}),
  };
  if (Object.keys(set).length > 0) await db.updateTable('units').set(set).where('id', '=', unitId).execute();
}

export async function listUnitIds(db: Executor): Promise<number[]> {
  return (await db.selectFrom('units').select('id').orderBy('id').execute()).map((r) => r.id);
}

export async function findPublishSatisfaction(db: Executor, unitId: number): Promise<boolean | undefined> {
  const row = await db.selectFrom('units').select('publish_satisfaction').where('id', '=', unitId).executeTakeFirst();
  return row?.publish_satisfaction;
}

export async function setPublishSatisfaction(db: Executor, unitId: number, publish: boolean): Promise<void> {
  await db.updateTable('units').set({ publish_satisfaction: publish }).where('id', '=', unitId).execute();
}
