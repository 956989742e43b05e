import type { Executor } from '../../db/executor.ts';
import { findActiveOfficer } from './officers.repository.ts';

/** What other features may ask about officers (the officers feature owns the table). Executor first: pass the transaction when inside one. */
export const officerDirectory = {
  /** An active officer of this unit with this username, if any (assigning a PAKN). */
  activeOfficer: (db: Executor, unitId: number, username: string) => findActiveOfficer(db, unitId, username),
};
