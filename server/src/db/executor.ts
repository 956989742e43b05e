import type { Kysely, Transaction } from 'kysely';
import type { DB } from './schema.ts';

/** What every repository function takes first: the database, or the transaction it runs in. */
export type Executor = Kysely<DB> | Transaction<DB>;
