/** Zalo's error codes we act on. Zalo answers HTTP 200 with `error != 0` for most failures. */
export const ZALO_ERRORS = {
  /** The access token is invalid or expired: refresh once and retry. */
  ACCESS_TOKEN_INVALID: -216,
  /** Older OA APIs' "access token expired". */
  ACCESS_TOKEN_EXPIRED: -124,
  /** The user has not interacted with the OA recently: the reply window is closed. */
  OUTSIDE_REPLY_WINDOW: -230,
  /** Graph: the Mini App user's access token is invalid or expired. */
  USER_TOKEN_INVALID: 452,
  /** A code given to us (OAuth authorization code, getPhoneNumber() token) is invalid or expired. */
  CODE_INVALID: -14019,
  /** A parameter Zalo does not accept. */
  INVALID_PARAMETERS: -201,
} as const;

/** A failure talking to Zalo: `code` is Zalo's error code, or 0 for a network or HTTP failure. */
export class ZaloApiError extends Error {
  constructor(
    readonly code: number,
    message: string,
    /** Which API failed, e.g. "oa.message.cs" (never a token or a user's data). */
    readonly api: string,
  ) {
    super(`${api}: ${message} (${code})`);
    this.name = 'ZaloApiError';
  }

  get tokenInvalid(): boolean {
    return this.code === ZALO_ERRORS.ACCESS_TOKEN_INVALID || this.code === ZALO_ERRORS.ACCESS_TOKEN_EXPIRED;
  }

  /** A Mini App user's access token Graph refuses (the user must reopen the app for a new one). */
  get userTokenInvalid(): boolean {
    return this.tokenInvalid || this.code === ZALO_ERRORS.USER_TOKEN_INVALID;
  }

  /** The code we passed on (e.g. a getPhoneNumber() token) is expired, forged or someone else's. */
  get codeRefused(): boolean {
    return this.code === ZALO_ERRORS.CODE_INVALID || this.code === ZALO_ERRORS.INVALID_PARAMETERS;
  }

  get outsideReplyWindow(): boolean {
    return this.code === ZALO_ERRORS.OUTSIDE_REPLY_WINDOW;
  }

  /** Worth trying again later (network, Zalo's 5xx, rate limits), as opposed to a request Zalo refuses. */
  get transient(): boolean {
    return this.code === 0;
  }
}
