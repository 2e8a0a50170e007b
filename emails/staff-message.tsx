import { Section, Text } from '@react-email/components';
import type { Locale } from '@/lib/domain/enums';
import { messagesFor } from '@/lib/i18n/messages';
import { formatTicketNumber } from '@/lib/tickets/number';
import { EmailLayout, PrimaryButton, previewCompany, StatusLinkLine, styles, type Company } from './_components/layout';

export type StaffMessageEmailProps = {
  locale: Locale;
  company: Company;
  recipientName: string;
  ticket: { id: number; title: string };
  authorName: string;
  body: string;
  statusUrl: string;
};

const message = { ...styles.text, whiteSpace: 'pre-line' as const, backgroundColor: '#f8fafc', padding: '10px 12px', borderRadius: '6px' };

/** To the client: the service center's answer from the ticket page, signed by whoever wrote it. */
export default function StaffMessageEmail({ locale, company, recipientName, ticket, authorName, body, statusUrl }: StaffMessageEmailProps) {
  const s = messagesFor(locale).notifications.email;
  const c = messagesFor(locale).conversation;
  const number = formatTicketNumber(ticket.id);
  return (
    <EmailLayout locale={locale} company={company} preview={body.slice(0, 120)} heading={c.mail.staffHeading}>
      <Text style={styles.text}>{recipientName ? s.greeting(recipientName) : s.greetingNoName}</Text>
      <Text style={styles.text}>
        <strong>{c.mail.staffIntro(number)}</strong> {ticket.title}
      </Text>
      <Section style={{ margin: '0 0 12px' }}>
        <Text style={message} data-testid="mail-message">
          {body}
        </Text>
        <Text style={styles.muted} data-testid="mail-author">
          — {c.mail.signed(authorName, company.name)}
        </Text>
      </Section>
      <PrimaryButton href={statusUrl}>{c.mail.statusButton}</PrimaryButton>
      <StatusLinkLine locale={locale} statusUrl={statusUrl} />
    </EmailLayout>
  );
}

StaffMessageEmail.PreviewProps = {
  locale: 'ru',
  company: previewCompany,
  recipientName: 'Иван Петров',
  ticket: { id: 42, title: 'Ноутбук не включается после падения' },
  authorName: 'Анна Смирнова',
  body: 'Здравствуйте! Да, почистим от пыли бесплатно. Ноутбук будет готов в четверг.',
  statusUrl: 'http://localhost:3000/status/preview-token',
} satisfies StaffMessageEmailProps;
