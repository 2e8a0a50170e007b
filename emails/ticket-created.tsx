import { Link, Text } from '@react-email/components';
import type { Locale } from '@/lib/domain/enums';
import { messagesFor } from '@/lib/i18n/messages';
import { formatTicketNumber } from '@/lib/tickets/number';
import { EmailLayout, PrimaryButton, previewCompany, styles, type Company } from './_components/layout';

export type TicketCreatedEmailProps = {
  locale: Locale;
  company: Company;
  recipientName: string;
  ticket: { id: number; title: string };
  statusUrl: string;
};

/** To the client when their request is registered, with the public status link. */
export default function TicketCreatedEmail({ locale, company, recipientName, ticket, statusUrl }: TicketCreatedEmailProps) {
  const s = messagesFor(locale).notifications.email;
  const number = formatTicketNumber(ticket.id);
  return (
    <EmailLayout locale={locale} company={company} preview={s.created.preview(number)} heading={s.created.heading}>
      <Text style={styles.text}>{recipientName ? s.greeting(recipientName) : s.greetingNoName}</Text>
      <Text style={styles.text}>{s.created.body(number)}</Text>
      <Text style={styles.text}>
        <strong>
          {s.request} {number}
        </strong>
        {' — '}
        {ticket.title}
      </Text>
      <PrimaryButton href={statusUrl}>{s.created.button}</PrimaryButton>
      <Text style={styles.muted}>
        <Link href={statusUrl} style={styles.link}>
          {statusUrl}
        </Link>
      </Text>
      <Text style={styles.muted}>{s.created.keepNumber}</Text>
    </EmailLayout>
  );
}

TicketCreatedEmail.PreviewProps = {
  locale: 'ru',
  company: previewCompany,
  recipientName: 'Иван Петров',
  ticket: { id: 42, title: 'Ноутбук не включается после падения' },
  statusUrl: 'http://localhost:3000/status/preview-token',
} satisfies TicketCreatedEmailProps;
