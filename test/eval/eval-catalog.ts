/**
 * The demo catalog behind the eval: an in-memory PGlite, migrated and seeded, and the
 * composition root's own chatbot over it (the same search as the Mini App).
 */
import Fastify from 'fastify';
import { buildServices } from '../../server/src/composition.ts';
import { loadConfig } from '../../server/src/config.ts';
import { openPglite, type Database } from '../../server/src/db/database.ts';
import { migrate } from '../../server/src/db/migrate.ts';
import { seedDemo } from '../../server/src/seed/demo-seed.ts';
import type { Understanding } from '../../server/src/features/chatbot/understand.ts';

export const EVAL_UNIT = 'binh-giang';

export async function openEvalChatbot(database?: Database): Promise<{ understand: (text: string) => Promise<Understanding>; close: () => Promise<void> }> {
  const own = database === undefined;
  const db = database ?? (await openPglite({}));
  if (own) {
    await migrate(db);
    await seedDemo(db.db);
  }
  const services = buildServices({ ...loadConfig({}), logLevel: 'silent' }, db, Fastify({ logger: false }).log);
  return {
    understand: (text) => services.chatbot.understand(EVAL_UNIT, text),
    close: async () => {
      if (own) await db.close();
    },
  };
}
