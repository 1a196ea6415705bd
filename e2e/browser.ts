import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

export const DEMO_PASSWORD = 'jenjang-demo';

export function baseUrl(): string {
  return inject('baseUrl');
}

/** Debian's Chromium, headless, with the flags this network-less machine needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function newPage(browser: Browser, options: { phone?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale: 'id-ID',
    viewport: options.phone ? { width: 390, height: 844 } : { width: 1280, height: 800 },
    ...(options.phone ? { isMobile: true, hasTouch: true } : {}),
  });
  return context.newPage();
}

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(/nama pengguna|username/i).fill(username);
  await page.getByLabel(/kata sandi|password/i).fill(password);
  await page.getByRole('button', { name: /masuk|sign in/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/**
 * Signs in through the API the sign-in form calls, without loading the sign-in and home pages: for
 * tests about what comes after, which open their own page next. The session cookie lands in the
 * page's context as the form's would. Sign-in itself is tested through the form (signIn).
 */
export async function signInDirectly(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  const response = await page.request.post('/api/v1/auth/login', { data: { username, password } });
  expect(response.status(), `signing in ${username}: ${await response.text()}`).toBe(200);
}

/**
 * Fails on serious or critical axe violations, naming each rule, the element's selector and text, and
 * axe's own account of what is wrong (for contrast: the two colours and the ratio).
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = bad.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)} — ${n.failureSummary ?? ''}`)
        .join(' | ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/**
 * One browser for a file's tests: launched before the first, each test's pages closed after it,
 * closed after the last. `page` opens a fresh page signed out; `as` one signed in as `username`
 * through the API (for tests about what comes after signing in).
 */
export function browserForFile() {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    for (const context of browser.contexts()) await context.close();
  });
  afterAll(() => browser.close());
  return {
    page: (options: { phone?: boolean } = {}) => newPage(browser, options),
    async as(username: string, options: { phone?: boolean } = {}): Promise<Page> {
      const page = await newPage(browser, options);
      await signInDirectly(page, username);
      return page;
    },
  };
}

/** axe once the page's animations have ended: a modal still fading in reads as low contrast. */
export async function expectSettledAccessible(page: Page, label: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.getAnimations().length), { timeout: 15_000 }).toBe(0);
  await expectAccessible(page, label);
}

/**
 * Picks an option of a select by its name. A page still rendering what it loaded may close the
 * dropdown between the two clicks (a busy CI machine shows it); then it is opened again.
 */
export async function chooseOption(page: Page, combobox: string, option: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    await page.getByRole('combobox', { name: combobox }).click();
    try {
      await page.getByRole('option', { name: option }).click({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/**
 * A new policy in drafting with one provision (Pasal 1), made through the API as the page's signed-in
 * account (who may draft policies): the policy's id and its draft version's.
 */
export async function draftPolicy(
  page: Page,
  policy: { title: string; purpose: string; provision: string },
): Promise<{ policyId: number; versionId: number }> {
  const me = await page.request.get('/api/v1/auth/me');
  const headers = { 'x-csrf-token': ((await me.json()) as { csrfToken: string }).csrfToken };
  const created = await page.request.post('/api/v1/policies', {
    headers,
    data: {
      title: policy.title,
      area: 'kepegawaian',
      purpose: policy.purpose,
      principles: [],
      legalBasis: [],
      ownerUnitId: null,
      surveyIds: [],
    },
  });
  expect(created.status(), await created.text()).toBe(200);
  const policyId = (await created.json()).id as number;
  const text = await page.request.post(`/api/v1/policies/${policyId}/draft/provisions`, {
    headers,
    data: { parentId: null, afterId: null, label: 'Pasal 1', body: policy.provision },
  });
  expect(text.status(), await text.text()).toBe(200);
  return { policyId, versionId: (await text.json()).version.id as number };
}
