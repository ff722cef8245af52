import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

// Headless Chromium for tests of the web pages: Debian's package (/usr/bin/chromium, apt-get install
// chromium) driven by playwright-core, which never downloads a browser of its own. One browser per
// test file; each test opens a fresh context (no cookies or cache shared between "people").

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A phone's window: the pages are made for it first. */
export const PHONE = { width: 390, height: 844 } as const;

export interface TestBrowser {
  /** a new page in a new context, phone-sized unless told otherwise, and the HTTP status it came with */
  open(url: string, options?: { viewport?: { width: number; height: number } }): Promise<{ page: Page; status: number }>;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<TestBrowser> {
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const contexts: BrowserContext[] = [];
  return {
    async open(url, options = {}) {
      const context = await browser.newContext({ viewport: options.viewport ?? PHONE, deviceScaleFactor: 2, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
      contexts.push(context);
      const page = await context.newPage();
      const response = await page.goto(url);
      return { page, status: response?.status() ?? 0 };
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
    },
  };
}
