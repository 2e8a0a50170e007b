import type { Metadata } from 'next';
import Link from 'next/link';
import { Download, Plus } from '@/components/ui/icons';
import { Pager } from '@/components/list/pager';
import { TicketTable } from '@/components/tickets/ticket-table';
import { buttonClasses, cn } from '@/components/ui';
import { requireStaff } from '@/lib/auth/session';
import { getLocale, getT } from '@/lib/i18n/server';
import { EMPTY_PARAMS, ticketListQueryString, ticketsHref, type TicketListParams } from '@/lib/tickets/filters';
import { formatTicketNumber, ticketHref } from '@/lib/tickets/number';
import { FilterBar } from './_components/filter-bar';
import { FilterChips, filterChips } from './_components/filter-chips';
import { IgnoredNote, PickerQuestions } from './_components/list-notes';
import { loadTicketList, type TicketListView } from './_components/load-list';
import { StatusTabs } from './_components/status-tabs';

export async function generateMetadata(): Promise<Metadata> {
  await requireStaff();
  return { title: (await getT()).ticketList.title };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

type QuickViewKey = 'myOpen' | 'unassigned' | 'overdue' | 'balanceDue' | 'warrantyReturns' | 'clientReplied';
type QuickViewLabels = Record<QuickViewKey, string> & { quickViews: string };

const QUICK_VIEWS: { key: QuickViewKey; params: Partial<TicketListParams> }[] = [
  { key: 'myOpen', params: { assignee: 'me', status: ['open'] } },
  { key: 'unassigned', params: { assignee: 'none', status: ['open'] } },
  { key: 'overdue', params: { overdue: true, sort: 'due' } },
  { key: 'balanceDue', params: { due: true } },
  { key: 'warrantyReturns', params: { warranty: true } },
  { key: 'clientReplied', params: { replied: true } },
];

function QuickViews({ params, tl }: { params: TicketListParams; tl: QuickViewLabels }) {
  const here = ticketsHref(params);
  return (
    <nav aria-label={tl.quickViews} className="link-buttons" data-swipe-row data-testid="quick-views">
      {QUICK_VIEWS.map((v) => {
        const href = ticketsHref(EMPTY_PARAMS, v.params);
        return (
          <Link key={v.key} href={href} prefetch={false} aria-current={href === here ? 'page' : undefined} data-testid={`quick-${v.key}`}>
            {tl[v.key]}
          </Link>
        );
      })}
    </nav>
  );
}

function Total({ view }: { view: TicketListView }) {
  const { counts, tl } = view;
  return (
    <p className="text-sm font-medium text-slate-700" data-testid="ticket-total" aria-live="polite">
      {counts.capped ? tl.totalCapped(counts.total) : tl.total(counts.total)}
    </p>
  );
}

export default async function TicketsPage({ searchParams }: Props) {
  const [staff, t, locale, raw] = await Promise.all([requireStaff(), getT(), getLocale(), searchParams]);
  const view = await loadTicketList(raw, staff, locale);
  const { tl, params, page, timeZone } = view;
  const departmentName = view.departments.find((d) => d.id === params.department)?.name;
  const chips = filterChips(params, view.names, departmentName, t, tl, locale);
  const exportQuery = ticketListQueryString({ ...params, cursor: undefined });
  const cursorHref = (direction: 'next' | 'prev', at: typeof page.next) => (at ? ticketsHref(params, { cursor: { direction, at } }) : null);

  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="page-title" className="text-2xl font-semibold">
          {tl.title}
        </h1>
        <div className="flex flex-wrap gap-2">
          <a href={`/tickets/export${exportQuery ? `?${exportQuery}` : ''}`} className={buttonClasses('secondary')} title={tl.exportHint} data-testid="export-csv" download>
            <Download aria-hidden /> {tl.exportCsv}
          </a>
          <Link href="/tickets/new" className={buttonClasses('primary')}>
            <Plus aria-hidden /> {tl.newTicket}
          </Link>
        </div>
      </div>
      <QuickViews params={params} tl={{ ...tl, clientReplied: t.conversation.list.quickView }} />
      <IgnoredNote ignored={view.ignored} tl={tl} />
      <PickerQuestions questions={view.questions} tl={tl} />
      <FilterBar
        params={params}
        names={view.names}
        typed={Object.fromEntries(view.questions.map((q) => [q.kind, q.q]))}
        departments={view.departments}
        today={view.today}
        t={t}
        tl={tl}
      />
      <FilterChips chips={chips} tl={tl} />
      <StatusTabs params={params} counts={view.counts} t={t} tl={tl} locale={locale} />
      <div className={cn('flex flex-wrap items-center justify-between gap-3')}>
        <Total view={view} />
        {view.directHit !== null && (
          <Link href={ticketHref(view.directHit)} className="text-sm font-medium text-primary-700 hover:underline" data-testid="direct-hit">
            {tl.directHit(formatTicketNumber(view.directHit))} →
          </Link>
        )}
      </div>
      <TicketTable
        rows={page.rows}
        t={t}
        locale={locale}
        timeZone={timeZone}
        show={['priority', 'total']}
        today={view.today}
        emptyText={tl.empty}
        totalSort={{ href: ticketsHref(params, { sort: 'total' }), active: params.sort === 'total' }}
      />
      <Pager prevHref={cursorHref('prev', page.prev)} nextHref={cursorHref('next', page.next)} labels={{ previous: tl.previous, next: tl.next, pages: tl.pages }} />
    </section>
  );
}
