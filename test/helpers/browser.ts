import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startTestServer } from './server.ts';

/** The Chromium installed on this machine (Debian package). Override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A phone the size of a cheap Android handset, in Vietnamese, in Hải Phòng's time zone. */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'vi-VN',
  timezoneId: 'Asia/Ho_Chi_Minh',
};

export interface TestBrowser {
  browser: Browser;
  /** A page in a fresh context (own storage) with the PHONE settings, overridable. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Launches headless Chromium. Playwright gives every launch a fresh temporary profile (--user-data-dir)
 * and removes it on close, so runs never share state.
 */
export async function launchBrowser(): Promise<TestBrowser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext({ ...PHONE, ...options });
      return context.newPage();
    },
    close: () => browser.close(),
  };
}

/** Collects console errors, uncaught page errors and failed requests, to assert none happened. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A navigation to tel: or an aborted in-flight search is not a failure of the app.
    const failure = request.failure()?.errorText ?? '';
    if (failure.includes('ERR_ABORTED')) return;
    errors.push(`requestfailed: ${request.method()} ${request.url()} ${failure}`);
  });
  return errors;
}

/**
 * The whole product (test server with demo data) and a browser for one test file:
 * started before its tests, stopped after. Read `product.url` and `product.browser` inside tests.
 */
export function productInBrowser(): { readonly url: string; readonly browser: TestBrowser } {
  let server: { url: string; close(): Promise<void> } | undefined;
  let browser: TestBrowser | undefined;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      return server!.url;
    },
    get browser() {
      return browser!;
    },
  };
}
