import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CurrentSurveyT, PublicSatisfactionT } from '../../shared/src/api/satisfaction.ts';
import { formatPercent } from '../../shared/src/satisfaction/figure-words.ts';
import { surveyLink } from '../../shared/src/satisfaction/survey-link.ts';
import { DEFAULT_DEMO_PASSWORD } from '../../server/src/config.ts';
import { collectPageErrors, productInBrowser } from '../helpers/browser.ts';

/*
 * A citizen at 360 px scans a desk's QR code (the survey link with unit and desk), answers the SIPAS survey one
 * factor per step, sends it and is thanked; the same transaction again is told it was already rated. The
 * published figures of Bình Giang are readable on the public page.
 */

/** The 409 of the second try is expected; the unpublished units' 404 too. */
const realErrors = (errors: string[]) => errors.filter((e) => !/status of (404|409)/.test(e));

/** zmp-ui keeps the leaving screen in the DOM while it slides out; wait until only the new one is left. */
async function settled(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.zaui-routes-item').count(), { timeout: 10_000 }).toBe(1);
}

const noSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** Answers every question of the shown step with `label`, then presses the step's main button. */
async function answerStep(page: Page, label: string, button: 'Tiếp tục' | 'Gửi đánh giá'): Promise<void> {
  const questions = page.getByTestId('survey-question');
  const count = await questions.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const choice = questions.nth(i).getByRole('radio', { name: label, exact: true });
    await choice.click();
    await expect.poll(() => choice.getAttribute('aria-checked')).toBe('true');
  }
  await page.getByRole('button', { name: button }).click();
}

