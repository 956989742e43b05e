import { describe, expect, it } from 'vitest';
import { surveyContextOf, surveyLink, surveyPath } from '../../../../shared/src/satisfaction/survey-link.ts';

describe('the survey link', () => {
  it('carries only the context given, the desk in Vietnamese encoded', () => {
    expect(surveyPath({ unit: 'binh-giang' })).toBe('/survey?unit=binh-giang');
    expect(surveyPath({ unit: 'binh-giang', procedure: '1.001193', desk: ' Quầy 1 ' })).toBe('/survey?unit=binh-giang&procedure=1.001193&desk=Qu%E1%BA%A7y%201');
    expect(surveyLink('https://zalo.me/s/123/', { unit: 'binh-giang', feedback: 'PA-2026-000123' })).toBe(
      'https://zalo.me/s/123/survey?unit=binh-giang&feedback=PA-2026-000123',
    );
  });

  it('reads back what it wrote', () => {
    const url = new URL(surveyLink('http://localhost:3000', { unit: 'binh-giang', procedure: '1.001193', feedback: 'PA-1', desk: 'Quầy 2 — Tư pháp' }));
    expect(surveyContextOf(url.searchParams)).toEqual({ unit: 'binh-giang', procedureCode: '1.001193', feedbackCode: 'PA-1', desk: 'Quầy 2 — Tư pháp' });
  });

  it('drops parts that are not well formed instead of sending them', () => {
    const params = new URLSearchParams({ unit: 'Bình Giang', procedure: '1.00 1193', feedback: '<x>', desk: 'x'.repeat(80) });
    const read = surveyContextOf(params);
    expect(read.unit).toBeNull();
    expect(read.procedureCode).toBeUndefined();
    expect(read.feedbackCode).toBeUndefined();
    expect(read.desk).toHaveLength(60);
    expect(surveyContextOf(new URLSearchParams({ unit: 'binh-giang', desk: '   ' }))).toEqual({ unit: 'binh-giang' });
  });
});
