import type { ReactNode } from 'react';
import type { TicketClient } from '@/db/queries/ticket-detail';
import type { Ticket } from '@/db/queries/tickets';
import type { Locale } from '@/lib/domain/enums';
import { env } from '@/lib/env';
import { formatDateTime, formatMoney } from '@/lib/i18n/format';
import type { EstimatesMessages } from '@/lib/i18n/messages/features/estimates';
import type { PublicStatusMessages } from '@/lib/i18n/messages/features/public-status';
import { formatDay } from '@/lib/notifications/subjects';
import { formatPhone } from '@/lib/phone';
import { deviceLine } from '@/lib/status/view';
import { formatTicketNumber } from '@/lib/tickets/number';
import { CompanyDetails } from './company-details';
import { QrCode } from './qr-code';
import { SignatureLines } from './signature-lines';
import { TelegramQr } from './telegram-qr';

type Props = {
  ticket: Ticket;
  client: TicketClient | undefined;
  url: string;
  t: PublicStatusMessages;
  estimates: EstimatesMessages;
  locale: Locale;
  compact: boolean;
  /** The prepayments taken at intake (the rules ask the receipt to note an advance). */
  prepaidMinor: number;
  /** The employee who took the order; signs for the service center. */
  takenBy: { fullName: string; position: string } | undefined;
  /** The client's one-time link to the Telegram bot (a second code); absent without a bot or once connected. */
  telegramUrl?: string | null;
};

function Row({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="grid grid-cols-[38%_1fr] gap-2 border-b border-slate-200 py-[0.35em]">
      <dt className="text-slate-600">{label}</dt>
      <dd className="break-words whitespace-pre-line" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

/** The intake receipt the client takes home: what was handed over, on what terms, and where to follow it. */
export function Receipt({ ticket, client, url, t, estimates, locale, compact, prepaidMinor, takenBy, telegramUrl }: Props) {
  const r = t.receipt;
  const { APP_TIMEZONE } = env();
  const money = (minor: number) => formatMoney(minor, ticket.currency, locale);
  const number = formatTicketNumber(ticket.id);
  const clientName = client ? client.name : r.none;
  return (
    <article lang={locale} className={compact ? 'text-[8.5pt] leading-snug' : 'text-[10.5pt] leading-snug'} data-testid="receipt">
      <header className="flex items-start justify-between gap-4 border-b-2 border-slate-900 pb-[0.6em]">
        <CompanyDetails labels={{ taxId: r.taxId, regId: r.regId }} />
        <div className="text-right">
          <p className="text-[1.2em] font-semibold">{r.title}</p>
          <p>
            {r.number} <span className="font-mono font-semibold" data-testid="receipt-number">{number}</span>
          </p>
          <p>
            {r.date}: {formatDateTime(ticket.createdAt, locale, APP_TIMEZONE)}
          </p>
        </div>
      </header>

      <dl className="mt-[0.8em]">
        <Row label={r.client} testId="receipt-client">
          {clientName}
        </Row>
        {client?.kind === 'company' && client.contactPerson && <Row label={r.contactPerson}>{client.contactPerson}</Row>}
        {client?.phone && <Row label={r.phone}>{formatPhone(client.phone)}</Row>}
        {client?.email && <Row label={r.email}>{client.email}</Row>}
        {ticket.kind === 'repair' && (
          <>
            <Row label={r.device}>{deviceLine(ticket) ?? r.none}</Row>
            <Row label={r.serial} testId="receipt-serial">
              {ticket.serialNumber ?? r.none}
            </Row>
            <Row label={r.accessories}>{ticket.accessories ?? r.none}</Row>
            <Row label={r.condition}>{ticket.intakeCondition ?? r.none}</Row>
            <Row label={r.warranty}>{ticket.warranty ? r.yes : r.no}</Row>
            <Row label={r.declaredValue} testId="receipt-declared-value">
              {ticket.declaredValueMinor !== null ? `${money(ticket.declaredValueMinor)} (${r.declaredValueNote})` : r.none}
            </Row>
          </>
        )}
        <Row label={r.problem}>{ticket.description || ticket.title}</Row>
        <Row label={r.estimate} testId="receipt-estimate">
          {ticket.estimateMinor !== null ? money(ticket.estimateMinor) : r.noEstimate}
        </Row>
        <Row label={r.prepayment} testId="receipt-prepayment">
          {prepaidMinor > 0 ? money(prepaidMinor) : r.prepaymentNone}
        </Row>
        {ticket.outcome && (
          <Row label={estimates.fields.outcome} testId="receipt-outcome">
            {estimates.outcome[ticket.outcome]}
          </Row>
        )}
        {ticket.dueDate && <Row label={r.due}>{formatDay(ticket.dueDate, locale)}</Row>}
      </dl>

      <section className="mt-[0.9em]">
        <h2 className="font-semibold">{r.termsTitle}</h2>
        <ol className="mt-[0.3em] list-decimal pl-[1.4em] text-[0.9em] text-slate-800">
          {r.terms.map((term) => (
            <li key={term}>{term}</li>
          ))}
          {ticket.kind === 'repair' && <li data-testid="receipt-liability">{r.liability}</li>}
        </ol>
      </section>

      <section className="mt-[0.7em]" data-testid="receipt-warranty-terms">
        <h2 className="font-semibold">{r.warrantyTitle}</h2>
        <p className="mt-[0.2em] text-[0.9em] text-slate-800">{r.warrantyTerms}</p>
      </section>

      <section className="mt-[0.9em] flex items-center gap-[1em] break-inside-avoid rounded border border-slate-300 p-[0.7em]">
        <QrCode url={url} label={r.qrTitle} testId="receipt-qr" className={compact ? 'size-[26mm] shrink-0' : 'size-[32mm] shrink-0'} />
        <div className="min-w-0">
          <p className="font-semibold">{r.qrTitle}</p>
          <p className="text-slate-700">{r.qrHint}</p>
          <p className="mt-[0.2em] font-mono text-[0.85em] break-all" data-testid="receipt-url">
            {url}
          </p>
        </div>
      </section>
      {telegramUrl && <TelegramQr url={telegramUrl} locale={locale} compact={compact} />}

      <SignatureLines
        labels={{ signature: r.signature, fullName: r.fullName }}
        sides={[
          { who: r.accepted, position: takenBy?.position, name: takenBy?.fullName, testId: 'receipt-sign-accepted' },
          { who: r.handedOver, name: client ? (client.kind === 'company' ? (client.contactPerson ?? client.name) : client.name) : undefined, testId: 'receipt-sign-client' },
        ]}
      />
    </article>
  );
}
