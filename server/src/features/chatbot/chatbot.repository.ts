import { sql, type Kysely, type Selectable } from 'kysely';
import type { ChatAuthor, ChatConversationsTable, ChatHandoff, DB } from '../../db/schema.ts';
import type { Executor } from '../../db/executor.ts';
import type { ChatChannel } from './chatbot.port.ts';

export type ConversationRow = Selectable<ChatConversationsTable>;

export async function findConversation(db: Executor, channel: ChatChannel, userKey: string): Promise<ConversationRow | undefined> {
  return db.selectFrom('chat_conversations').selectAll().where('channel', '=', channel).where('user_key', '=', userKey).executeTakeFirst();
}

export async function findConversationById(db: Executor, id: string): Promise<ConversationRow | undefined> {
  return db.selectFrom('chat_conversations').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface ConversationUpdate {
  unitId: number;
  state: Record<string, unknown>;
  expiresAt: Date;
  handoff?: ChatHandoff;
  now: Date;
}

/** A user's first turn: the conversation is written with its state at once. False when another process wrote it first. */
export async function createConversation(db: Executor, id: string, channel: ChatChannel, userKey: string, update: ConversationUpdate): Promise<boolean> {
  const made = await db
    .insertInto('chat_conversations')
    .values({
      id,
      channel,
      user_key: userKey,
      unit_id: update.unitId,
      state: JSON.stringify(update.state),
      version: 1,
      expires_at: update.expiresAt,
      last_message_at: update.now,
      ...(update.handoff === 'waiting' ? { handoff: 'waiting' as const, handed_off_at: update.now } : {}),
    })
    .onConflict((oc) => oc.columns(['channel', 'user_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return made !== undefined;
}

/** The optimistic write: only when nobody changed the row since `version` was read. True when it was. */
export async function saveConversation(db: Executor, id: string, version: number, update: ConversationUpdate): Promise<boolean> {
  const result = await db
    .updateTable('chat_conversations')
    .set({
      unit_id: update.unitId,
      state: JSON.stringify(update.state),
      expires_at: update.expiresAt,
      version: version + 1,
      last_message_at: update.now,
      ...(update.handoff === 'waiting' ? { handoff: 'waiting' as const, handed_off_at: update.now } : {}),
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertMessages(db: Executor, rows: { conversationId: string; author: ChatAuthor; body: string; officerId?: number; at?: Date }[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('chat_messages')
    .values(rows.map((r) => ({ conversation_id: r.conversationId, author: r.author, body: r.body, officer_id: r.officerId ?? null, ...(r.at ? { created_at: r.at } : {}) })))
    .execute();
}

export async function markAnswered(db: Executor, id: string): Promise<void> {
  await db.updateTable('chat_conversations').set({ handoff: 'answered' }).where('id', '=', id).where('handoff', 'is not', null).execute();
}

export interface InboxRow {
  id: string;
  channel: ChatChannel;
  unit_id: number;
  handoff: ChatHandoff;
  handed_off_at: Date;
  last_message_at: Date;
  last_body: string | null;
  last_author: ChatAuthor | null;
}

/** Handed-off conversations of these units, waiting ones first, newest first. */
export async function listInbox(db: Kysely<DB>, unitIds: number[], limit: number): Promise<InboxRow[]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('chat_conversations as c')
    .select(['c.id', 'c.channel', 'c.unit_id', 'c.handoff', 'c.handed_off_at', 'c.last_message_at'])
    .select((eb) => [
      // What the citizen last asked: what an officer scans the inbox for.
      eb.selectFrom('chat_messages as m').select('m.body').whereRef('m.conversation_id', '=', 'c.id').where('m.author', '=', 'citizen').orderBy('m.id', 'desc').limit(1).as('last_body'),
      eb.selectFrom('chat_messages as m').select('m.author').whereRef('m.conversation_id', '=', 'c.id').orderBy('m.id', 'desc').limit(1).as('last_author'),
    ])
    .where('c.unit_id', 'in', unitIds)
    .where('c.handoff', 'is not', null)
    .orderBy(sql`c.handoff = 'waiting'`, 'desc')
    .orderBy('c.last_message_at', 'desc')
    .limit(limit)
    .execute();
  return rows as InboxRow[];
}

export async function listMessages(db: Executor, conversationId: string, afterId = 0, authors?: ChatAuthor[]) {
  let query = db
    .selectFrom('chat_messages')
    .select(['id', 'author', 'body', 'officer_id', 'created_at'])
    .where('conversation_id', '=', conversationId)
    .where('id', '>', afterId);
  if (authors) query = query.where('author', 'in', authors);
  return query.orderBy('id').limit(500).execute();
}
