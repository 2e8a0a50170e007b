import { render, toPlainText } from '@react-email/render';
import { describe, expect, it } from 'vitest';
import DailyDigestEmail from '@/emails/daily-digest';
import StatusChangedEmail from '@/emails/status-changed';
import TicketAssignedEmail from '@/emails/ticket-assigned';
import TicketCreatedEmail from '@/emails/ticket-created';
import type { Locale } from '@/lib/domain/enums';
import { messagesFor } from '@/lib/i18n/messages';
import { notificationsEn, notificationsRu } from '@/lib/i18n/messages/features/notifications';
import { renderNotification } from '@/lib/notifications/render';
import { subjectFor } from '@/lib/notifications/subjects';
import type { NotificationContent } from '@/lib/notifications/payload';

const EVIL = '<script>alert("x")</script> & <b>bold</b>';
const token = 'tok_ABC-123';

function contents(locale: Locale, title = 'Laptop will not start'): NotificationContent[] {
  const ticket = { id: 42, title, publicToken: token };
  return [
    { kind: 'ticket_created', locale, payload: { recipientName: 'Ivan', ticket } },
    { kind: 'status_changed', locale, payload: { recipientName: 'Ivan', ticket, from: 'diagnostics', to: 'ready' } },
    {
      kind: 'assigned',
      locale,
      payload: {
        recipientName: 'Sergei',
        assignedBy: 'Anna',
        ticket: { ...ticket, kind: 'repair', status: 'new', priority: 'high', dueDate: '2025-05-20', clientName: 'Ivan', description: 'Dropped' },
      },
    },
    {
      kind: 'digest',
      locale,
      payload: {
        recipientName: 'Sergei',
        date: '2025-05-15',
        total: 2,
        overdue: 1,
        tickets: [
          { id: 40, title, clientName: 'Ivan', status: 'awaiting_parts', priority: 'normal', createdAt: Date.UTC(2025, 4, 5, 9), dueDate: '2025-05-12', overdue: true },
          { id: 42, title: 'Router', clientName: 'Maria', status: 'new', priority: 'low', createdAt: Date.UTC(2025, 4, 15, 6), dueDate: null, overdue: false },
        ],
      },
    },
  ];
}

