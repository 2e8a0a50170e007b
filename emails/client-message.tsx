import { Section, Text } from '@react-email/components';
import type { Locale } from '@/lib/domain/enums';
import { messagesFor } from '@/lib/i18n/messages';
import { formatTicketNumber } from '@/lib/tickets/number';
import { EmailLayout, PrimaryButton, previewCompany, styles, type Company } from './_components/layout';

export type ClientMessageEmailProps = {
  locale: Locale;
  company: Company;
  recipientName: string;
  ticket: { id: number; title: string };
  clientName: string;
  via: 'email' | 'telegram';
  /** The message without quoted history, already cut to a readable length. */
  excerpt: string;
  ticketUrl: string;
};

const quote = { ...styles.text, whiteSpace: 'pre-line' as const, borderLeft: '4px solid #1d4ed8', backgroundColor: '#f8fafc', padding: '8px 12px' };

/** To the assignee: the client wrote about their ticket; what they wrote, and the way to answer. */
export default function ClientMessageEmail({ locale, company, recipientName, ticket, clientName, via, excerpt, ticketUrl }: ClientMessageEmailProps) {
  const t = messagesFor(locale);
  const c = t.conversation;
  const number = formatTicketNumber(ticket.id);
  return (
    <EmailLayout locale={locale} company={company} preview={c.mail.clientIntro(clientName, number, c.via[via])} heading={c.mail.clientHeading(clientName)}>
      <Text style={styles.text}>{t.notifications.email.greeting(recipientName)}</Text>
      <Text style={styles.text}>
        <strong>{number}</strong> — {ticket.title}
      </Text>
      <Text style={styles.text}>{c.mail.clientIntro(clientName, number, c.via[via])}</Text>
      <Section style={{ margin: '0 0 12px' }}>
        <Text style={quote} data-testid="mail-excerpt">
          {excerpt}
        </Text>
      </Section>
      <Text style={styles.muted}>{c.mail.answerHint}</Text>
      <PrimaryButton href={ticketUrl}>{c.mail.openTicket}</PrimaryButton>
    </EmailLayout>
  );
}

ClientMessageEmail.PreviewProps = {
  locale: 'ru',
  company: previewCompany,
  recipientName: 'Анна Смирнова',
  ticket: { id: 42, title: 'Ноутбук не включается после падения' },
  clientName: 'Иван Петров',
  via: 'email',
  excerpt: 'Добрый день! А можно заодно почистить от пыли? Заберу в пятницу.',
  ticketUrl: 'http://localhost:3000/tickets/SC-000042',
} satisfies ClientMessageEmailProps;
