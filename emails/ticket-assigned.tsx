import { Section, Text } from '@react-email/components';
import type { Locale, Priority, Status, TicketKind } from '@/lib/domain/enums';
import { messagesFor } from '@/lib/i18n/messages';
import { formatTicketNumber } from '@/lib/tickets/number';
import { EmailLayout, PrimaryButton, previewCompany, styles, type Company } from './_components/layout';

export type TicketAssignedEmailProps = {
  locale: Locale;
  company: Company;
  recipientName: string;
  assignedBy: string | null;
  ticket: {
    id: number;
    title: string;
    kind: TicketKind;
    status: Status;
    priority: Priority;
    clientName: string;
    description: string;
  };
  /** Already formatted for the recipient's locale, or null. */
  due: string | null;
  ticketUrl: string;
};

const EXCERPT = 400;

/** To an employee when someone else assigns them a ticket: a summary and the link to it. */
export default function TicketAssignedEmail({ locale, company, recipientName, assignedBy, ticket, due, ticketUrl }: TicketAssignedEmailProps) {
  const t = messagesFor(locale);
  const common = t.notifications.email;
  const s = common.assigned;
  const number = formatTicketNumber(ticket.id);
  const description = ticket.description.length > EXCERPT ? `${ticket.description.slice(0, EXCERPT)}…` : ticket.description;
  const rows: [string, string][] = [
    [s.client, ticket.clientName],
    [s.kind, s.kinds[ticket.kind]],
    [s.status, t.statuses[ticket.status]],
    [s.priority, t.priorities[ticket.priority]],
    [s.due, due ?? s.noDue],
  ];
  return (
    <EmailLayout locale={locale} company={company} preview={s.preview(number)} heading={s.heading}>
      <Text style={styles.text}>{common.greeting(recipientName)}</Text>
      <Text style={styles.text}>{assignedBy ? s.body(assignedBy) : s.bodyNoActor}</Text>
      <Text style={{ ...styles.text, fontSize: '17px' }}>
        <strong>{number}</strong> — {ticket.title}
      </Text>
      <Section style={{ margin: '0 0 12px' }}>
        <table role="presentation" cellPadding={0} cellSpacing={0} data-text-format="dataTable">
          <tbody>
            {rows.map(([label, value]) => (
              <tr key={label}>
                <td style={styles.label}>{label}</td>
                <td style={styles.value}>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      {description && <Text style={{ ...styles.text, whiteSpace: 'pre-line', color: '#334155' }}>{description}</Text>}
      <PrimaryButton href={ticketUrl}>{s.button}</PrimaryButton>
    </EmailLayout>
  );
}

TicketAssignedEmail.PreviewProps = {
  locale: 'ru',
  company: previewCompany,
  recipientName: 'Сергей Мастеров',
  assignedBy: 'Анна Менеджерова',
  ticket: {
    id: 42,
    title: 'Ноутбук не включается после падения',
    kind: 'repair',
    status: 'new',
    priority: 'high',
    clientName: 'Иван Петров',
    description: 'Упал со стола, при нажатии кнопки питания не реагирует. Зарядка подключается.',
  },
  due: '15 мая 2025 г.',
  ticketUrl: 'http://localhost:3000/tickets/SC-000042',
} satisfies TicketAssignedEmailProps;
