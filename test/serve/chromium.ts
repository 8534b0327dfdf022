// Headless Chromium for the page tests: Debian's /usr/bin/chromium (or $STORYLINE_CHROMIUM) through playwright-core.
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

export const CHROMIUM = process.env.STORYLINE_CHROMIUM ?? '/usr/bin/chromium';
/** false, or why the page tests are skipped. */
export const skip: false | string = existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM} (install it with: apt-get install -y chromium)`;

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A fresh page at `url` that records dialogs, page errors, console errors and requests leaving `origin`. */
export async function openPage(browser: Browser, url: string, origin: string): Promise<{ page: Page; dialogs: string[]; errors: string[]; foreign: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const dialogs: string[] = [];
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url()); });
  await page.goto(url);
  return { page, dialogs, errors, foreign };
}
