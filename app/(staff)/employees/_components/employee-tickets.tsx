import Link from 'next/link';
import { TicketTable } from '@/components/tickets/ticket-table';
import { CLOSED, OPEN, countTickets, listTickets } from '@/db/queries/ticket-list';
import type { Locale } from '@/lib/domain/enums';
import type { Messages } from '@/lib/i18n/messages';

const SHOWN = 50;

/** The tickets an employee is responsible for: open ones first, each group with its count. */
export async function EmployeeTickets({ employeeId, t, locale, timeZone }: { employeeId: number; t: Messages; locale: Locale; timeZone: string }) {
  const groups = await Promise.all(
    [
      { key: 'open', statuses: OPEN, heading: t.employees.openTickets },
      { key: 'closed', statuses: CLOSED, heading: t.employees.closedTickets },
    ].map(async (g) => ({
      ...g,
      total: await countTickets({ assigneeId: employeeId, statuses: g.statuses }),
      rows: (await listTickets({ assigneeId: employeeId, statuses: g.statuses }, {}, SHOWN)).rows,
    })),
  );

  return (
    <section aria-labelledby="tickets-title" className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="tickets-title" className="text-lg font-semibold">
          {t.employees.tickets}
        </h2>
        <p className="flex flex-wrap gap-3 text-sm">
          <Link href={`/tickets?assignee=${employeeId}&status=open`} className="text-primary-700 hover:underline">
            {t.employees.openInList}
          </Link>
          <Link href={`/tickets?assignee=${employeeId}`} className="text-primary-700 hover:underline">
            {t.employees.allInList}
          </Link>
        </p>
      </div>
      {groups.map((g) => (
        <div key={g.key} className="space-y-2" data-testid={`tickets-${g.key}`}>
          <h3 className="font-medium">{g.heading(g.total)}</h3>
          <TicketTable rows={g.rows} t={t} locale={locale} timeZone={timeZone} hide={['assignee']} caption={g.heading(g.total)} />
          {g.total > g.rows.length && <p className="text-sm text-slate-600">{t.employees.firstShown(g.rows.length, g.total)}</p>}
        </div>
      ))}
    </section>
  );
}
