import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatTicketNumber, ticketHref } from '@/lib/tickets/number';
import { DEMO, openTicketForm, signedInBrowsers } from './browser';
import { employeeId, insertTicket, withDatabase } from './fixtures';

/** The demo staff's UI is Russian (their own setting), so texts below are the Russian ones. */
const signedIn = signedInBrowsers();

/** A new repair ticket in the technician's department, created by the manager. */
async function insertFlowTicket(opts: { title: string; assignee?: string; serial?: string }): Promise<number> {
  return (await insertTicket({ ...opts, createdBy: DEMO.manager, departmentOf: DEMO.tech })).id;
}

const statusText = (page: Page) => page.getByTestId('ticket-status').textContent();

/** Presses a status button (confirming a close or cancel) and waits until the page shows the new status. */
async function move(page: Page, to: string, label: string) {
  await page.getByTestId(`move-${to}`).click();
  if (to === 'closed' || to === 'cancelled') await page.locator('dialog[open] button[type=submit]').click();
  await page.locator('[data-testid=ticket-status]', { hasText: label }).waitFor();
}

async function comment(page: Page, body: string, visibility: 'internal' | 'public') {
  await page.locator('#comment-body').fill(body);
  if (visibility === 'public') await page.locator('#comment-public').check();
  await page.getByRole('button', { name: 'Добавить комментарий' }).click();
  await page.locator('[data-testid=timeline-event]', { hasText: body }).waitFor();
}

const timelineTexts = (page: Page) => page.getByTestId('timeline-text').allTextContents();
const timelineActors = (page: Page) => page.getByTestId('timeline-actor').allTextContents();

