/** What the console gets back from reading a task table (XLSX): tasks to review before saving into a plan. */
import { Type, type Static } from '@sinclair/typebox';
import { PlanTaskInput } from './plans.ts';

export const ImportedTasks = Type.Object({
  /** The worksheet the table was found on. */
  sheet: Type.String(),
  /** The spreadsheet row (1-based) of the header that was recognised. */
  headerRow: Type.Integer(),
  tasks: Type.Array(PlanTaskInput),
  /** Group rows ("I. Tuyên truyền trên hệ thống truyền thanh"), each before the task it opens. */
  groups: Type.Array(Type.Object({ title: Type.String(), firstTask: Type.Integer() })),
  /** Rows left out or shortened, with why, so the officer can check them. */
  notes: Type.Array(Type.Object({ row: Type.Integer(), note: Type.String() })),
});
export type ImportedTasksT = Static<typeof ImportedTasks>;
