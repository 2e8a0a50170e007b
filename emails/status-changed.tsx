import { Button, Section, Text } from '@react-email/components';
import type { Locale, Status } from '@/lib/domain/enums';
import { formatMoney } from '@/lib/i18n/format';
import { messagesFor } from '@/lib/i18n/messages';
import { formatTicketNumber } from '@/lib/tickets/number';
import type { EstimateMailView } from '@/lib/notifications/payload';
import { EstimateTable } from './_components/estimate-table';
import { EmailLayout, PrimaryButton, previewCompany, StatusLinkLine, styles, type Company } from './_components/layout';

export type StatusChangedEmailProps = {
  locale: Locale;
  company: Company;
  recipientName: string;
  ticket: { id: number; title: string };
  from: Status;
  to: Status;
  statusUrl: string;
  /** With awaiting_approval: the estimate, and Approve and Decline leading to the status page. */
  estimate?: EstimateMailView;
  /** With ready: what is left to pay at handover, when anything is. */
  balanceDueMinor?: number;
  currency?: string;
};

/** The link of a decision button: the status page opens its confirmation of that version. */
export function decisionUrl(statusUrl: string, decision: 'approve' | 'decline', version: number): string {
  return `${statusUrl}?decide=${decision}&v=${version}#estimate`;
}

function EstimateSection({ locale, estimate, statusUrl, revised }: { locale: Locale; estimate: EstimateMailView; statusUrl: string; revised: boolean }) {
  const m = messagesFor(locale).estimates.mail;
  return (
    <>
      <Text style={styles.text}>{revised ? m.revisedIntro : m.estimateIntro}</Text>
      <EstimateTable
        locale={locale}
        lines={estimate.lines}
        discountMinor={estimate.discountMinor}
        totalMinor={estimate.totalMinor}
        currency={estimate.currency}
      />
      <Section style={{ margin: '8px 0 12px' }}>
        <Button
          href={decisionUrl(statusUrl, 'approve', estimate.version)}
          style={{
            ...styles.button,
            backgroundColor: '#15803d',
            marginRight: '12px',
          }}
          data-testid="mail-approve"
        >
          {m.approve}
        </Button>{' '}
        <Button
          href={decisionUrl(statusUrl, 'decline', estimate.version)}
          style={{
            ...styles.button,
            backgroundColor: '#ffffff',
            color: '#b91c1c',
            border: '1px solid #b91c1c',
          }}
          data-testid="mail-decline"
        >
          {m.decline}
        </Button>
      </Section>
      <Text style={styles.muted}>{m.decideHint}</Text>
    </>
  );
}

/** To the client on every status change: old → new in the client's words, and the public link. */
/** With ready: what to bring to collect the device, and the balance due if any. */
function ReadySection({ locale, number, balanceDueMinor, currency }: { locale: Locale; number: string; balanceDueMinor?: number; currency?: string }) {
  const m = messagesFor(locale).documents.readyMail;
  return (
    <>
      <Text style={styles.text} data-testid="mail-bring">
        {m.bring(number)}
      </Text>
      {balanceDueMinor !== undefined && balanceDueMinor > 0 && currency && (
        <Text style={{ ...styles.text, fontWeight: 700 }} data-testid="mail-balance">
          {m.balance(formatMoney(balanceDueMinor, currency, locale))}
        </Text>
      )}
    </>
  );
}

export default function StatusChangedEmail({ locale, company, recipientName, ticket, from, to, statusUrl, estimate, balanceDueMinor, currency }: StatusChangedEmailProps) {
  const s = messagesFor(locale).notifications.email;
  const revised = estimate !== undefined && from === to;
  const number = formatTicketNumber(ticket.id);
  const now = s.clientStatuses[to];
  return (
    <EmailLayout
      locale={locale}
      company={company}
      preview={s.statusChanged.preview(now.label)}
      heading={revised ? messagesFor(locale).estimates.mail.revisedHeading : s.statusChanged.heading}
    >
      <Text style={styles.text}>{recipientName ? s.greeting(recipientName) : s.greetingNoName}</Text>
      <Text style={styles.text}>
        <strong>
          {s.request} {number}
        </strong>
        {' — '}
        {ticket.title}
      </Text>
      {!revised && (
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
      )}
      {estimate ? (
        <EstimateSection locale={locale} estimate={estimate} statusUrl={statusUrl} revised={revised} />
      ) : (
        <>
          <Text style={styles.text}>{now.hint}</Text>
          {to === 'ready' && <ReadySection locale={locale} number={number} balanceDueMinor={balanceDueMinor} currency={currency} />}
          <PrimaryButton href={statusUrl}>{s.statusChanged.button}</PrimaryButton>
        </>
      )}
      <StatusLinkLine locale={locale} statusUrl={statusUrl} />
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
  balanceDueMinor: 250_000,
  currency: 'RUB',
} satisfies StatusChangedEmailProps;
