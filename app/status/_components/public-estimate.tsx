import Link from 'next/link';
import { SubmitButton } from '@/components/forms/submit-button';
import { Alert, buttonClasses, cn, Textarea, type AlertTone } from '@/components/ui';
import type { PublicEstimate } from '@/db/queries/public-status';
import type { EstimateDecision, Locale } from '@/lib/domain/enums';
import { formatDateTime, formatMoney } from '@/lib/i18n/format';
import type { EstimatesMessages } from '@/lib/i18n/messages/features/estimates';
import type { PublicStatusMessages } from '@/lib/i18n/messages/features/public-status';
import type { EstimateNotice, EstimateView } from '@/lib/status/estimate-view';
import { decideEstimateAction } from '../decision-actions';
import { EstimateLines } from './estimate-lines';

type Labels = { t: PublicStatusMessages; e: EstimatesMessages; locale: Locale; timeZone: string };
type Props = Labels & { view: EstimateView; token: string };

/** Thumb-sized on a phone: at least 44 px tall, full width below the `sm` breakpoint. */
const BIG = 'min-h-11! w-full text-base! whitespace-normal! sm:w-auto';

/**
 * The estimate on the client's page: while it waits for them, its lines and Approve / Decline;
 * each opens a confirmation step (?decide=…&v=N, a plain link) whose button posts the decision
 * bound to that version, so it all works without JavaScript. Afterwards, what they decided.
 */
export function PublicEstimate({ view, token, ...labels }: Props) {
  const { t, e, locale } = labels;
  const { estimate } = view;
  const page = `/status/${token}`;
  return (
    <section id="estimate" aria-labelledby="estimate-title" className="scroll-mt-4 space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5" data-testid="public-estimate">
      <h2 id="estimate-title" className="text-base font-semibold">
        {estimate ? t.estimate.title(estimate.version) : e.title}
      </h2>
      {view.notice && <Notice notice={view.notice} t={t} />}
      {view.stale && (
        <Alert tone="warning" data-testid="public-estimate-stale">
          {t.estimate.stale(view.stale.shown, view.stale.current)}
        </Alert>
      )}
      {estimate && view.open && (
        <>
          <p className="text-sm text-slate-700">{t.estimate.intro}</p>
          <Diagnosis text={estimate.diagnosis} t={t} />
          <EstimateLines estimate={estimate} t={t} e={e} locale={locale} />
          {view.confirm ? (
            <Confirm decision={view.confirm} estimate={estimate} token={token} cancelHref={`${page}#estimate`} t={t} locale={locale} />
          ) : (
            <div className="space-y-2">
              <div className="flex flex-col gap-3 sm:flex-row">
                <Link href={`${page}?decide=approve&v=${estimate.version}#estimate`} className={buttonClasses('primary', 'md', BIG)} data-testid="estimate-approve">
                  {t.estimate.approve}
                </Link>
                <Link href={`${page}?decide=decline&v=${estimate.version}#estimate`} className={buttonClasses('secondary', 'md', BIG)} data-testid="estimate-decline">
                  {t.estimate.decline}
                </Link>
              </div>
              <p className="text-sm text-slate-600">{t.estimate.decideHint}</p>
            </div>
          )}
        </>
      )}
      {estimate && (estimate.state === 'approved' || estimate.state === 'declined') && (
        <Decided estimate={estimate} decision={estimate.state} {...labels} />
      )}
    </section>
  );
}

function Diagnosis({ text, t }: { text: string; t: PublicStatusMessages }) {
  if (!text.trim()) return null;
  return (
    <div className="rounded-md bg-slate-50 px-3 py-2 text-sm">
      <p className="font-medium text-slate-700">{t.estimate.diagnosis}</p>
      <p className="break-words whitespace-pre-line text-slate-900" data-testid="public-estimate-diagnosis">
        {text}
      </p>
    </div>
  );
}

type ConfirmProps = { decision: EstimateDecision; estimate: PublicEstimate; token: string; cancelHref: string; t: PublicStatusMessages; locale: Locale };

