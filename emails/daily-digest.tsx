import { Link, Section, Text } from '@react-email/components';
import type { Locale, Status } from '@/lib/domain/enums';
import { formatDateTime, formatMoney } from '@/lib/i18n/format';
import { messagesFor } from '@/lib/i18n/messages';
import type { DigestApprovedItem } from '@/lib/notifications/payload';
import { formatTicketNumber } from '@/lib/tickets/number';
import { EmailLayout, PrimaryButton, previewCompany, styles, type Company } from './_components/layout';

export type DigestEmailRow = {
  id: number;
  title: string;
  clientName: string;
  status: Status;
  ageDays: number;
  /** Already formatted for the recipient's locale, short and all digits ("12.05.2025"), or null. */
  due: string | null;
  overdue: boolean;
  url: string;
};

/** A ticket whose estimate was approved since yesterday, its money and time already formatted. */
export type DigestApprovedEmailRow = {
  id: number;
  title: string;
  clientName: string;
  total: string;
  when: string;
  url: string;
};

/** The approvals of a digest's payload as the mail shows them, in the recipient's language and the company's zone. */
export function digestApprovedRows(items: readonly DigestApprovedItem[] | undefined, locale: Locale, timeZone: string, urlOf: (id: number) => string): DigestApprovedEmailRow[] {
  return (items ?? []).map((a) => ({
    id: a.id,
    title: a.title,
    clientName: a.clientName,
    total: formatMoney(a.totalMinor, a.currency, locale),
    when: formatDateTime(new Date(a.decidedAt), locale, timeZone),
    url: urlOf(a.id),
  }));
}

export type DailyDigestEmailProps = {
  locale: Locale;
  company: Company;
  recipientName: string;
  /** The local day, formatted for the recipient. */
  date: string;
  tickets: DigestEmailRow[];
  /** All open tickets and overdue ones, when the list is cut short. */
  total?: number;
  overdue?: number;
  listUrl: string;
  /** Tickets of the recipient's approved since yesterday; no section when empty or absent. */
  approved?: DigestApprovedEmailRow[];
};

// Laid out for a 600 px mail client (the layout's container): the number, status, due date and
// age keep to one line and take only what they need; the title cell is given width="100%", so it
// takes all the rest instead of wrapping word by word.
const cell = { fontSize: '14px', lineHeight: '20px', padding: '8px 8px 8px 0', borderBottom: '1px solid #e2e8f0', verticalAlign: 'top' as const };
const narrow = { ...cell, whiteSpace: 'nowrap' as const, fontSize: '13px' };
const head = { ...cell, fontSize: '12px', color: '#64748b', textAlign: 'left' as const, fontWeight: 600, whiteSpace: 'nowrap' as const };

/** Each morning, to each active employee: their open tickets, overdue first, with links. */
/** "Approved since yesterday — start work": one short block per ticket, which reads the same as plain text. */
function ApprovedSection({ locale, rows }: { locale: Locale; rows: DigestApprovedEmailRow[] }) {
  const a = messagesFor(locale).notifications.email.digest.approved;
  return (
    <Section data-testid="digest-approved" data-text-format="digestApproved">
      <Text style={{ ...styles.text, fontSize: '16px', fontWeight: 700, marginBottom: '4px' }}>{a.heading}</Text>
      <Text style={{ ...styles.text, marginTop: 0 }}>{a.intro(rows.length)}</Text>
      {rows.map((r) => (
        <Text key={r.id} style={{ ...styles.text, margin: '0 0 12px', paddingLeft: '12px', borderLeft: '3px solid #16a34a' }}>
          <Link href={r.url} style={{ ...styles.link, wordBreak: 'normal' }}>
            {formatTicketNumber(r.id)}
          </Link>{' '}
          {r.title}
          <br />
          <span style={{ color: '#475569', fontSize: '13px' }}>
            {a.client}: {r.clientName} · {a.total}: {r.total} · {a.when}: {r.when}
          </span>
        </Text>
      ))}
    </Section>
  );
}

