import type { Metadata } from 'next';
import Form from 'next/form';
import Link from 'next/link';
import { Pager } from '@/components/list/pager';
import { Button, Select, Table, TBody, TD, TH, THead, TR, buttonClasses } from '@/components/ui';
import { decodeCursor } from '@/lib/domain/cursor';
import { countNotificationsByState, listNotifications } from '@/db/queries/notifications';
import { requireStaffWhere } from '@/lib/auth/guards';
import { NOTIFICATION_KINDS } from '@/lib/domain/enums';
import { env } from '@/lib/env';
import { hrefWith } from '@/lib/href';
import { formatDateTime } from '@/lib/i18n/format';
import { getLocale, getT } from '@/lib/i18n/server';
import { outboxListParams } from '@/lib/notifications/outbox-params';
import { OUTBOX_STATES } from '@/lib/notifications/outbox-state';
import { canSeeOutbox } from '@/lib/permissions';
import { MailServiceBanner } from '../_components/mail-service-banner';
import { StateBadge } from './_components/state-badge';

export async function generateMetadata(): Promise<Metadata> {
  await requireStaffWhere(canSeeOutbox);
  return { title: (await getT()).nav.outbox };
}

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const staff = await requireStaffWhere(canSeeOutbox);
  const [t, locale, raw] = await Promise.all([getT(), getLocale(), searchParams]);
  const o = t.notifications.outbox;
  const timeZone = env().APP_TIMEZONE;
  const params = outboxListParams.parse(raw);
  const filters = { state: params.state, kind: params.kind };
  const page = await listNotifications(filters, { after: decodeCursor(params.after), before: decodeCursor(params.before) });
  const counts = await countNotificationsByState();

  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{o.title}</h1>
        <p className="mt-1 max-w-3xl text-slate-600">{o.intro}</p>
        <p className="mt-1 text-sm text-slate-600" data-testid="outbox-counts">
          {o.counts(counts.pending, counts.sent, counts.kept, counts.failed)}
        </p>
      </div>
      <MailServiceBanner staff={staff} locale={locale} outboxLink={false} />

      <Form action="/outbox" className="flex flex-wrap items-end gap-2" aria-label={o.filters.apply}>
        <label className="grid gap-1 text-sm">
          <span className="font-medium">{o.filters.state}</span>
          <Select name="state" defaultValue={params.state ?? ''}>
            <option value="">{o.filters.all}</option>
            {OUTBOX_STATES.map((s) => (
              <option key={s} value={s}>
                {s === 'kept' ? o.kept : o.states[s]}
              </option>
            ))}
          </Select>
        </label>
        <label className="grid gap-1 text-sm">
          <span className="font-medium">{o.filters.kind}</span>
          <Select name="kind" defaultValue={params.kind ?? ''}>
            <option value="">{o.filters.all}</option>
            {NOTIFICATION_KINDS.map((k) => (
              <option key={k} value={k}>
                {o.kinds[k]}
              </option>
            ))}
          </Select>
        </label>
        <Button type="submit" variant="secondary">
          {o.filters.apply}
        </Button>
        {(params.state || params.kind) && (
          <Link href="/outbox" className={buttonClasses('ghost')}>
            {t.list.reset}
          </Link>
        )}
      </Form>

      {page.rows.length === 0 ? (
        <p className="text-slate-600">{o.empty}</p>
      ) : (
        <Table label={o.title} cards>
          <THead>
            <TR>
              <TH>{o.columns.created}</TH>
              <TH className="@2xl:@max-4xl:hidden">{o.columns.kind}</TH>
              <TH>{o.columns.recipient}</TH>
              <TH>{o.columns.subject}</TH>
              <TH>{o.columns.state}</TH>
              <TH className="@2xl:@max-5xl:hidden">{o.columns.attempts}</TH>
            </TR>
          </THead>
          <TBody>
            {page.rows.map((n) => (
              <TR key={n.id} data-testid="outbox-row" data-kind={n.kind} data-state={n.state}>
                <TD label={o.columns.created} className="whitespace-nowrap">
                  {formatDateTime(n.createdAt, locale, timeZone)}
                </TD>
                <TD label={o.columns.kind} className="whitespace-nowrap @2xl:@max-4xl:hidden">
                  {o.kinds[n.kind]}
                </TD>
                <TD label={o.columns.recipient}>
                  <span className="break-all">{n.recipientAddress}</span>
                  <span className="block text-xs text-slate-500" data-testid="outbox-channel" data-channel={n.channel}>
                    {o.recipients[n.recipientType]} · {o.channels[n.channel]}
                  </span>
                </TD>
                {/* A card starts with what the message was. */}
                <TD className="@max-2xl:-order-1">
                  <Link href={`/outbox/${n.id}`} className="font-medium text-primary-700 hover:underline">
                    {n.subject}
                  </Link>
                  {n.state === 'failed' && n.lastError && <span className="block text-xs text-danger-800">{n.lastError}</span>}
                </TD>
                <TD label={o.columns.state}>
                  <StateBadge row={n} labels={o} />
                  {n.transport && n.transport !== 'outbox' && n.state === 'sent' && (
                    <span className="block text-xs text-slate-500">{o.transports[n.transport as keyof typeof o.transports] ?? n.transport}</span>
                  )}
                </TD>
                <TD label={o.columns.attempts} className="@2xl:@max-5xl:hidden">
                  {n.attempts}
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
      <Pager
        prevHref={page.prevCursor && hrefWith('/outbox', { ...filters, before: page.prevCursor })}
        nextHref={page.nextCursor && hrefWith('/outbox', { ...filters, after: page.nextCursor })}
        labels={t.list}
      />
    </div>
  );
}
