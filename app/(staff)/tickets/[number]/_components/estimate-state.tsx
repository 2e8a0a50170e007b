import { badgeHtml, type BadgeTone } from '@/components/ui';
import { html, innerHtml, timeHtml } from '@/components/ui/html';
import type { EstimateSummary } from '@/db/queries/estimates';
import type { Ticket } from '@/db/queries/tickets';
import type { EstimateState as State, Locale } from '@/lib/domain/enums';
import { formatDateTime, formatMoney } from '@/lib/i18n/format';
import type { EstimatesMessages } from '@/lib/i18n/messages/features/estimates';
import { isOpenStatus } from '@/lib/tickets/lifecycle';
import { DecisionControls } from './decision-controls';

const TONES: Record<State, BadgeTone> = { pending: 'warning', withdrawn: 'neutral', approved: 'success', declined: 'danger' };

export type EstimateStateProps = {
  ticket: Ticket;
  latest: EstimateSummary | undefined;
  /** phone: may record the client's word (works on the ticket); override: a manager's change of a decision. */
  may: { phone: boolean; override: boolean };
  e: EstimatesMessages;
  locale: Locale;
  timeZone: string;
};

/**
 * The latest version of the estimate the client was sent: its state, total, and when and how it
 * was decided; the phone buttons while it waits, a manager's override once it is decided.
 */
export function EstimateState({ ticket, latest, may, e, locale, timeZone }: EstimateStateProps) {
  const u = e.ui;
  if (!latest) {
    return (
      <section aria-labelledby="estimate-title" className="space-y-2 border-t border-slate-100 pt-4">
        <h3 id="estimate-title" className="text-sm font-semibold text-slate-900">{u.estimate}</h3>
        <p className="text-sm text-slate-600" data-testid="estimate-not-sent">{u.notSent}</p>
      </section>
    );
  }
  const decided = latest.state === 'approved' || latest.state === 'declined';
  const pending = latest.state === 'pending' && ticket.status === 'awaiting_approval';
  const via = latest.decidedVia === 'phone' ? e.via.phone(latest.decidedByName ?? '—') : latest.decidedVia === 'status_page' ? e.via.status_page : null;
  const heading = html`<div class="flex flex-wrap items-center gap-2"><h3 id="estimate-title" class="text-sm font-semibold text-slate-900">${u.estimate}</h3>${badgeHtml(
    TONES[latest.state],
    u.versionState(latest.version, e.states[latest.state]),
    'estimate-state-badge',
  )}<span class="text-sm text-slate-700 tabular-nums">${formatMoney(latest.totalMinor, latest.currency, locale)}</span></div>`;
  const decision =
    decided &&
    html`<dl class="grid gap-1 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-4">${[
      latest.decidedAt && html`<dt class="text-slate-600">${u.decidedAt}</dt><dd>${timeHtml(latest.decidedAt, formatDateTime(latest.decidedAt, locale, timeZone))}</dd>`,
      via && html`<dt class="text-slate-600">${u.decidedVia}</dt><dd data-testid="estimate-decided-via">${via}</dd>`,
      latest.reason && html`<dt class="text-slate-600">${e.fields.reason}</dt><dd class="whitespace-pre-line" data-testid="estimate-reason">${latest.reason}</dd>`,
    ]}</dl>`;
  return (
    <section aria-labelledby="estimate-title" className="space-y-3 border-t border-slate-100 pt-4" data-testid="estimate-state">
      <div className="space-y-3" dangerouslySetInnerHTML={innerHtml(html`${heading}${decision}`)} />
      <DecisionControls
        ticketId={ticket.id}
        version={latest.version}
        phone={pending && may.phone}
        override={decided && may.override && isOpenStatus(ticket.status) ? (latest.state === 'approved' ? 'declined' : 'approved') : null}
        locale={locale}
      />
    </section>
  );
}