/** The second step: one POST bound to the version shown; Cancel goes back to the two buttons. */
function Confirm({ decision, estimate, token, cancelHref, t, locale }: ConfirmProps) {
  const total = formatMoney(estimate.totalMinor, estimate.currency, locale);
  const approve = decision === 'approved';
  return (
    <form
      action={decideEstimateAction}
      className={cn('space-y-3 rounded-lg border-2 p-4', approve ? 'border-primary-100 bg-primary-50' : 'border-slate-300 bg-slate-50')}
      data-testid="estimate-confirm"
      data-decision={decision}
    >
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="version" value={estimate.version} />
      <input type="hidden" name="decision" value={decision} />
      <p className="text-base font-semibold break-words text-slate-900" role="status">
        {approve ? t.estimate.confirmApprove(estimate.version, total) : t.estimate.confirmDecline(estimate.version, total)}
      </p>
      <p className="text-sm text-slate-700">{approve ? t.estimate.confirmApproveHint : t.estimate.confirmDeclineHint}</p>
      {!approve && (
        <div className="space-y-1">
          <label htmlFor="decision-reason" className="block text-sm font-medium text-slate-800">
            {t.estimate.reason}
          </label>
          <Textarea id="decision-reason" name="reason" rows={3} maxLength={1000} aria-describedby="decision-reason-hint" data-testid="estimate-reason" />
          <p id="decision-reason-hint" className="text-sm text-slate-600">
            {t.estimate.reasonHint}
          </p>
        </div>
      )}
      <div className="flex flex-col gap-3 sm:flex-row">
        <SubmitButton variant={approve ? 'primary' : 'danger'} className={BIG} pendingLabel={t.estimate.sending} data-testid="estimate-confirm-submit">
          {approve ? t.estimate.confirmApproveButton : t.estimate.confirmDeclineButton}
        </SubmitButton>
        <Link href={cancelHref} className={buttonClasses('secondary', 'md', BIG)} data-testid="estimate-confirm-cancel">
          {t.estimate.cancel}
        </Link>
      </div>
    </form>
  );
}

function Decided({ estimate, decision, t, e, locale, timeZone }: Labels & { estimate: PublicEstimate; decision: EstimateDecision }) {
  const total = formatMoney(estimate.totalMinor, estimate.currency, locale);
  return (
    <div className="space-y-2" data-testid="public-estimate-decision" data-decision={decision}>
      <p className={cn('text-base font-semibold', decision === 'approved' ? 'text-success-800' : 'text-slate-900')}>{t.estimate.decided[decision]}</p>
      <p className="text-sm text-slate-700">
        {t.estimate.decidedSummary(estimate.version, total)}
        {estimate.decidedAt && (
          <>
            {' · '}
            <time dateTime={estimate.decidedAt.toISOString()}>{t.estimate.decidedOn(formatDateTime(estimate.decidedAt, locale, timeZone))}</time>
          </>
        )}
        {estimate.decidedVia === 'phone' && ` · ${t.estimate.byPhone}`}
      </p>
      <details className="text-sm">
        <summary className="inline-flex min-h-11 cursor-pointer items-center text-primary-700">{t.estimate.showLines}</summary>
        <div className="mt-2">
          <EstimateLines estimate={estimate} t={t} e={e} locale={locale} />
        </div>
      </details>
    </div>
  );
}

const NOTICE_TONE: Record<EstimateNotice['kind'], AlertTone> = {
  approved: 'success',
  declined: 'info',
  already: 'info',
  withdrawn: 'warning',
  not_awaiting: 'warning',
  locked: 'danger',
};

function Notice({ notice, t }: { notice: EstimateNotice; t: PublicStatusMessages }) {
  const r = t.estimate.results;
  const text =
    notice.kind === 'withdrawn'
      ? notice.shown === null
        ? r.withdrawnUnknown
        : t.estimate.stale(notice.shown, notice.current)
      : { approved: r.approved, declined: r.declined, already: r.already, not_awaiting: r.notAwaiting, locked: r.locked }[notice.kind];
  return (
    <Alert tone={NOTICE_TONE[notice.kind]} data-testid="public-estimate-result" data-result={notice.kind}>
      {text}
    </Alert>
  );
}
