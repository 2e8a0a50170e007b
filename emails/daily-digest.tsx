import { Link, Section, Text } from '@react-email/components';
import type { Locale, Status } from '@/lib/domain/enums';
import { messagesFor } from '@/lib/i18n/messages';
import { formatTicketNumber } from '@/lib/tickets/number';
import { EmailLayout, PrimaryButton, emailStrings, previewCompany, styles, type Company } from './_components/layout';

export type DigestEmailRow = {
  id: number;
  title: string;
  clientName: string;
  status: Status;
  ageDays: number;
  /** Already formatted for the recipient's locale, or null. */
  due: string | null;
  overdue: boolean;
  url: string;
};

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
};

const cell = { fontSize: '14px', padding: '8px 8px 8px 0', borderBottom: '1px solid #e2e8f0', verticalAlign: 'top' as const };
const head = { ...cell, fontSize: '12px', color: '#64748b', textAlign: 'left' as const, fontWeight: 600 };

/** Each morning, to each active employee: their open tickets, overdue first, with links. */
export default function DailyDigestEmail({ locale, company, recipientName, date, tickets, total, overdue, listUrl }: DailyDigestEmailProps) {
  const common = emailStrings(locale);
  const s = common.digest;
  const statuses = messagesFor(locale).statuses;
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
      <Text style={styles.text}>{s.summary(count, late)}</Text>
      <Section>
        <table role="presentation" cellPadding={0} cellSpacing={0} width="100%" data-text-format="dataTable">
          <thead>
            <tr>
              <th style={head}>{s.number}</th>
              <th style={head}>
                {s.title} / {s.client}
              </th>
              <th style={head}>{s.status}</th>
              <th style={head}>{s.due}</th>
              <th style={head}>{s.age}</th>
            </tr>
          </thead>
          <tbody>
            {tickets.map((r) => (
              <tr key={r.id}>
                <td style={{ ...cell, whiteSpace: 'nowrap' }}>
                  <Link href={r.url} style={styles.link}>
                    {formatTicketNumber(r.id)}
                  </Link>
                </td>
                <td style={cell}>
                  {r.title}
                  <br />
                  <span style={{ color: '#64748b', fontSize: '13px' }}>{r.clientName}</span>
                </td>
                <td style={cell}>{statuses[r.status]}</td>
                <td style={{ ...cell, whiteSpace: 'nowrap', color: r.overdue ? '#b91c1c' : undefined, fontWeight: r.overdue ? 700 : undefined }}>
                  {r.due ?? '—'}
                  {r.overdue && ` (${s.overdue})`}
                </td>
                <td style={{ ...cell, whiteSpace: 'nowrap' }}>{s.ageDays(r.ageDays)}</td>
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
  tickets: [
    { id: 40, title: 'Принтер зажёвывает бумагу', clientName: 'ООО «Ромашка»', status: 'awaiting_parts', ageDays: 9, due: '12 мая 2025 г.', overdue: true, url: 'http://localhost:3000/tickets/SC-000040' },
    { id: 42, title: 'Ноутбук не включается', clientName: 'Иван Петров', status: 'diagnostics', ageDays: 2, due: '16 мая 2025 г.', overdue: false, url: 'http://localhost:3000/tickets/SC-000042' },
    { id: 45, title: 'Настройка роутера', clientName: 'Мария Сидорова', status: 'new', ageDays: 0, due: null, overdue: false, url: 'http://localhost:3000/tickets/SC-000045' },
  ],
} satisfies DailyDigestEmailProps;
