import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, it } from 'vitest';
import { DEMO, openBrowser, signIn, type BrowserSession } from './browser';
import { ticketHref } from '@/lib/tickets/number';
import { withDatabase } from './fixtures';

/**
 * Regenerates the screenshots of docs/ from the demo data on every run, so the guide shows
 * the interface as it is. Each page is a step a user takes; a broken page fails here too.
 */
/**
 * `documentLang`: a printed document follows the client's language unless ?lang= asks for the guide's.
 * `phone`: at 390 px instead of 1280. `press`: the test id of a button pressed before the shot.
 */
type Shot = { name: string; path: string | (() => Promise<string>); signedIn: boolean; fullPage?: boolean; phone?: boolean; documentLang?: boolean; press?: string };

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/** A demo repair whose estimate awaits the client: its staff number and its public token. */
function awaitingEstimate(): Promise<{ id: number; token: string }> {
  return withDatabase((db) =>
    db.get<{ id: number; token: string }>(
      `SELECT t.id AS id, t.public_token AS token FROM tickets t JOIN estimates e ON e.ticket_id = t.id AND e.state = 'pending'
       WHERE t.status = 'awaiting_approval' ORDER BY (SELECT count(*) FROM ticket_lines l WHERE l.ticket_id = t.id) DESC, t.id LIMIT 1`,
    ),
  );
}

/** A closed repair with payments and the most lines (the certificate), and a returned one (the refusal note). */
function handoverTickets(): Promise<{ certificate: number; refusal: number }> {
  return withDatabase(async (db) => {
    const one = async (sql: string) => (await db.get<{ id: number }>(sql)).id;
    return {
      certificate: await one(
        `SELECT t.id FROM tickets t WHERE t.status = 'closed' AND t.outcome IS NULL AND EXISTS (SELECT 1 FROM payments p WHERE p.ticket_id = t.id)
         ORDER BY (SELECT count(*) FROM ticket_lines l WHERE l.ticket_id = t.id) DESC, t.id LIMIT 1`,
      ),
      refusal: await one(`SELECT t.id FROM tickets t WHERE t.outcome = 'returned_without_repair' AND t.status IN ('ready', 'closed') ORDER BY t.id LIMIT 1`),
    };
  });
}

/** The local day of the latest payment taken in the evening: a cash report with something in it. */
async function cashReportDay(): Promise<string> {
  const { at } = await withDatabase((db) => db.get<{ at: number }>('SELECT max(created_at) AS at FROM payments'));
  return new Date(at + 3 * 3_600_000).toISOString().slice(0, 10); // the demo's zone, Europe/Moscow
}

