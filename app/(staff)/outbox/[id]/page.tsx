import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { Alert, Card, CardContent, CardHeader, CardTitle } from '@/components/ui';
import { getNotification } from '@/db/queries/notifications';
import { requireStaffWhere } from '@/lib/auth/guards';
import { env } from '@/lib/env';
import { formatDateTime } from '@/lib/i18n/format';
import { getLocale, getT } from '@/lib/i18n/server';
import { outboxPreview } from '@/lib/notifications/current-link';
import { outboxStateOf } from '@/lib/notifications/outbox-state';
import { canSeeOutbox } from '@/lib/permissions';
import { formatTicketNumber, ticketHref } from '@/lib/tickets/number';
import { idField } from '@/lib/validation/codes';
import { ResendForm } from '../_components/resend-form';
import { StateBadge } from '../_components/state-badge';
import { resendNotificationAction } from '../actions';

type Props = { params: Promise<{ id: string }> };

async function load(params: Props['params']) {
  const id = idField.safeParse((await params).id);
  const row = id.success ? await getNotification(id.data) : undefined;
  if (!row) notFound();
  return row;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireStaffWhere(canSeeOutbox);
  const [row, t] = await Promise.all([load(params), getT()]);
  return { title: t.notifications.outbox.detail.title(row.id) };
}

export default async function NotificationPage({ params }: Props) {
  await requireStaffWhere(canSeeOutbox);
  const [row, locale, t] = await Promise.all([load(params), getLocale(), getT()]);
  const o = t.notifications.outbox;
  const d = { ...o.detail, none: t.common.none };
  const timeZone = env().APP_TIMEZONE;
  const when = (value: Date | null) => (value ? formatDateTime(value, locale, timeZone) : d.none);
  // Pending rows are rendered at delivery; show what will be sent, with the link it will carry.
  const mail = await outboxPreview(row);
  const recipientName = (row.payload as { recipientName?: string } | null)?.recipientName;
  const kept = outboxStateOf(row) === 'kept';

  const facts: [string, ReactNode][] = [
    [d.recipient, `${row.recipientAddress} (${o.recipients[row.recipientType]}, ${o.channels[row.channel]})`],
    [d.locale, row.locale],
    [d.ticket, row.ticketId ? <Link href={ticketHref(row.ticketId)} className="text-primary-700 hover:underline">{formatTicketNumber(row.ticketId)}</Link> : d.none],
    [d.employee, row.employeeId ? <Link href={`/employees/${row.employeeId}`} className="text-primary-700 hover:underline">{recipientName ?? `#${row.employeeId}`}</Link> : d.none],
    [d.created, when(row.createdAt)],
    [kept ? d.keptAt : d.sentAt, when(row.sentAt)],
    [d.transport, row.transport ? (o.transports[row.transport as keyof typeof o.transports] ?? row.transport) : d.none],
    [d.attempts, String(row.attempts)],
    [d.nextAttempt, row.state === 'pending' ? when(row.nextAttemptAt) : d.none],
    [d.lastError, row.lastError ?? d.none],
    [d.providerId, row.providerMessageId ?? d.none],
    [d.dedupeKey, <code key="k" className="break-all">{row.dedupeKey}</code>],
  ];

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-slate-500">
          <Link href="/outbox" className="hover:underline">
            {d.back}
          </Link>
        </p>
        <h1 className="flex flex-wrap items-center gap-2 text-2xl font-semibold">
          {d.title(row.id)} <StateBadge row={row} labels={o} />
        </h1>
        <p className="mt-1 text-slate-700">
          {o.kinds[row.kind]}: {row.subject}
        </p>
      </div>

      {kept && (
        <Alert tone="info" data-testid="kept-note">
          {d.keptNote}
        </Alert>
      )}

      {row.state === 'failed' && (
        <Alert tone="warning" title={o.resend.hint}>
          <ResendForm action={resendNotificationAction} id={row.id} labels={{ button: o.resend.button, pending: o.resend.pending }} />
        </Alert>
      )}

      <Card>
        <CardContent>
          <dl className="grid gap-2 sm:grid-cols-[12rem_1fr]">
            {facts.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-slate-500">{label}</dt>
                <dd className="min-w-0 break-words">{value}</dd>
              </div>
            ))}
          </dl>
        </CardContent>
      </Card>

      {/* An SMS or a Telegram message is text only. */}
      {row.channel === 'email' && (
        <>
          <Card>
            <CardHeader>
              <CardTitle>{d.html}</CardTitle>
            </CardHeader>
            <CardContent className="space-y-2">
              {mail.renderedNow && <p className="text-sm text-slate-600">{d.notRendered}</p>}
              {/* sandbox="" : no scripts, no forms, no navigation, a unique origin. The mail cannot touch the app. */}
              <iframe
                title={d.htmlFrame}
                sandbox=""
                srcDoc={mail.html}
                className="h-[36rem] w-full rounded border border-slate-200 bg-white"
                data-testid="mail-html"
              />
            </CardContent>
          </Card>
        </>
      )}

      <Card>
        <CardHeader>
          <CardTitle>{row.channel === 'email' ? d.text : o.channels[row.channel]}</CardTitle>
        </CardHeader>
        <CardContent>
          {row.channel !== 'email' && mail.renderedNow && <p className="mb-2 text-sm text-slate-600">{d.notRendered}</p>}
          <pre className="overflow-x-auto text-sm whitespace-pre-wrap" data-testid="mail-text">
            {mail.text}
          </pre>
        </CardContent>
      </Card>
    </div>
  );
}