describe('the satisfaction survey in the Mini App', () => {
  const product = productInBrowser();

  it('a citizen at 360 px answers it end to end; the same transaction again says already rated', { timeout: 180_000 }, async () => {
    const page = await product.browser.newPage();
    const errors = collectPageErrors(page);
    const survey = (await (await page.request.get(`${product.url}/api/v1/units/binh-giang/surveys/current`)).json()) as CurrentSurveyT;
    const factorSteps = new Set(survey.questions.flatMap((q) => (q.factor === null ? [] : [q.factor]))).size;
    const link = surveyLink(product.url, { unit: 'binh-giang', desk: 'Quầy 2' });

    // Straight from the QR code: no commune chosen on this phone yet.
    await page.goto(link);
    await page.getByTestId('survey').waitFor();
    await settled(page);
    await expect.poll(() => page.getByTestId('survey-context').innerText()).toContain('Quầy: Quầy 2');
    expect(await page.getByText(`Bước 1/${factorSteps + 1}`).isVisible()).toBe(true);
    expect(await noSideScroll(page)).toBe(true);

    // A required question left out holds the step, in words.
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByTestId('survey-error').waitFor();
    expect(await page.getByTestId('survey-error').innerText()).toMatch(/câu bắt buộc chưa trả lời/);

    // Each factor on its own step, the five words on every question.
    for (let step = 1; step <= factorSteps; step++) {
      await expect.poll(() => page.getByText(`Bước ${step}/${factorSteps + 1}`).isVisible()).toBe(true);
      const words = await page.getByTestId('survey-question').first().getByRole('radio').allInnerTexts();
      expect(words.map((w) => w.trim())).toEqual(['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng']);
      await answerStep(page, step === 2 ? 'Bình thường' : 'Hài lòng', 'Tiếp tục');
    }
    await expect.poll(() => page.getByTestId('survey-step-title').innerText()).toBe('Đánh giá chung');
    expect(await noSideScroll(page)).toBe(true);
    const expectations = page.getByTestId('survey-expectations');
    await expectations.getByText('Rút ngắn thời gian giải quyết').click();
    await page.getByLabel(/Ý kiến khác của bạn/).fill('Cán bộ Quầy 2 hướng dẫn rất tận tình.');

    const [posted] = await Promise.all([
      page.waitForRequest((r) => r.url().endsWith('/api/v1/units/binh-giang/surveys/responses') && r.method() === 'POST'),
      answerStep(page, 'Rất hài lòng', 'Gửi đánh giá'),
    ]);
    await page.getByTestId('survey-thanks').waitFor();
    const body = posted.postDataJSON() as { questionSetVersion: number; answers: { questionId: number; value: number }[]; expectations: string[]; comment: string; context: unknown };
    expect(body.questionSetVersion).toBe(survey.questionSetVersion);
    expect(body.answers.map((a) => a.questionId).sort()).toEqual(survey.questions.map((q) => q.id).sort());
    expect(body.expectations).toEqual([survey.expectations.find((e) => e.text === 'Rút ngắn thời gian giải quyết')!.code]);
    expect(body.comment).toBe('Cán bộ Quầy 2 hướng dẫn rất tận tình.');
    expect(body.context).toEqual({ desk: 'Quầy 2' });
    expect(await page.getByRole('heading', { name: 'Cảm ơn bạn đã đánh giá' }).isVisible()).toBe(true);
    expect(await noSideScroll(page)).toBe(true);

    // The same desk, the same day, the same phone: one response per transaction.
    await page.goto(link);
    await page.getByTestId('survey').waitFor();
    for (let step = 1; step <= factorSteps; step++) await answerStep(page, 'Hài lòng', 'Tiếp tục');
    await answerStep(page, 'Hài lòng', 'Gửi đánh giá');
    await page.getByTestId('survey-already').waitFor();
    expect(await page.getByRole('heading', { name: 'Bạn đã đánh giá giao dịch này rồi' }).isVisible()).toBe(true);
    expect(realErrors(errors)).toEqual([]);
  });

  it("shows Bình Giang's published index and factors with their samples; the home screen leads to the survey", { timeout: 120_000 }, async () => {
    const page = await product.browser.newPage();
    const errors = collectPageErrors(page);
    const api = (await (await page.request.get(`${product.url}/api/v1/units/binh-giang/satisfaction`)).json()) as PublicSatisfactionT;
    expect(api.responses).toBeGreaterThan(0);

    await page.goto(`${product.url}/survey?unit=binh-giang`);
    await page.getByTestId('survey').waitFor();
    // The QR code's commune became this phone's: home shows it, with the survey's tile.
    await page.goto(`${product.url}/`);
    await expect.poll(() => page.getByTestId('current-unit').innerText()).toBe('Xã Bình Giang');
    await page.getByRole('link', { name: 'Đánh giá sự hài lòng' }).click();
    await page.getByTestId('survey').waitFor();

    await page.goto(`${product.url}/satisfaction`);
    await page.getByTestId('satisfaction-public').waitFor();
    expect(await page.getByTestId('public-overall').innerText()).toBe(formatPercent(api.overall.share));
    const factors = await page.getByTestId('public-factors').locator('li').allInnerTexts();
    expect(factors).toHaveLength(api.factors.length);
    api.factors.forEach((f, i) => {
      expect(factors[i]).toContain(f.name);
      expect(factors[i]).toContain(`${formatPercent(f.share)} hài lòng`);
      expect(factors[i]).toContain(`${f.n.toLocaleString('vi-VN')} người trả lời`);
    });
    expect(await noSideScroll(page)).toBe(true);
    expect(realErrors(errors)).toEqual([]);
  });

  it('an answered PAKN offers the survey for that PAKN, which goes with its code', { timeout: 180_000 }, async () => {
    const citizen = await product.browser.newPage();
    const errors = collectPageErrors(citizen);
    const topics = (await (await citizen.request.get(`${product.url}/api/v1/units/binh-giang/feedback/topics`)).json()) as { items: { id: number }[] };
    const sent = await citizen.request.post(`${product.url}/api/v1/units/binh-giang/feedback`, {
      headers: { 'Idempotency-Key': randomUUID(), 'X-Device-Id': randomUUID() },
      data: {
        kind: 'phan_anh',
        topicId: topics.items[0].id,
        content: 'Đèn đường ở thôn Đông bị hỏng đã hai tuần, buổi tối rất tối và nguy hiểm cho người đi đường.',
        contact: { name: 'Nguyễn Thị Hoa', phone: '0912 345 678', address: 'Số 12, thôn Đông, xã Bình Giang' },
      },
    });
    expect(sent.status()).toBe(201);
    const { code, accessKey } = (await sent.json()) as { code: string; accessKey: string };

    // The desk answers it: accept, draft, submit, the leader approves (each officer in a session of their own).
    const session = async (username: string) => {
      const page = await product.browser.newPage();
      expect((await page.request.post(`${product.url}/api/v1/console/session`, { data: { username, password: DEFAULT_DEMO_PASSWORD } })).status()).toBe(204);
      const me = (await (await page.request.get(`${product.url}/api/v1/console/me`)).json()) as { csrfToken: string };
      return (body: Record<string, unknown>) =>
        page.request.post(`${product.url}/api/v1/console/feedback/${code}/actions`, { headers: { 'X-CSRF-Token': me.csrfToken }, data: body });
    };
    const officer = await session('canbo.binh-giang');
    const leader = await session('lanhdao.binh-giang');
    expect((await officer({ action: 'accept', field: 'Giao thông', severity: 'binh_thuong' })).status()).toBe(200);
    expect((await officer({ action: 'draft_answer', answer: 'UBND xã đã cử cán bộ sửa đèn đường ngày 12/5.', submit: true })).status()).toBe(200);
    expect((await leader({ action: 'approve', publish: false })).status()).toBe(200);

    await citizen.goto(`${product.url}/feedback/lookup`);
    await citizen.getByLabel('Mã phản ánh').fill(code);
    await citizen.getByLabel('Khóa tra cứu').fill(accessKey);
    await citizen.getByRole('button', { name: 'Tra cứu' }).click();
    await citizen.getByTestId('feedback-answer').waitFor();
    await citizen.getByTestId('feedback-survey-link').click();
    await citizen.getByTestId('survey').waitFor();
    await expect.poll(() => citizen.getByTestId('survey-context').innerText()).toContain(`Phản ánh: ${code}`);
    const steps = Number(/Bước 1\/(\d+)/.exec(await citizen.locator('.step__count').innerText())![1]);
    for (let step = 1; step < steps; step++) await answerStep(citizen, 'Hài lòng', 'Tiếp tục');
    const [posted] = await Promise.all([
      citizen.waitForRequest((r) => r.url().endsWith('/surveys/responses') && r.method() === 'POST'),
      answerStep(citizen, 'Không hài lòng', 'Gửi đánh giá'),
    ]);
    expect((posted.postDataJSON() as { context: unknown }).context).toEqual({ feedbackCode: code });
    await citizen.getByTestId('survey-thanks').waitFor();
    expect(realErrors(errors)).toEqual([]);
  });
});