export default function DailyDigestEmail({ locale, company, recipientName, date, tickets, total, overdue, listUrl, approved }: DailyDigestEmailProps) {
  const t = messagesFor(locale);
  const common = t.notifications.email;
  const s = common.digest;
  const statuses = t.statuses;
  const count = total ?? tickets.length;
  const late = overdue ?? tickets.filter((r) => r.overdue).length;
  return (
    <EmailLayout
      locale={locale}
      company={company}
      preview={s.preview(count, late)}
      heading={s.heading(date)}
      footerNote={s.optOut}
    >
      <Text style={styles.text}>{common.greeting(recipientName)}</Text>
      {approved && approved.length > 0 && <ApprovedSection locale={locale} rows={approved} />}
      <Text style={styles.text}>{s.summary(count, late)}</Text>
      <Section>
        <table
          role="presentation"
          cellPadding={0}
          cellSpacing={0}
          width="100%"
          style={{ width: '100%', borderCollapse: 'collapse' }}
          data-text-format="digestTable"
        >
          <thead>
            <tr>
              <th style={head}>{s.number}</th>
              <th style={{ ...head, width: '100%' }}>
                {s.title} / {s.client}
              </th>
              <th style={head}>{s.status}</th>
              <th style={head}>{s.due}</th>
              <th style={{ ...head, paddingRight: 0 }}>{s.age}</th>
            </tr>
          </thead>
          <tbody>
            {tickets.map((r) => (
              <tr key={r.id}>
                <td style={narrow} data-col="number">
                  <Link href={r.url} style={{ ...styles.link, wordBreak: 'normal' }}>
                    {formatTicketNumber(r.id)}
                  </Link>
                </td>
                <td style={{ ...cell, width: '100%', overflowWrap: 'anywhere' }} width="100%" data-col="title">
                  {r.title}
                  <br />
                  <span style={{ color: '#64748b', fontSize: '13px' }}>{r.clientName}</span>
                </td>
                <td style={narrow} data-col="status">
                  {statuses[r.status]}
                </td>
                <td style={{ ...narrow, color: r.overdue ? '#b91c1c' : undefined, fontWeight: r.overdue ? 700 : undefined }} data-col="due">
                  {r.due ?? '—'}
                  {r.overdue && (
                    <>
                      <br />
                      {s.overdue}
                    </>
                  )}
                </td>
                <td style={{ ...narrow, paddingRight: 0 }} data-col="age">
                  {s.ageDays(r.ageDays)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      {count > tickets.length && <Text style={styles.muted}>{s.more(tickets.length, count)}</Text>}
      <PrimaryButton href={listUrl}>{s.button}</PrimaryButton>
    </EmailLayout>
  );
}

DailyDigestEmail.PreviewProps = {
  locale: 'ru',
  company: previewCompany,
  recipientName: 'Сергей Мастеров',
  date: '15 мая 2025 г.',
  listUrl: 'http://localhost:3000/tickets?assignee=me&status=open',
  approved: [
    { id: 44, title: 'Замена дисплея — Apple iPhone 12', clientName: 'Анна Кузнецова', total: '14 000,00 ₽', when: '14.05.2025, 18:42', url: 'http://localhost:3000/tickets/SC-000044' },
  ],
  tickets: [
    { id: 40, title: 'Принтер зажёвывает бумагу', clientName: 'ООО «Ромашка»', status: 'awaiting_parts', ageDays: 9, due: '12.05.2025', overdue: true, url: 'http://localhost:3000/tickets/SC-000040' },
    { id: 42, title: 'Ноутбук не включается', clientName: 'Иван Петров', status: 'diagnostics', ageDays: 2, due: '16.05.2025', overdue: false, url: 'http://localhost:3000/tickets/SC-000042' },
    { id: 45, title: 'Настройка роутера', clientName: 'Мария Сидорова', status: 'new', ageDays: 0, due: null, overdue: false, url: 'http://localhost:3000/tickets/SC-000045' },
  ],
} satisfies DailyDigestEmailProps;