describe('e-mail templates', () => {
  it.each(['ru', 'en'] as const)('every template renders in %s, as HTML and plain text, with the company name', async (locale) => {
    for (const content of contents(locale)) {
      const mail = await renderNotification(content);
      expect(mail.html).toContain(`lang="${locale}"`);
      expect(mail.html).toContain('Service Desk');
      expect(mail.text).toContain('Service Desk');
      expect(mail.text.length).toBeGreaterThan(50);
      expect(mail.subject).toBe(subjectFor(content));
    }
  });

  it('speaks the recipient language', async () => {
    const [, ruStatus] = contents('ru');
    const [, enStatus] = contents('en');
    const ru = await renderNotification(ruStatus);
    const en = await renderNotification(enStatus);
    expect(ru.text).toContain(notificationsRu.email.statusChanged.heading);
    expect(ru.text).toContain(notificationsRu.email.clientStatuses.ready.label);
    expect(ru.subject).toBe('Заявка SC-000042: Готово');
    expect(en.text).toContain(notificationsEn.email.statusChanged.heading);
    expect(en.subject).toBe('Request SC-000042: Ready');
  });

  it('status change mail shows old → new in the client words and the public link from APP_URL', async () => {
    const mail = await renderNotification(contents('en')[1]);
    expect(mail.text).toContain('Being diagnosed');
    expect(mail.text).toContain('Ready');
    expect(mail.html).toContain(`href="http://localhost:3000/status/${token}"`);
    expect(mail.text).toContain(`http://localhost:3000/status/${token}`);
  });

  it('ticket created mail carries the public status link', async () => {
    const mail = await renderNotification(contents('ru')[0]);
    expect(mail.html).toContain(`http://localhost:3000/status/${token}`);
    expect(mail.text).toContain('SC-000042');
  });

  it('assignment mail summarises the ticket and links to it for staff', async () => {
    const mail = await renderNotification(contents('en')[2]);
    expect(mail.html).toContain('href="http://localhost:3000/tickets/SC-000042"');
    expect(mail.text).toContain('Anna assigned this ticket to you.');
    expect(mail.text).toContain('High');
    expect(mail.text).toContain('20 May 2025');
  });

  it('digest lists every ticket with its link, marks the overdue one, and counts days', async () => {
    const mail = await renderNotification(contents('en')[3]);
    expect(mail.html).toContain('href="http://localhost:3000/tickets/SC-000040"');
    expect(mail.html).toContain('href="http://localhost:3000/tickets/SC-000042"');
    expect(mail.text).toContain('overdue');
    expect(mail.text).toContain('10 d'); // created 5 May, digest of 15 May
    expect(mail.text).toContain('today');
    expect(mail.subject).toBe('Your open tickets on 15 May 2025: 2');
    expect(mail.html.indexOf('SC-000040')).toBeLessThan(mail.html.indexOf('SC-000042'));
  });

  it.each(['ru', 'en'] as const)('HTML in a ticket title is shown as text, never markup (%s)', async (locale) => {
    for (const content of contents(locale, EVIL)) {
      const mail = await renderNotification(content);
      expect(mail.html).not.toContain('<script>');
      expect(mail.html).not.toContain('<b>bold</b>');
      expect(mail.html).toContain('&lt;script&gt;');
      // The plain-text part is text: the title appears as typed.
      expect(mail.text).toContain('<b>bold</b>');
    }
  });

  it('a title cannot break the subject line', () => {
    const content = contents('en', 'Line one\r\nBcc: someone@evil.test')[2];
    const subject = subjectFor(content);
    expect(subject).not.toMatch(/[\r\n]/);
    expect(subject).toContain('Line one Bcc: someone@evil.test');
  });

  it('templates render with their preview props (what a designer sees)', async () => {
    const previews = [
      <TicketCreatedEmail key="created" {...TicketCreatedEmail.PreviewProps} />,
      <StatusChangedEmail key="status" {...StatusChangedEmail.PreviewProps} />,
      <TicketAssignedEmail key="assigned" {...TicketAssignedEmail.PreviewProps} />,
      <DailyDigestEmail key="digest" {...DailyDigestEmail.PreviewProps} />,
    ];
    for (const preview of previews) expect(toPlainText(await render(preview))).toContain('Service Desk');
  });
});