const PAGES: Shot[] = [
  { name: 'login', path: '/login', signedIn: false },
  { name: 'status-lookup', path: '/status', signedIn: false },
  { name: 'dashboard', path: '/', signedIn: true, fullPage: true },
  { name: 'clients', path: '/clients', signedIn: true },
  { name: 'client', path: '/clients/1', signedIn: true },
  { name: 'client-new', path: '/clients/new', signedIn: true },
  { name: 'employees', path: '/employees', signedIn: true },
  { name: 'employee', path: '/employees/3', signedIn: true },
  { name: 'employee-new', path: '/employees/new', signedIn: true },
  { name: 'profile', path: '/profile', signedIn: true },
  { name: 'departments', path: '/departments', signedIn: true },
  { name: 'department', path: '/departments/1', signedIn: true },
  { name: 'department-new', path: '/departments/new', signedIn: true },
  { name: 'tickets', path: '/tickets', signedIn: true },
  { name: 'tickets-filtered', path: '/tickets?status=open&priority=high,urgent&sort=due', signedIn: true },
  { name: 'tickets-phone', path: '/tickets', signedIn: true, phone: true },
  { name: 'menu-phone', path: '/tickets', signedIn: true, phone: true, press: 'menu-button' },
  { name: 'ticket', path: '/tickets/SC-000208', signedIn: true },
  { name: 'ticket-phone', path: '/tickets/SC-000208', signedIn: true, phone: true },
  { name: 'ticket-new', path: '/tickets/new', signedIn: true },
  { name: 'ticket-edit', path: '/tickets/SC-000208/edit', signedIn: true },
  { name: 'ticket-print', path: '/tickets/SC-000208/print', signedIn: true },
  { name: 'ticket-label', path: '/tickets/SC-000208/print?layout=label', signedIn: true },
  { name: 'ticket-estimate', path: async () => ticketHref((await awaitingEstimate()).id), signedIn: true, fullPage: true },
  { name: 'status-estimate', path: async () => `/status/${(await awaitingEstimate()).token}#estimate`, signedIn: false, phone: true, fullPage: true },
  { name: 'certificate', path: async () => `${ticketHref((await handoverTickets()).certificate)}/certificate`, signedIn: true, fullPage: true, documentLang: true },
  { name: 'refusal-note', path: async () => `${ticketHref((await handoverTickets()).refusal)}/certificate`, signedIn: true, fullPage: true, documentLang: true },
  { name: 'cash-report', path: async () => `/reports/payments?from=${await cashReportDay()}&to=${await cashReportDay()}`, signedIn: true },
  { name: 'catalog', path: '/catalog', signedIn: true },
  { name: 'catalog-import', path: '/catalog/import', signedIn: true },
  { name: 'outbox', path: '/outbox', signedIn: true },
  { name: 'notification-settings', path: '/settings/notifications', signedIn: true, fullPage: true },
  { name: 'replies', path: '/replies', signedIn: true },
  { name: 'tickets-replied', path: '/tickets?replied=1', signedIn: true },
  { name: 'help', path: '/help/tickets', signedIn: true },
];

let session: BrowserSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe.each(['ru', 'en'] as const)('screenshots for the guide (%s)', (lang) => {
  it('captures every documented page', async () => {
    // Only `npm run docs:screenshots` writes the guide's files; a test run keeps its own copies.
    const dir = path.join(process.env.SCREENSHOTS_DIR ?? path.join(tmpdir(), 'crm-screenshots'), lang);
    mkdirSync(dir, { recursive: true });
    session = await openBrowser(lang === 'ru' ? 'ru-RU' : 'en-US');
    const { page } = session;
    await page.setViewportSize(DESKTOP);
    const pathOf = async (shot: Shot) => (typeof shot.path === 'string' ? shot.path : shot.path());
    for (const shot of PAGES.filter((p) => !p.signedIn)) {
      // Most clients open their link on a phone.
      await page.setViewportSize(shot.phone ? PHONE : DESKTOP);
      await page.goto(await pathOf(shot));
      await page.screenshot({ path: path.join(dir, `${shot.name}.png`), fullPage: shot.fullPage });
    }
    await page.setViewportSize(DESKTOP);
    await signIn(page, DEMO.admin);
    await page.waitForURL((url) => url.pathname === '/');
    // The demo admin's own language setting would win over the browser; switch to the one wanted.
    await page.locator(`button[name=locale][value=${lang}]`).first().click();
    await page.locator(`html[lang=${lang}]`).waitFor();
    for (const shot of PAGES.filter((p) => p.signedIn)) {
      const address = await pathOf(shot);
      await page.setViewportSize(shot.phone ? PHONE : DESKTOP);
      await page.goto(shot.documentLang ? `${address}?lang=${lang}` : address);
      // A streamed section (the dashboard's figures) shows a placeholder until it is revealed.
      await page.getByTestId('team-skeleton').waitFor({ state: 'detached' });
      if (shot.press) await page.getByTestId(shot.press).click();
      await page.screenshot({ path: path.join(dir, `${shot.name}.png`), fullPage: shot.fullPage });
    }
    await page.setViewportSize(DESKTOP);
    // Leave the demo admin in Russian, as seeded, for the tests that follow.
    await page.locator('button[name=locale][value=ru]').first().click();
    await page.locator('html[lang=ru]').waitFor();
  });
});