describe('a ticket through its life in Chromium', () => {
  it('the manager assigns it, the technician works it to ready with comments, the manager closes it; the timeline tells it all in order', async () => {
    const id = await insertFlowTicket({ title: 'Е2Е ноутбук не включается' });
    const techId = await withDatabase((db) => employeeId(db, DEMO.tech));

    const manager = await signedIn(DEMO.manager);
    // The short form of the number opens the ticket too.
    await manager.goto(`/tickets/${id}`);
    expect(await manager.getByTestId('ticket-number').textContent()).toBe(formatTicketNumber(id));
    expect(await manager.getByTestId('ticket-assignee').textContent()).toBe('Не назначен');
    await openTicketForm(manager, 'assignee-open');
    await manager.locator('#field-assignDepartment').waitFor(); // the picker is interactive
    await manager.locator('#field-assigneeId').selectOption(String(techId));
    await manager.getByRole('button', { name: 'Назначить' }).click();
    await manager.locator('[data-testid=ticket-assignee]', { hasText: 'Иван Петров' }).waitFor();

    const tech = await signedIn(DEMO.tech);
    await tech.goto(ticketHref(id));
    expect(await statusText(tech)).toBe('Новая');
    await move(tech, 'diagnostics', 'Диагностика');
    // The client's approval of an estimate has its own test (ticket-lines, public-status): here the work just starts.
    await move(tech, 'in_progress', 'В работе');
    await move(tech, 'ready', 'Готова');
    // A repair is handed over by the desk: "ready" can be closed, but it is the manager who does it below.
    await comment(tech, 'Заменён разъём питания', 'internal');
    await comment(tech, 'Ноутбук готов, можно забирать', 'public');

    // A repair is closed with its diagnosis, work done, lines and the balance paid (written here as the
    // edit form, the lines card and the payments card would).
    await withDatabase(async (db) => {
      const now = Date.now();
      await db.run(`UPDATE tickets SET diagnosis = 'Сломан разъём питания', work_done = 'Заменён разъём питания', estimate_minor = 250000, paid_minor = 250000 WHERE id = ?`, id);
      await db.run(`INSERT INTO ticket_lines (ticket_id, kind, name, quantity, unit_price_minor, created_at, updated_at) VALUES (?, 'work', 'Замена разъёма', 1, 250000, ?, ?)`, id, now, now);
      await db.run(`INSERT INTO payments (ticket_id, kind, method, amount_minor, currency, taken_by_name, created_at) VALUES (?, 'payment', 'cash', 250000, 'RUB', 'Е2Е', ?)`, id, now);
    });
    await manager.reload();
    await move(manager, 'closed', 'Закрыта');
    expect(await manager.getByTestId('move-in_progress').textContent()).toBe('Открыть заново — в работу'); // only a reopen is left
    expect(await manager.getByTestId('move-cancelled').count()).toBe(0);

    expect(await timelineTexts(manager)).toEqual([
      'Заявка создана',
      'Ответственный: — → Иван Петров',
      'Статус: Новая → Диагностика',
      'Статус: Диагностика → В работе',
      'Статус: В работе → Готова',
      'Комментарий',
      'Комментарий',
      'Статус: Готова → Закрыта',
    ]);
    expect(await timelineActors(manager)).toEqual([
      'Дмитрий Орлов',
      'Дмитрий Орлов',
      'Иван Петров',
      'Иван Петров',
      'Иван Петров',
      'Иван Петров',
      'Иван Петров',
      'Дмитрий Орлов',
    ]);
    const comments = manager.locator('[data-testid=timeline-event][data-kind=comment]');
    expect(await comments.nth(0).textContent()).toContain('Заменён разъём питания');
    expect(await comments.nth(0).getByTestId('comment-internal').textContent()).toContain('Внутренний');
    expect(await comments.nth(1).textContent()).toContain('Ноутбук готов, можно забирать');
    expect(await comments.nth(1).getByTestId('comment-public').textContent()).toContain('Виден клиенту');
  });

  it('status buttons say what they do, and cancelling asks first: "keep it" changes nothing', async () => {
    const id = await insertFlowTicket({ title: 'Е2Е отмена с подтверждением', assignee: DEMO.tech });
    const tech = await signedIn(DEMO.tech);
    await tech.goto(ticketHref(id));
    expect(await tech.getByTestId('move-diagnostics').textContent()).toBe('Начать диагностику');
    expect(await tech.getByTestId('move-cancelled').textContent()).toBe('Отменить заявку');

    await tech.getByTestId('move-cancelled').click();
    const dialog = tech.locator('dialog[open]');
    await expect(dialog.locator('h2').textContent()).resolves.toBe('Отменить заявку?');
    await dialog.getByRole('button', { name: 'Оставить как есть' }).click();
    await dialog.waitFor({ state: 'detached' }).catch(() => dialog.waitFor({ state: 'hidden' }));
    expect(await statusText(tech)).toBe('Новая');

    await move(tech, 'cancelled', 'Отменена');
    await tech.getByTestId('status-read-only').or(tech.getByText('Из этого статуса перейти некуда.')).waitFor();
  });

  it('a technician sees no status buttons on a colleague’s ticket, and takes an unassigned one', async () => {
    const colleagues = await insertFlowTicket({ title: 'Е2Е чужая заявка', assignee: DEMO.manager });
    const free = await insertFlowTicket({ title: 'Е2Е свободная заявка' });

    const tech = await signedIn(DEMO.tech);
    await tech.goto(ticketHref(colleagues));
    await tech.getByTestId('status-read-only').waitFor();
    expect(await tech.getByTestId('status-control').count()).toBe(0);
    expect(await tech.getByTestId('comment-form').count()).toBe(0);
    expect(await tech.getByTestId('take-ticket').count()).toBe(0);
    expect(await tech.getByTestId('ticket-edit').count()).toBe(0);
    expect((await tech.goto(ticketHref(colleagues, '/edit')))?.status()).toBe(403);

    await tech.goto(ticketHref(free));
    expect(await tech.getByTestId('status-control').count()).toBe(0);
    await tech.getByRole('button', { name: 'Взять себе' }).click();
    await tech.locator('[data-testid=ticket-assignee]', { hasText: 'Иван Петров' }).waitFor();
    await tech.getByTestId('move-diagnostics').waitFor();
    expect(await tech.getByTestId('take-ticket').count()).toBe(0);
  });

  it('an edit saved in between is not overwritten: the second editor gets the conflict message and keeps their typing', async () => {
    const id = await insertFlowTicket({ title: 'Е2Е конфликт правок', serial: `E2E-${Date.now()}` });
    const first = await signedIn(DEMO.manager);
    const second = await signedIn(DEMO.manager);
    await first.goto(ticketHref(id, '/edit'));
    await second.goto(ticketHref(id, '/edit'));

    await first.locator('#field-diagnosis').fill('Окислен контроллер питания');
    await first.locator('#field-title').fill('Е2Е конфликт правок, уточнено');
    await first.getByRole('button', { name: 'Сохранить изменения' }).click();
    await first.waitForURL((url) => url.pathname === ticketHref(id));
    expect(await first.getByTestId('ticket-diagnosis').textContent()).toBe('Окислен контроллер питания');
    expect(await timelineTexts(first)).toEqual(['Заявка создана', 'Изменено: Тема, Диагноз']);

    await second.locator('#field-diagnosis').fill('Не выявлено');
    await second.getByRole('button', { name: 'Сохранить изменения' }).click();
    const message = second.getByTestId('form-message');
    await message.waitFor();
    expect(await message.textContent()).toContain('Кто-то сохранил заявку после того, как вы её открыли');
    expect(await message.textContent()).toContain('Диагноз');
    expect(new URL(second.url()).pathname).toBe(ticketHref(id, '/edit'));
    expect(await second.locator('#field-diagnosis').inputValue()).toBe('Не выявлено');

    await first.reload();
    expect(await first.getByTestId('ticket-diagnosis').textContent()).toBe('Окислен контроллер питания');
    const stored = await withDatabase((db) => db.get('SELECT diagnosis, title, version FROM tickets WHERE id = ?', id));
    expect(stored).toEqual({ diagnosis: 'Окислен контроллер питания', title: 'Е2Е конфликт правок, уточнено', version: 2 });
  });
});
