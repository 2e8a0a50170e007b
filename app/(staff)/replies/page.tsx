import type { Metadata } from 'next';
import { Pager } from '@/components/list/pager';
import { Card, CardContent } from '@/components/ui';
import { listQuarantined, type QuarantinedRow } from '@/db/queries/inbound-messages';
import { requireStaffWhere } from '@/lib/auth/guards';
import { decodeCursor } from '@/lib/domain/cursor';
import { env } from '@/lib/env';
import { hrefWith } from '@/lib/href';
import { formatDateTime } from '@/lib/i18n/format';
import type { Messages } from '@/lib/i18n/messages';
import { getLocale, getT } from '@/lib/i18n/server';
import { parseReplyAddress } from '@/lib/inbound/reply-address';
import { canSeeReplies } from '@/lib/permissions';
import { formatTicketNumber } from '@/lib/tickets/number';
import { repliesListParams } from '@/lib/validation/replies';
import { attachReplyAction, dismissReplyAction } from './actions';
import { ReplyActions } from './_components/reply-actions';

export async function generateMetadata(): Promise<Metadata> {
  await requireStaffWhere(canSeeReplies);
  return { title: (await getT()).replies.title };
}

/** The ticket the reply address names, if it names one: the manager's likely answer. */
function suggestedTicket(recipient: string): string {
  const id = recipient.split(',').map(parseReplyAddress).find((n) => n !== null);
  return id ? formatTicketNumber(id) : '';
}

function Reply({ row, t, when }: { row: QuarantinedRow; t: Messages; when: string }) {
  const r = t.replies;
  return (
    <Card>
      <CardContent className="space-y-3 pt-4">
        <article data-testid="quarantined-reply" data-id={row.id} className="space-y-3">
          <h2 className="text-lg font-semibold break-words">{row.subject || r.noSubject}</h2>
          <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
            <dt className="text-slate-500">{r.columns.sender}</dt>
            <dd className="break-all">{row.sender}</dd>
            <dt className="text-slate-500">{r.columns.recipient}</dt>
            <dd className="break-all">{row.recipient}</dd>
            <dt className="text-slate-500">{r.columns.received}</dt>
            <dd>{when}</dd>
            <dt className="text-slate-500">{r.columns.reason}</dt>
            <dd data-testid="reply-reason">{r.reasons[row.reason ?? ''] ?? row.reason}</dd>
          </dl>
          <details open>
            <summary className="cursor-pointer text-sm font-medium">{r.original}</summary>
            <pre className="mt-2 max-h-80 overflow-auto rounded border border-slate-200 bg-slate-50 p-3 text-sm whitespace-pre-wrap break-words">{row.original}</pre>
          </details>
        </article>
        <ReplyActions
          id={row.id}
          suggestedTicket={suggestedTicket(row.recipient)}
          attach={attachReplyAction}
          dismiss={dismissReplyAction}
          labels={{ ticket: r.attach.ticket, ticketHint: r.attach.ticketHint, attach: r.attach.button, attaching: r.attach.pending, dismiss: r.dismiss.button, dismissing: r.dismiss.pending }}
        />
      </CardContent>
    </Card>
  );
}

export default async function RepliesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  await requireStaffWhere(canSeeReplies);
  const [t, locale, raw] = await Promise.all([getT(), getLocale(), searchParams]);
  const params = repliesListParams.parse(raw);
  const page = await listQuarantined({ after: decodeCursor(params.after), before: decodeCursor(params.before) });
  const timeZone = env().APP_TIMEZONE;
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{t.replies.title}</h1>
        <p className="mt-1 max-w-3xl text-slate-600">{t.replies.intro}</p>
      </div>
      {page.rows.length === 0 ? (
        <p className="text-slate-600">{t.replies.empty}</p>
      ) : (
        <div className="space-y-4">
          {page.rows.map((row) => (
            <Reply key={row.id} row={row} t={t} when={formatDateTime(row.createdAt, locale, timeZone)} />
          ))}
        </div>
      )}
      <Pager prevHref={page.prevCursor && hrefWith('/replies', { before: page.prevCursor })} nextHref={page.nextCursor && hrefWith('/replies', { after: page.nextCursor })} labels={t.list} />
    </div>
  );
}
