import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { one } from '@/db/exec';
import { clients, tickets } from '@/db/tables';
import type { Staff } from '@/lib/auth/session';
import { setupTestDatabase } from '../helpers/test-db';
import { makeDepartment, makeEmployee } from '../helpers/records';
import { signInAs } from '../helpers/session-mock';

vi.mock('@/lib/auth/session', () => import('../helpers/session-mock'));

const { GET: exportCsv } = await import('@/app/(staff)/tickets/export/route');
const { GET: searchEmployees } = await import('@/app/api/employees/search/route');

const database = setupTestDatabase();
let staff: Staff;
let bigClient: number;
const MANY = 2_345; // more than two export batches

async function download(query: string) {
  const response = await exportCsv(new Request(`http://localhost/tickets/export${query}`));
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

beforeAll(async () => {
  const db = database();
  const dept = (await makeDepartment(db, 'Сервис')).id;
  const employee = await makeEmployee(db, { departmentId: dept, role: 'manager' });
  staff = { id: employee.id, fullName: employee.fullName, email: employee.email, role: 'manager', locale: 'ru', departmentId: dept };
  bigClient = (await one(db.insert(clients).values({ name: 'ООО «Большой клиент»', phone: '+79001112233' }).returning())).id;
  const other = (await one(db.insert(clients).values({ name: 'Other', phone: '+79001112244' }).returning())).id;
  const row = (clientId: number, title: string, at: number): typeof tickets.$inferInsert => ({
    publicToken: randomBytes(16).toString('base64url'),
    kind: 'repair',
    channel: 'phone',
    clientId,
    departmentId: dept,
    title,
    status: 'new',
    priority: 'normal',
    createdAt: new Date(at),
    updatedAt: new Date(at),
  });
  const rows = Array.from({ length: MANY }, (_, i) => {
    const at = Date.parse('2026-03-01T08:00:00Z') + i * 1000;
    return row(bigClient, i === 7 ? '=HYPERLINK("http://evil")' : `Заявка ${i}; «кавычки» "x"`, at);
  });
  rows.push(row(other, 'Not this one', Date.now()));
  // A few hundred rows a statement: well within either engine's limit on the values one statement binds.
  for (let i = 0; i < rows.length; i += 500) await db.insert(tickets).values(rows.slice(i, i + 500));
  await db.insert(tickets).values({ publicToken: 'tok-assigned', kind: 'repair', channel: 'web', clientId: other, departmentId: dept, assigneeId: employee.id, title: '-2+3', status: 'in_progress' });
});

describe('CSV export of the ticket list', () => {
  it('streams every matching row (not one page) with a BOM, Russian headers and a dated file name', async () => {
    signInAs(staff);
    const { response, bytes, text } = await download(`?client=${bigClient}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="tickets-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('Номер;Создана;Изменена;Статус;Приоритет;Тип;Тема;Клиент;Телефон клиента;Ответственный;Отдел;Срок;Устройство;Серийный номер / IMEI;Сумма');
    expect(lines).toHaveLength(MANY + 1);
    const numbers = lines.slice(1).map((l) => l.split(';')[0]);
    expect(new Set(numbers).size).toBe(MANY);
    expect(lines[1]).toMatch(/^SC-\d{6};2026-03-01 \d\d:\d\d;/); // newest first, local time
    expect(text).toContain('"Заявка 5; «кавычки» ""x"""');
    expect(text).toContain('Новая;Обычный;Ремонт');
    expect(text).not.toContain('Not this one');
  });

  it('keeps formulas from running in a spreadsheet', async () => {
    signInAs(staff);
    const { text } = await download(`?client=${bigClient}&q=hyperlink`);
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    const mine = await download('?assignee=me');
    expect(mine.text).toContain(";'-2+3;");
    expect(mine.text).toContain(";'+7 900 111 22 44;"); // a phone that starts with +
    expect(mine.text.split('\r\n').filter(Boolean)).toHaveLength(2);
  });

  it('uses English headers and commas for an English-speaking employee, and ignores bad params', async () => {
    signInAs({ ...staff, locale: 'en' });
    const { text } = await download('?status=bogus&from=2026-02-30&assignee=me');
    expect(text.slice(1).split('\r\n')[0]).toBe('Number,Created,Changed,Status,Priority,Kind,Title,Client,Client phone,Assignee,Department,Due date,Device,Serial number / IMEI,Total');
    expect(text).toContain('In progress,Normal,Repair');
  });

  it('sends an anonymous visitor to sign in on APP_URL, whatever host the request named', async () => {
    signInAs(null);
    const response = await exportCsv(new Request('http://127.0.0.1:3917/tickets/export?status=open'));
    expect(response.status).toBe(303);
    // APP_URL is the default here, http://localhost:3000.
    expect(response.headers.get('location')).toBe('http://localhost:3000/login?callbackUrl=%2Ftickets%2Fexport%3Fstatus%3Dopen');
  });
});

describe('a search with more matches than it counts', () => {
  it('shows "more than 1,000" and the same first page either way', async () => {
    const { listAndCountTickets, listTickets, SEARCH_COUNT_CAP } = await import('@/db/queries/ticket-list');
    const { ticketSearchMatch } = await import('@/lib/tickets/search-match');
    const f = { search: ticketSearchMatch('заявка', 'RU')! };
    const { page, counts } = await listAndCountTickets(f, {}, 50, 'created');
    expect(counts).toEqual({ total: SEARCH_COUNT_CAP, capped: true, byStatus: null });
    const first = await listTickets(f);
    expect(page.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    expect(page.next).toEqual(first.next);
  });
});

describe('the employee picker search', () => {
  it('answers staff with at most ten matching employees and refuses anonymous callers', async () => {
    signInAs(staff);
    const found = await searchEmployees(new Request(`http://localhost/api/employees/search?q=${encodeURIComponent(staff.fullName)}`));
    expect(found.status).toBe(200);
    expect((await found.json()).employees).toEqual([{ id: staff.id, name: staff.fullName, detail: 'Сервис', active: true }]);
    expect((await searchEmployees(new Request('http://localhost/api/employees/search?q='))).status).toBe(400);
    signInAs(null);
    expect((await searchEmployees(new Request('http://localhost/api/employees/search?q=a'))).status).toBe(401);
  });
});
