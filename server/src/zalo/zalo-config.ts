/** Where Zalo lives and who we are to it. Every base URL is configurable so tests talk to the fake Zalo. */
export interface ZaloConfig {
  appId: string;
  appSecret: string;
  oaId: string;
  /** The OA's secret key: signs webhook events. */
  oaSecret: string;
  /** The first OA token pair; afterwards the pair lives (and rotates) in the database. */
  initialAccessToken: string | null;
  initialRefreshToken: string | null;
  bases: { oa: string; oauth: string; graph: string; zns: string };
  /** The unit whose OA this is (ZALO_OA_UNIT, a slug); null: the city's, whose chatbot asks for the commune. */
  oaUnit: string | null;
  /** The Mini App's id: OA buttons open it at https://zalo.me/s/<id>/…; null opens the public web address. */
  miniAppId: string | null;
  /**
   * Hours after the user last wrote to the OA in which we still send them OA messages: 48 is Zalo's
   * free window; up to 168 (7 days) is allowed. Beyond, a ZNS template (when configured) or nothing.
   */
  replyWindowHours: number;
  /** OA replies to one user per minute at most (a flood beyond gets one notice, then silence). */
  repliesPerMinute: number;
  /** ZNS template id per notice kind (pakn_received, pakn_answered, pakn_needs_info), for users outside the window. */
  znsTemplates: Record<string, string>;
}

export const ZALO_DEFAULT_BASES = {
  oa: 'https://openapi.zalo.me',
  oauth: 'https://oauth.zaloapp.com',
  graph: 'https://graph.zalo.me',
  zns: 'https://business.openapi.zalo.me',
} as const;

/**
 * ZALO_* environment → config, or null when Zalo is not set up (the product then runs without
 * the OA: the Mini App falls back to device identities and nothing is sent to Zalo).
 * Appends every problem to `problems`, so the caller can report them all at once.
 */
export function readZaloConfig(env: NodeJS.ProcessEnv, problems: string[]): ZaloConfig | null {
  const value = (name: string) => env[name]?.trim() || null;
  const appId = value('ZALO_APP_ID');
  const appSecret = value('ZALO_APP_SECRET');
  const oaId = value('ZALO_OA_ID');
  const oaSecret = value('ZALO_OA_SECRET');
  const any = [appId, appSecret, oaId, oaSecret].some((v) => v !== null);
  if (!any) return null;
  for (const [name, v] of [['ZALO_APP_ID', appId], ['ZALO_APP_SECRET', appSecret], ['ZALO_OA_ID', oaId], ['ZALO_OA_SECRET', oaSecret]] as const) {
    if (v === null) problems.push(`${name} is required once any ZALO_ setting is given (Zalo for Developers → the app's settings)`);
  }
  const access = value('ZALO_OA_ACCESS_TOKEN');
  const refresh = value('ZALO_OA_REFRESH_TOKEN');
  if ((access === null) !== (refresh === null)) problems.push('ZALO_OA_ACCESS_TOKEN and ZALO_OA_REFRESH_TOKEN are given together (the first OA token pair)');
  const base = (name: string, fallback: string) => {
    let url = value(name) ?? fallback;
    while (url.endsWith('/')) url = url.slice(0, -1);
    if (!/^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/.test(url)) problems.push(`${name} must be an http(s) address, got "${env[name]}"`);
    return url;
  };
  const window = value('ZALO_REPLY_WINDOW_HOURS') ?? '48';
  if (!/^\d+$/.test(window) || Number(window) < 1 || Number(window) > 168) problems.push(`ZALO_REPLY_WINDOW_HOURS must be a whole number of hours from 1 to 168 (Zalo allows OA messages up to 7 days after the user last wrote), got "${window}"`);
  let znsTemplates: Record<string, string> = {};
  const templates = value('ZALO_ZNS_TEMPLATES');
  if (templates) {
    try {
      const parsed = JSON.parse(templates) as unknown;
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || Object.values(parsed).some((v) => typeof v !== 'string')) throw new Error('not a map');
      znsTemplates = parsed as Record<string, string>;
    } catch {
      problems.push('ZALO_ZNS_TEMPLATES must be a JSON object of notice kind → template id, e.g. {"pakn_answered":"301234"}');
    }
  }
  return {
    appId: appId ?? '',
    appSecret: appSecret ?? '',
    oaId: oaId ?? '',
    oaSecret: oaSecret ?? '',
    initialAccessToken: access,
    initialRefreshToken: refresh,
    bases: {
      oa: base('ZALO_OA_API_BASE', ZALO_DEFAULT_BASES.oa),
      oauth: base('ZALO_OAUTH_BASE', ZALO_DEFAULT_BASES.oauth),
      graph: base('ZALO_GRAPH_BASE', ZALO_DEFAULT_BASES.graph),
      zns: base('ZALO_ZNS_BASE', ZALO_DEFAULT_BASES.zns),
    },
    oaUnit: value('ZALO_OA_UNIT'),
    miniAppId: value('ZALO_MINI_APP_ID'),
    replyWindowHours: Number(window),
    repliesPerMinute: 12,
    znsTemplates,
  };
}
