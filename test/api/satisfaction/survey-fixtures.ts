import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { CurrentSurveyT } from '../../../shared/src/api/satisfaction.ts';

export const someAddress = () => `10.${crypto.randomInt(256)}.${crypto.randomInt(256)}.${crypto.randomInt(1, 255)}`;

export async function currentSurvey(app: FastifyInstance, unit = 'binh-giang'): Promise<CurrentSurveyT> {
  const res = await app.inject({ method: 'GET', url: `/api/v1/units/${unit}/surveys/current` });
  if (res.statusCode !== 200) throw new Error(`survey: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** Answers every question of the survey: `value(code)` picks each level (default 4). */
export function answersFor(survey: CurrentSurveyT, value: (code: string) => number | undefined = () => 4) {
  return survey.questions.flatMap((q) => {
    const v = value(q.code);
    return v === undefined ? [] : [{ questionId: q.id, value: v }];
  });
}

export function respond(app: FastifyInstance, body: object, { unit = 'binh-giang', device = crypto.randomUUID(), remoteAddress = someAddress() }: { unit?: string; device?: string | null; remoteAddress?: string } = {}) {
  return app.inject({
    method: 'POST',
    url: `/api/v1/units/${unit}/surveys/responses`,
    headers: device === null ? {} : { 'x-device-id': device },
    payload: body,
    remoteAddress,
  });
}
