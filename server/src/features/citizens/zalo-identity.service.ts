import crypto from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { MeT } from '@cchc/shared/api/me';
import type { ZaloUser } from '../../zalo/graph-client.ts';
import { ZaloApiError } from '../../zalo/zalo-errors.ts';
import { phoneTokenRefused, zaloSessionExpired, zaloUnavailable } from './citizen-errors.ts';
import { keysOf, type CitizensService } from './citizens.service.ts';
import { TokenCache } from './token-cache.ts';

/** The Graph calls this needs (GraphClient's). */
export interface ZaloGraph {
  me(accessToken: string): Promise<ZaloUser>;
  phoneNumber(accessToken: string, code: string): Promise<string>;
}

/** The feedback feature's port: a device's PAKN and photos filed under the citizen instead. */
export interface DeviceLinker {
  moveCitizen(fromKey: string, toKey: string): Promise<number>;
}

/** Who holds a Bearer token, as the citizen routes use it. */
export interface ZaloCitizen {
  appUserId: string;
  /** What their PAKN are filed under from the Mini App. */
  key: string;
  /** Every key their own PAKN may be filed under (the OA chat's too), for "Phản ánh của tôi". */
  keys: string[];
}

type Resolved = { citizen: ZaloCitizen; linkedDevices: Set<string> } | 'refused';

export interface ZaloIdentityOptions {
  /** How long a token → citizen answer is reused (stale at most this long). */
  cacheTtlMs?: number;
  cacheMaxEntries?: number;
}

/**
 * The Mini App's Bearer token (getAccessToken()) → the citizen, through Graph /me, cached
 * briefly per process (a stale entry only delays a name change; a refused token stays refused),
 * the citizen row upserted on every cache miss. A device id sent along moves that device's
 * PAKN to the citizen, once per token and device in this process (the move is idempotent).
 */
export class ZaloIdentity {
  private readonly cache: TokenCache<Resolved>;

  constructor(
    private readonly graph: ZaloGraph,
    private readonly citizens: CitizensService,
    private readonly devices: DeviceLinker,
    private readonly log: FastifyBaseLogger,
    options: ZaloIdentityOptions = {},
  ) {
    this.cache = new TokenCache(options.cacheTtlMs ?? 120_000, options.cacheMaxEntries ?? 20_000);
  }

  /** The citizen holding `accessToken`; 401 when Zalo refuses it, 503 when Zalo does not answer. */
  async resolve(accessToken: string, deviceKey: string | null): Promise<ZaloCitizen> {
    if (accessToken === '' || accessToken.length > MAX_TOKEN_LENGTH) throw zaloSessionExpired();
    const resolved = await this.cache.getOrLoad(tokenKey(accessToken), () => this.load(accessToken));
    if (resolved === 'refused') throw zaloSessionExpired();
    if (deviceKey !== null && !resolved.linkedDevices.has(deviceKey)) {
      const moved = await this.devices.moveCitizen(deviceKey, resolved.citizen.key);
      resolved.linkedDevices.add(deviceKey);
      if (moved > 0) this.log.info({ moved }, 'a device’s PAKN filed under its Zalo citizen');
    }
    return resolved.citizen;
  }

  /** Decodes a getPhoneNumber() token of this user with Graph and stores the number. */
  async confirmPhone(accessToken: string, citizen: ZaloCitizen, phoneToken: string): Promise<MeT> {
    let number: string;
    try {
      number = await this.graph.phoneNumber(accessToken, phoneToken);
    } catch (error) {
      if (!(error instanceof ZaloApiError)) throw error;
      this.log.warn({ api: error.api, code: error.code }, 'zalo refused or did not decode a phone token');
      if (error.userTokenInvalid) {
        this.cache.delete(tokenKey(accessToken));
        throw zaloSessionExpired();
      }
      if (error.codeRefused) throw phoneTokenRefused();
      throw zaloUnavailable();
    }
    return this.citizens.confirmPhone(citizen.appUserId, number);
  }

  private async load(accessToken: string): Promise<Resolved> {
    let user: ZaloUser;
    try {
      user = await this.graph.me(accessToken);
    } catch (error) {
      if (!(error instanceof ZaloApiError)) throw error;
      this.log.warn({ api: error.api, code: error.code }, 'zalo graph did not resolve a mini app token');
      if (error.userTokenInvalid) return 'refused';
      // Down, slow, or refusing us (a wrong app secret): not the citizen's fault, and not cached.
      throw zaloUnavailable();
    }
    const citizen = await this.citizens.seen({ appUserId: user.id, oaUserId: user.idByOa, name: user.name });
    return { citizen: { appUserId: citizen.appUserId, key: citizen.key, keys: keysOf(citizen) }, linkedDevices: new Set() };
  }
}

const MAX_TOKEN_LENGTH = 4096;

/** Tokens are kept in memory only as their hash. */
const tokenKey = (accessToken: string) => crypto.createHash('sha256').update(accessToken).digest('base64url');
