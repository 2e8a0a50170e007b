import { Text } from '@react-email/components';
import type { DecisionChannel, EstimateDecision, Locale } from '@/lib/domain/enums';
import { formatMoney } from '@/lib/i18n/format';
import { messagesFor } from '@/lib/i18n/messages';
import { formatTicketNumber } from '@/lib/tickets/number';
import { EmailLayout, PrimaryButton, previewCompany, styles, type Company } from './_components/layout';

export type EstimateDecidedEmailProps = {
  locale: Locale;
  company: Company;
  recipientName: string;
  ticket: { id: number; title: string };
  decision: EstimateDecision;
  version: number;
  totalMinor: number;
  currency: string;
  via: DecisionChannel;
  takenBy: string | null;
  reason: string | null;
  ticketUrl: string;
};

/** To the responsible employee: the client approved (start work) or declined (hand it back). */
export default function EstimateDecidedEmail(props: EstimateDecidedEmailProps) {
  const { locale, company, recipientName, ticket, decision, version, totalMinor, currency, via, takenBy, reason, ticketUrl } = props;
  const t = messagesFor(locale);
  const e = t.estimates;
  const word = e.decisions[decision];
  const how = via === 'phone' && takenBy ? e.via.phone(takenBy) : e.via.status_page;
  return (
    <EmailLayout locale={locale} company={company} preview={e.mail.decidedHeading(word)} heading={e.mail.decidedHeading(word)}>
      <Text style={styles.text}>{t.notifications.email.greeting(recipientName)}</Text>
      <Text style={styles.text}>
        <strong>{formatTicketNumber(ticket.id)}</strong> — {ticket.title}
      </Text>
      <table role="presentation" cellPadding={0} cellSpacing={0} data-text-format="dataTable">
        <tbody>
          <tr>
            <td style={styles.label}>{e.title}</td>
            <td style={styles.value}>
              {e.version(version)}, {formatMoney(totalMinor, currency, locale)}
            </td>
          </tr>
          <tr>
            <td style={styles.label}>{e.mail.via}</td>
            <td style={styles.value}>{how}</td>
          </tr>
          {reason && (
            <tr>
              <td style={styles.label}>{e.mail.reason}</td>
              <td style={styles.value}>{reason}</td>
            </tr>
          )}
        </tbody>
      </table>
      <Text style={{ ...styles.text, marginTop: '12px', fontWeight: 700 }}>{decision === 'approved' ? e.mail.approvedNext : e.mail.declinedNext}</Text>
      <PrimaryButton href={ticketUrl}>{e.mail.open}</PrimaryButton>
    </EmailLayout>
  );
}

EstimateDecidedEmail.PreviewProps = {
  locale: 'ru',
  company: previewCompany,
  recipientName: 'Анна Смирнова',
  ticket: { id: 42, title: 'Ноутбук не включается после падения' },
  decision: 'approved',
  version: 2,
  totalMinor: 1_250_000,
  currency: 'RUB',
  via: 'status_page',
  takenBy: null,
  reason: null,
  ticketUrl: 'http://localhost:3000/tickets/SC-000042',
} satisfies EstimateDecidedEmailProps;
