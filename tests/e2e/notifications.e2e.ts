import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ticketHref } from '@/lib/tickets/number';
import type { RecordedEmail } from '../helpers/fake-resend';
import { DEMO, signedInBrowsers } from './browser';
import { insertTicket } from './fixtures';
import { E2E_CRON_SECRET } from './server';

const signedIn = signedInBrowsers();

/** A client who agreed to mail (English), and a new ticket of theirs, as intake leaves it. */
async function insertClientTicket(label: string): Promise<{ id: number; token: string; email: string }> {
  const email = `e2e-${label}-${Date.now()}@client.test`;
  const { id, token } = await insertTicket({ title: `E2E <b>${label}</b> laptop`, client: { name: `E2E Client ${label}`, email, locale: 'en' } });
  return { id, token, email };
}

const fakeResend = () => inject('fakeResendURL');

async function mailsTo(address: string): Promise<RecordedEmail[]> {
  const { emails } = (await (await fetch(`${fakeResend()}/__emails`)).json()) as { emails: RecordedEmail[] };
  return emails.filter((m) => m.body.to === address);
}

/** after() delivers once the response is out; give it a moment. */
async function waitForMail(address: string, predicate: (m: RecordedEmail) => boolean = () => true, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = (await mailsTo(address)).filter(predicate);
    if (found.length > 0) return found;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no mail to ${address} within ${timeoutMs} ms`);
}

async function control(cmd: { failAlways?: boolean; status?: number }) {
  await fetch(`${fakeResend()}/__control`, { method: 'POST', body: JSON.stringify(cmd) });
}

async function moveTo(page: Page, id: number, to: string, label: string) {
  await page.goto(ticketHref(id));
  await page.getByTestId(`move-${to}`).click();
  await page.locator('[data-testid=ticket-status]', { hasText: label }).waitFor();
}

describe('notifications in Chromium', () => {
  it('a status change made in the UI reaches the client through the mail service and shows in /outbox', async () => {
    const ticket = await insertClientTicket('status');
    const page = await signedIn(DEMO.manager);
    // Ready is one of the statuses the client is told of by default (diagnostics is not).
    await moveTo(page, ticket.id, 'ready', 'Готова');

    const [mail] = await waitForMail(ticket.email);
    expect(mail.body.subject).toMatch(/^Request SC-\d{6}: Ready$/);
    expect(mail.body.html).toContain(`href="${inject('baseURL')}/status/${ticket.token}"`);
    expect(mail.body.html).toContain('E2E &lt;b&gt;status&lt;/b&gt; laptop');
    expect(mail.idempotencyKey).toBe(`status_changed:${ticket.id}:v2`);
    // Exactly one, even after the page re-renders and the sweep runs.
    await new Promise((r) => setTimeout(r, 1000));
    expect(await mailsTo(ticket.email)).toHaveLength(1);

    await page.goto('/outbox?kind=status_changed&state=sent');
    const row = page.locator('[data-testid=outbox-row]', { hasText: ticket.email });
    await expect(row.count()).resolves.toBe(1);
    await row.getByRole('link').click();
    await page.waitForURL(/\/outbox\/\d+$/);
    expect(await page.getByTestId('mail-text').textContent()).toContain('Ready');
    const frame = page.getByTestId('mail-html');
    expect(await frame.getAttribute('sandbox')).toBe('');
    expect(await page.frameLocator('[data-testid=mail-html]').locator('body').textContent()).toContain('Ready');
  });

  it('a failed mail is shown as failed in /outbox and a manager resends it', async () => {
    const ticket = await insertClientTicket('failing');
    await control({ failAlways: true, status: 422 }); // a rejection that does not heal: failed at once
    try {
      const page = await signedIn(DEMO.manager);
      await moveTo(page, ticket.id, 'ready', 'Готова');
      await waitForMail(ticket.email, (m) => m.status === 422);

      await page.goto('/outbox?state=failed');
      const row = page.locator('[data-testid=outbox-row]', { hasText: ticket.email });
      await row.waitFor();
      await row.getByRole('link').click();
      await page.waitForURL(/\/outbox\/\d+$/);
      await control({ failAlways: false });
      await page.getByTestId('resend-form').getByRole('button').click();
      const sent = await waitForMail(ticket.email, (m) => m.status === 200);
      expect(sent).toHaveLength(1);
      await page.reload();
      await page.locator('h1 [data-state=sent]').waitFor();
    } finally {
      await control({ failAlways: false });
    }
  });

  it('`npm run digest` asks the running app for the digest, once a day however often it runs', async () => {
    const run = () =>
      promisify(execFile)('npx', ['tsx', 'scripts/digest.ts', '--url', inject('baseURL')], {
        env: { ...process.env, CRON_SECRET: E2E_CRON_SECRET },
      });
    const first = JSON.parse((await run()).stdout);
    expect(first).toMatchObject({ ok: true, date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(first.queued).toBeGreaterThan(0);
    const second = JSON.parse((await run()).stdout);
    expect(second).toMatchObject({ ok: true, queued: 0, alreadyQueued: first.queued + first.alreadyQueued });
    const digests = (await (await fetch(`${fakeResend()}/__emails`)).json()).emails.filter((m: RecordedEmail) => m.idempotencyKey?.startsWith('digest:'));
    expect(new Set(digests.map((m: RecordedEmail) => m.body.to)).size).toBe(digests.filter((m: RecordedEmail) => m.status === 200 && !m.replayed).length);
    // A wrong secret is refused and the script says so.
    await expect(
      promisify(execFile)('npx', ['tsx', 'scripts/digest.ts', '--url', inject('baseURL')], { env: { ...process.env, CRON_SECRET: 'not-the-secret-at-all' } }),
    ).rejects.toMatchObject({ code: 1 });
  });

  it('technicians cannot open the outbox', async () => {
    const page = await signedIn(DEMO.tech);
    const res = await page.goto('/outbox');
    expect(res?.status()).toBe(403);
  });
});
