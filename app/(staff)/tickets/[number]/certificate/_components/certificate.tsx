import type { ReactNode } from 'react';
import { formatDate } from '@/lib/i18n/format';
import type { DocumentsMessages } from '@/lib/i18n/messages/features/documents';
import { formatPhone } from '@/lib/phone';
import { deviceLine } from '@/lib/status/view';
import { formatTicketNumber } from '@/lib/tickets/number';
import { CompanyDetails } from '../../print/_components/company-details';
import { SignatureLines } from '../../print/_components/signature-lines';
import { CertificatePayments } from './certificate-payments';
import { CertificateLines } from './certificate-lines';
import type { CertificateView } from './load-certificate';

function Row({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="grid grid-cols-[30%_1fr] gap-2 border-b border-slate-200 py-[0.3em]">
      <dt className="text-slate-600">{label}</dt>
      <dd className="break-words whitespace-pre-line" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

/**
 * The completion certificate (акт выполненных работ) or, when the client declined the estimate,
 * the refusal note: one A4 sheet in the client's language that both sides sign at handover.
 */
export function Certificate({ view, t, timeZone }: { view: CertificateView; t: DocumentsMessages; timeZone: string }) {
  const { ticket, client, locale, doc } = view;
  const refusal = doc === 'refusal';
  const number = formatTicketNumber(ticket.id);
  const day = (value: Date) => formatDate(value, locale, timeZone);
  return (
    <article lang={locale} className="text-[10pt] leading-snug" data-testid="certificate" data-document={doc}>
      <header className="flex items-start justify-between gap-4 border-b-2 border-slate-900 pb-[0.6em]">
        <CompanyDetails labels={{ taxId: t.taxId, regId: t.regId }} />
        <div className="shrink-0 text-right">
          <h1 className="text-[1.25em] font-semibold" data-testid="certificate-title">
            {refusal ? t.refusal : t.certificate}
          </h1>
          <p>
            {t.number} <span className="font-mono font-semibold" data-testid="certificate-number">{number}</span>
          </p>
          <p>
            {t.date}: {day(view.warranty.from)}
          </p>
        </div>
      </header>

      <dl className="mt-[0.8em]">
        <Row label={t.customer} testId="certificate-client">
          {client ? [client.name, client.kind === 'company' ? client.contactPerson : null].filter(Boolean).join(', ') : t.none}
        </Row>
        {client?.phone && <Row label={t.phone}>{formatPhone(client.phone)}</Row>}
        {ticket.kind === 'repair' && (
          <>
            <Row label={t.device}>{deviceLine(ticket) ?? ticket.title}</Row>
            <Row label={t.serial} testId="certificate-serial">
              {ticket.serialNumber ?? t.none}
            </Row>
          </>
        )}
        <Row label={t.receivedOn}>{day(ticket.createdAt)}</Row>
        <Row label={t.handedOverOn} testId="certificate-handed-over">
          {ticket.closedAt ? day(ticket.closedAt) : t.notYet}
        </Row>
        {view.technician && <Row label={t.technician}>{view.technician}</Row>}
        <Row label={t.problem}>{ticket.description || ticket.title}</Row>
        <Row label={t.diagnosis} testId="certificate-diagnosis">
          {ticket.diagnosis || t.none}
        </Row>
        {!refusal && (
          <Row label={t.workDone} testId="certificate-work-done">
            {ticket.workDone || t.none}
          </Row>
        )}
      </dl>

      <p className="mt-[0.9em]">{refusal ? t.refusalIntro(number) : t.intro(number)}</p>
      {refusal && view.priced.lines.length > 0 && <h2 className="mt-[0.5em] font-semibold">{t.lines.diagnosticFee}</h2>}
      <CertificateLines
        priced={view.priced}
        currency={ticket.currency}
        warrantyFrom={view.warranty.from}
        timeZone={timeZone}
        t={t}
        locale={locale}
        emptyText={refusal ? t.lines.noFee : t.lines.empty}
      />

      <CertificatePayments
        payments={view.payments}
        paidMinor={view.paidMinor}
        balanceMinor={view.balanceMinor}
        overpaidMinor={view.overpaidMinor}
        currency={ticket.currency}
        timeZone={timeZone}
        t={t}
        locale={locale}
      />

      {!refusal && (
        <section className="mt-[0.9em] break-inside-avoid text-[0.92em]" data-testid="certificate-warranty-terms">
          <p>{view.warranty.provisional ? t.warrantyProvisional : t.warrantyFrom}</p>
          <p className="mt-[0.3em]">{t.warrantyTerms}</p>
        </section>
      )}

      <p className="mt-[0.9em] break-inside-avoid">{refusal ? t.refusalDeclaration : t.declaration}</p>

      <SignatureLines
        labels={{ signature: t.signature, fullName: t.fullName }}
        sides={[
          { who: t.signExecutor, position: view.executor?.position, name: view.executor?.fullName, testId: 'sign-executor' },
          { who: t.signCustomer, name: client?.kind === 'company' ? (client.contactPerson ?? client.name) : client?.name, testId: 'sign-customer' },
        ]}
      />
    </article>
  );
}