describe('the digest laid out for mail clients', () => {
  const LONG = 'Принтер HP LaserJet зажёвывает бумагу при двусторонней печати и иногда не берёт лист из лотка';
  function digest(locale: Locale): NotificationContent {
    const at = (day: number) => Date.UTC(2025, 4, day, 9);
    return {
      kind: 'digest',
      locale,
      payload: {
        recipientName: 'Sergei',
        date: '2025-05-15',
        total: 3,
        overdue: 1,
        tickets: [
          { id: 40, title: LONG, clientName: 'ООО «Ромашка»', status: 'awaiting_approval', priority: 'normal', createdAt: at(5), dueDate: '2025-05-12', overdue: true },
          { id: 41, title: 'Router', clientName: 'Maria Smith', status: 'new', priority: 'low', createdAt: at(15), dueDate: null, overdue: false },
          { id: 1042, title: 'Ноутбук не включается', clientName: 'Иван', status: 'in_progress', priority: 'high', createdAt: at(14), dueDate: '2025-05-20', overdue: false },
        ],
      },
    };
  }
  const chars = (s: string) => [...s].length;

  it.each(['ru', 'en'] as const)('the plain text (%s) keeps its columns at the same character offsets on every line', async (locale) => {
    const s = (locale === 'ru' ? notificationsRu : notificationsEn).email.digest;
    const st = messagesFor(locale).statuses;
    const statuses = { a: st.awaiting_approval, n: st.new, p: st.in_progress };
    const lines = (await renderNotification(digest(locale))).text.split('\n');
    const header = lines.find((l) => l.startsWith(`${s.number} `))!;
    expect(header).toBeDefined();
    // Where each column starts, in characters (not bytes, not UTF-16 units), read off the header.
    const starts = [0, chars(header.slice(0, header.indexOf(s.due))), chars(header.slice(0, header.indexOf(s.age))), chars(header.slice(0, header.indexOf(s.status)))];
    const columns = (line: string) => {
      const c = [...line];
      return starts.map((from, i) => c.slice(from, starts[i + 1]).join(''));
    };
    const row = (number: string) => lines.find((l) => l.startsWith(number))!;
    const numeric = (d: string) => (locale === 'ru' ? d.split('-').reverse().join('.') : d.split('-').reverse().join('/'));
    expect(columns(row('SC-000040')).map((c) => c.trim())).toEqual(['SC-000040', `${numeric('2025-05-12')} (${s.overdue})`, s.ageDays(10), statuses.a]);
    expect(columns(row('SC-000041')).map((c) => c.trim())).toEqual(['SC-000041', '—', s.ageDays(0), statuses.n]);
    expect(columns(row('SC-001042')).map((c) => c.trim())).toEqual(['SC-001042', numeric('2025-05-20'), s.ageDays(1), statuses.p]);
    // Each cell is followed by padding up to the next column: nothing runs into its neighbour.
    for (const line of [header, row('SC-000040'), row('SC-000041'), row('SC-001042')]) {
      for (const start of starts.slice(1)) expect([...line][start - 1], line).toBe(' ');
    }

    // Under each row: title, client and link, indented to the second column; a long title is cut with "…".
    const block = lines.slice(lines.indexOf(row('SC-000040')) + 1, lines.indexOf(row('SC-000040')) + 4);
    const indent = ' '.repeat(starts[1]);
    for (const line of block) expect(line.startsWith(indent) && line[indent.length] !== ' ', line).toBe(true);
    expect(block[0].trim()).toMatch(/^Принтер HP LaserJet зажёвывает .*…$/);
    expect(block[1]).toContain('ООО «Ромашка»');
    expect(block[2].trim()).toBe('http://localhost:3000/tickets/SC-000040');
    // The table fits a 72-column reader; only links, which must stay whole, may be longer.
    const table = lines.slice(lines.indexOf(header), lines.indexOf(row('SC-001042')) + 4);
    for (const line of table.filter((l) => !l.includes('http'))) expect(chars(line), line).toBeLessThanOrEqual(72);
    expect(table.filter((l) => l.trim().startsWith('http'))).toHaveLength(3);
  });

  it('the HTML gives the title the width a 600 px client has left, and keeps the short columns on one line', async () => {
    const { html } = await renderNotification(digest('ru'));
    expect(html).toMatch(/max-width:600px/);
    const table = /<table[^>]*data-text-format="digestTable"[^>]*>/.exec(html)?.[0] ?? '';
    expect(table).toContain('width="100%"');
    const cells = (col: string) => html.match(new RegExp(`<td[^>]*data-col="${col}"[^>]*>`, 'g')) ?? [];
    for (const col of ['number', 'status', 'due', 'age']) {
      expect(cells(col)).toHaveLength(3);
      for (const td of cells(col)) expect(td, col).toMatch(/white-space:nowrap/);
    }
    expect(cells('title')).toHaveLength(3);
    for (const td of cells('title')) {
      expect(td).toContain('width="100%"');
      expect(td).not.toMatch(/nowrap|width:\d+px/);
    }
    // The date column holds the short date, not "12 мая 2025 г.", so it does not crowd the title.
    expect(html).toContain('12.05.2025');
    expect(html).not.toContain('12 мая 2025');
  });
});
