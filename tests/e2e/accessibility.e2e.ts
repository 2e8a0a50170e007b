import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from './browser';
import { arrangePages, demoStaffSpeak, PUBLIC_PAGES, STAFF_PAGES, visitors, type ContractPage, type PageIds } from './contract-pages';

/**
 * axe-core's WCAG 2.1 A and AA rules on every page of SPEC §4, signed in and public, in both
 * languages (issue 19, point 12): the count stays at zero.
 */
const AXE_SOURCE = readFileSync(path.join(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type Violation = { id: string; help: string; nodes: { target: string[]; failureSummary?: string }[] };

/**
 * Evaluated through the DevTools protocol rather than added as a <script>: the app's CSP (a nonce
 * and 'strict-dynamic') would rightly refuse an inline script it did not issue.
 */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations;
  }, TAGS);
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.help}) at ${n.target.join(' ')}: ${n.failureSummary ?? ''}`));
}

/** Waits for what streams in (the dashboard's figures) so the whole page is checked. */
async function visit(page: Page, target: string) {
  const response = await page.goto(target);
  expect(response?.status(), target).toBeLessThan(400);
  await page.getByTestId('team-skeleton').waitFor({ state: 'detached' });
  await page.waitForLoadState('networkidle');
}

describe.each([
  ['ru', 'ru-RU'],
  ['en', 'en-US'],
] as const)('axe-core finds no WCAG 2.1 AA violation (%s)', (lang, browserLocale) => {
  let ids: PageIds;
  const pageOf = visitors(browserLocale);
  demoStaffSpeak(lang);

  beforeAll(async () => {
    ids = await arrangePages();
  });

  const check = async (page: Page, p: ContractPage) => {
    await visit(page, p.path(ids));
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(await axeViolations(page), p.path(ids)).toEqual([]);
  };

  it.each(PUBLIC_PAGES)('public: $name', async (p) => check(await pageOf(null), p));
  it.each(STAFF_PAGES)('signed in: $name', async (p) => check(await pageOf(p.as ?? DEMO.admin), p));
});
