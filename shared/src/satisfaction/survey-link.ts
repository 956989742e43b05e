/**
 * The Mini App's survey link with its context: /survey?unit=&procedure=&feedback=&desk=. The console prints
 * it as a QR code on a desk's or a procedure's A5 sheet, the PAKN page and the OA open it; the survey page
 * reads it back with surveyContextOf.
 */

export type SurveyLinkContext = {
  unit: string;
  /** A procedure's code (e.g. 1.001193). */
  procedure?: string;
  /** A PAKN's tracking code. */
  feedback?: string;
  /** The desk (quầy) the QR code stands on, in the officers' words. */
  desk?: string;
};

const CODE = /^[0-9A-Za-z._-]{1,40}$/;
export const SURVEY_DESK_LINK_MAX = 60;

/** "/survey?unit=binh-giang&desk=Qu%E1%BA%A7y%201": only the parts given, in a fixed order. */
export function surveyPath(context: SurveyLinkContext): string {
  const desk = context.desk?.normalize('NFC').trim();
  const parts: [string, string | undefined][] = [
    ['unit', context.unit],
    ['procedure', context.procedure],
    ['feedback', context.feedback],
    ['desk', desk],
  ];
  const query = parts.filter((p): p is [string, string] => Boolean(p[1])).map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
  return `/survey?${query.join('&')}`;
}

/** What surveyContextOf reads: URLSearchParams fits (shared/ has no DOM, hence this small shape). */
export type QueryLookup = { get(name: string): string | null };

/** The absolute link: `base` is the Mini App's address (https://zalo.me/s/<app id> inside Zalo, else the site). */
export function surveyLink(base: string, context: SurveyLinkContext): string {
  let end = base.length;
  while (end > 0 && base[end - 1] === '/') end--;
  return base.slice(0, end) + surveyPath(context);
}

/** What a survey link says, keeping only well-formed parts (a mistyped code is dropped, not sent). */
export function surveyContextOf(params: QueryLookup): {
  unit: string | null;
  procedureCode?: string;
  feedbackCode?: string;
  desk?: string;
} {
  const unit = params.get('unit')?.trim() || null;
  const procedure = params.get('procedure')?.trim();
  const feedback = params.get('feedback')?.trim();
  const desk = params.get('desk')?.normalize('NFC').trim().slice(0, SURVEY_DESK_LINK_MAX);
  return {
    unit: unit && /^[a-z0-9-]{1,80}$/.test(unit) ? unit : null,
    ...(procedure && CODE.test(procedure) ? { procedureCode: procedure } : {}),
    ...(feedback && CODE.test(feedback) ? { feedbackCode: feedback } : {}),
    ...(desk ? { desk } : {}),
  };
}
