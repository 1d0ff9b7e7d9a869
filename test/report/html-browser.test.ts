import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/compare.js';
import { formatReport } from '../../src/report/index.js';
import { tempDir } from '../action/runner.js';
import { ROOT } from '../helpers/fixtures.js';

// Debian's chromium package; .ci/run installs it. No browser download: the machines have no internet.
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SCREENSHOT = path.join(ROOT, 'test-artifacts', 'html-report.png');

/** A page opened from a file, with everything it tried that a self-contained report must not do. */
interface Opened {
  page: Page;
  consoleErrors: string[];
  requests: string[];
  dialogs: string[];
  violations: () => Promise<string[]>;
}

const available = existsSync(CHROMIUM);
if (!available && !process.env.CI) console.warn(`html-browser.test.ts skipped: ${CHROMIUM} is missing (apt-get install chromium); CI fails instead`);

describe.skipIf(!available && !process.env.CI)('html report in headless Chromium', () => {
  let browser: Browser;
  const dir = tempDir('apicompat-html-');

  beforeAll(async () => {
    if (!available) throw new Error(`${CHROMIUM} is missing: CI installs it with apt-get (see .ci/run)`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function open(name: string, html: string, javaScriptEnabled = true): Promise<Opened> {
    const file = path.join(dir, name);
    writeFileSync(file, html, 'utf8');
    const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1200, height: 900 } });
    // Injected by the browser driver, not by the page: CSP does not apply to it.
    await context.addInitScript(() => {
      const w = window as unknown as { cspViolations: string[] };
      w.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    const opened: Opened = { page, consoleErrors: [], requests: [], dialogs: [], violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations) };
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && opened.consoleErrors.push(m.text()));
    page.on('pageerror', (e) => opened.consoleErrors.push(e.message));
    page.on('request', (r) => opened.requests.push(r.url()));
    page.on('dialog', (d) => {
      opened.dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return opened;
  }

  const visibleFindings = (page: Page, level?: string) => page.locator(`.finding${level ? `[data-level="${level}"]` : ''}:visible`).count();

  it('loads the example report without console errors, CSP violations or requests; the level filters hide and show findings', async () => {
    const report = await compare('fixtures/example/trips-v1.yaml', 'fixtures/example/trips-v2.yaml', { cwd: ROOT });
    const { page, consoleErrors, requests, dialogs, violations } = await open('example.html', formatReport(report, 'html'));
    expect(await page.locator('h1').innerText()).toBe('apicompat: breaking');
    expect(await page.locator('#filters').isVisible()).toBe(true);
    expect(await page.locator('#filter-status').innerText()).toBe('Showing 10 of 10 changes');
    expect(await visibleFindings(page)).toBe(10);

    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    const compatible = page.getByRole('button', { name: 'compatible (5)' });
    await compatible.click();
    expect(await compatible.getAttribute('aria-pressed')).toBe('false');
    expect(await visibleFindings(page, 'compatible')).toBe(0);
    expect(await visibleFindings(page)).toBe(5);
    expect(await page.locator('#filter-status').innerText()).toBe('Showing 5 of 10 changes');
    expect(await page.locator('.op:visible').count()).toBe(3);

    // With breaking off too, the operation that only had a breaking change disappears.
    await page.getByRole('button', { name: 'breaking (4)' }).click();
    expect(await visibleFindings(page)).toBe(1);
    expect(await page.locator('.op:visible h3').allInnerTexts()).toEqual(['GET /trips · request/response — 2 breaking, 1 warning, 2 compatible']);

    await page.getByRole('button', { name: 'breaking (4)' }).click();
    await compatible.click();
    expect(await compatible.getAttribute('aria-pressed')).toBe('true');
    expect(await visibleFindings(page)).toBe(10);
    expect(await page.locator('.op:visible').count()).toBe(3);
    // A level without findings cannot be switched.
    expect(await page.getByRole('button', { name: 'info (0)' }).isDisabled()).toBe(true);

    expect(consoleErrors).toEqual([]);
    expect(await violations()).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([expect.stringMatching(/^file:\/\/.*example\.html$/)]);
  }, 60_000);

  it('shows every finding, and no dead filter buttons, with JavaScript disabled', async () => {
    const report = await compare('fixtures/example/trips-v1.yaml', 'fixtures/example/trips-v2.yaml', { cwd: ROOT });
    const { page } = await open('no-js.html', formatReport(report, 'html'), false);
    expect(await visibleFindings(page)).toBe(10);
    expect(await page.locator('#filters').isVisible()).toBe(false);
  }, 60_000);

  it('a hostile spec pair renders its payload as text: nothing runs, no element is injected', async () => {
    const report = await compare('test/report/fixtures/evil-old.yaml', 'test/report/fixtures/evil-new.yaml', { cwd: ROOT });
    const { page, consoleErrors, requests, dialogs, violations } = await open('evil.html', formatReport(report, 'html'));
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('.finding .message').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('<img src=x onerror=alert(1)>')]));
    expect(dialogs).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(await violations()).toEqual([]);
    expect(requests).toHaveLength(1);
    // The filters still work on it.
    await page.getByRole('button', { name: 'warning (1)' }).click();
    expect(await visibleFindings(page, 'warning')).toBe(0);
  }, 60_000);

  it('the policy holds even if markup got through: a foreign script, handler and image are blocked and seen', async () => {
    const report = await compare('test/report/fixtures/evil-old.yaml', 'test/report/fixtures/evil-new.yaml', { cwd: ROOT });
    const smuggled = formatReport(report, 'html').replace('<main>', '<main><script>alert(1)</script><img src="http://127.0.0.1:9/x.png" onerror="alert(2)">');
    const { page, dialogs, violations } = await open('smuggled.html', smuggled);
    expect(dialogs).toEqual([]);
    expect(await violations()).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src-elem inline/), expect.stringMatching(/^img-src http:\/\/127\.0\.0\.1:9/)]));
    // The report's own script still ran.
    expect(await page.locator('#filters').isVisible()).toBe(true);
  }, 60_000);
});
