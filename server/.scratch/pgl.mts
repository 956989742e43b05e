import { openPglite } from '/work/main/server/src/db/database.ts';
import { sql } from 'kysely';
const d = await openPglite({});
await d.execScript('create table t (id int primary key, k text, constraint t_k_key unique (k), c text check (c <> \'bad\'))');
try { await sql`insert into t values (1,'a','x'),(2,'a','y')`.execute(d.db); } catch (e: any) { console.log(Object.keys(e), e.code, e.constraint, e.detail, e.message); }
try { await sql`insert into t values (3,'b','bad')`.execute(d.db); } catch (e: any) { console.log(e.code, e.constraint, e.detail, e.message); }
// concurrent transactions
const run = (i: number) => d.db.transaction().execute(async (tx) => { await sql`insert into t values (${i}, ${'z'}, 'ok')`.execute(tx); await new Promise(r => setTimeout(r, 20)); });
const r = await Promise.allSettled([run(10), run(11)]);
console.log(r.map(x => x.status), r.map((x: any) => x.reason?.code));
await d.close();
