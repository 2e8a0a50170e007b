import { Link, Section, Text } from '@react-email/components';
import type { Locale, Status } from '@/lib/domain/enums';
import { messagesFor } from '@/lib/i18n/messages';
import { formatTicketNumber } from '@/lib/tickets/number';
import { EmailLayout, PrimaryButton, previewCompany, styles, type Company } from './_components/layout';

export type StatusChangedEmailProps = {
  locale: Locale;
  company: Company;
  recipientName: string;
  ticket: { id: number; title: string };
  from: Status;
  to: Status;
  statusUrl: string;
};

/** To the client on every status change: old → new in the client's words, and the public link. */
export default function StatusChangedEmail({ locale, company, recipientName, ticket, from, to, statusUrl }: StatusChangedEmailProps) {
  const s = messagesFor(locale).notifications.email;
  const number = formatTicketNumber(ticket.id);
  const now = s.clientStatuses[to];
  return (
    <EmailLayout locale={locale} company={company} preview={s.statusChanged.preview(now.label)} heading={s.statusChanged.heading}>
      <Text style={styles.text}>{recipientName ? s.greeting(recipientName) : s.greetingNoName}</Text>
      <Text style={styles.text}>
        <strong>
          {s.request} {number}
        </strong>
        {' — '}
        {ticket.title}
      </Text>
      <Section style={{ margin: '0 0 12px' }}>
        <table role="presentation" cellPadding={0} cellSpacing={0} data-text-format="dataTable">
          <tbody>
            <tr>
              <td style={styles.label}>{s.statusChanged.was}</td>
              <td style={{ ...styles.value, color: '#64748b' }}>{s.clientStatuses[from].label}</td>
            </tr>
            <tr>
              <td style={styles.label}>{s.statusChanged.now}</td>
              <td style={{ ...styles.value, fontWeight: 700 }} data-testid="new-status">
                {now.label}
              </td>
            </tr>
          </tbody>
        </table>
      </Section>
      <Text style={styles.text}>{now.hint}</Text>
      <PrimaryButton href={statusUrl}>{s.statusChanged.button}</PrimaryButton>
      <Text style={styles.muted}>
        {s.statusChanged.more}{' '}
        <Link href={statusUrl} style={styles.link}>
          {statusUrl}
        </Link>
      </Text>
    </EmailLayout>
  );
}

StatusChangedEmail.PreviewProps = {
  locale: 'ru',
  company: previewCompany,
  recipientName: 'Иван Петров',
  ticket: { id: 42, title: 'Ноутбук не включается после падения' },
  from: 'diagnostics',
  to: 'ready',
  statusUrl: 'http://localhost:3000/status/preview-token',
} satisfies StatusChangedEmailProps;
