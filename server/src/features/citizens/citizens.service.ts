import type { Kysely } from 'kysely';
import type { MeT } from '@cchc/shared/api/me';
import { formatVietnamPhone, maskVietnamPhone } from '@cchc/shared/text/phone';
import type { DB } from '../../db/schema.ts';
import * as repo from './citizens.repository.ts';
import type { CitizenRow, SeenZaloUser } from './citizens.repository.ts';

/** A citizen known through Zalo. `key` is what their PAKN are filed under. */
export interface Citizen {
  id: number;
  key: string;
  appUserId: string;
  oaUserId: string | null;
  name: string;
  /** As Zalo gave it (84…), only after the citizen's consent. */
  phone: string | null;
}

/** The key a Zalo user's PAKN and uploads are filed under (feedback.citizen_key). */
export const zaloCitizenKey = (appUserId: string) => `zalo:${appUserId}`;

/** The key the OA chat files a PAKN under (chatbot.port.ts). */
export const oaCitizenKey = (oaUserId: string) => `zalo-oa:${oaUserId}`;

/** Every key a citizen's own PAKN may be filed under: from the Mini App, and from the OA chat. */
export const keysOf = (citizen: Pick<Citizen, 'key' | 'oaUserId'>) => (citizen.oaUserId ? [citizen.key, oaCitizenKey(citizen.oaUserId)] : [citizen.key]);

const toCitizen = (r: CitizenRow): Citizen => ({
  id: r.id,
  key: zaloCitizenKey(r.zalo_app_user_id),
  appUserId: r.zalo_app_user_id,
  oaUserId: r.zalo_oa_user_id,
  name: r.display_name,
  phone: r.phone,
});

const NOT_LINKED: MeT = { linked: false, name: null, phone: null, phoneMasked: null };

/** The citizens table's owner: one row per Zalo user of the Mini App. */
export class CitizensService {
  constructor(private readonly db: Kysely<DB>) {}

  /** Records that this Zalo user opened the app (created the first time). */
  async seen(user: SeenZaloUser): Promise<Citizen> {
    return toCitizen(await repo.upsertSeen(this.db, user));
  }

  /** The citizen the OA knows by this OA-scoped id (webhook events, OA chat), if they opened the Mini App. */
  async byOaUserId(oaUserId: string): Promise<Citizen | null> {
    const row = await repo.findByOaUserId(this.db, oaUserId);
    return row ? toCitizen(row) : null;
  }

  /**
   * The OA user to write to about a PAKN filed under `citizenKey`: 'zalo-oa:<id>' is one already,
   * 'zalo:<app id>' through the citizen's record (when Zalo gave their OA id); a device has none.
   */
  async oaUserOf(citizenKey: string): Promise<string | null> {
    if (citizenKey.startsWith('zalo-oa:')) return citizenKey.slice('zalo-oa:'.length) || null;
    if (!citizenKey.startsWith('zalo:')) return null;
    return (await this.byAppUserId(citizenKey.slice('zalo:'.length)))?.oaUserId ?? null;
  }

  async byAppUserId(appUserId: string): Promise<Citizen | null> {
    const row = await repo.findByAppUserId(this.db, appUserId);
    return row ? toCitizen(row) : null;
  }

  /** Stores the phone number Zalo decoded after the citizen's consent. */
  async confirmPhone(appUserId: string, phone: string): Promise<MeT> {
    const row = await repo.setPhone(this.db, appUserId, phone);
    return row ? meOf(toCitizen(row)) : NOT_LINKED;
  }

  /** What the Mini App may show and prefill: the name and phone, as people write it. */
  async me(appUserId: string | null): Promise<MeT> {
    if (appUserId === null) return NOT_LINKED;
    const citizen = await this.byAppUserId(appUserId);
    return citizen ? meOf(citizen) : NOT_LINKED;
  }
}

function meOf(citizen: Citizen): MeT {
  return {
    linked: true,
    name: citizen.name || null,
    phone: citizen.phone === null ? null : formatVietnamPhone(citizen.phone),
    phoneMasked: citizen.phone === null ? null : maskVietnamPhone(citizen.phone),
  };
}
