import { approvalFigures, approvedToStart, awaitingDecision } from '@/db/queries/dashboard-estimates';
import { closedRevenue, paymentsPerDay } from '@/db/queries/dashboard-revenue';
import { warrantyReturnsPerDepartment } from '@/db/queries/dashboard-warranty';
import {
  countOpenByStatus,
  countUnassignedOpen,
  createdAndClosedPerDay,
  listWaitingForEmployee,
  medianIntakeToReady,
  openTicketsPerEmployee,
  overdueTickets,
} from '@/db/queries/dashboard';
import { approvedSince, listDigestRecipients, openTicketsOf } from '@/db/queries/digest';
import { listDepartments } from '@/db/queries/departments';
import { listEmployees, getEmployee } from '@/db/queries/employees';
import { getClient, listClients, openTicketCounts } from '@/db/queries/clients';
import { listCatalogItems } from '@/db/queries/catalog';
import { cashGroups, listCashPayments } from '@/db/queries/cash-report';
import { getPublicEstimate, getPublicTicket, listPublicEvents } from '@/db/queries/public-status';
import { listEstimates } from '@/db/queries/estimates';
import { listTicketPayments, sumTicketPayments } from '@/db/queries/payments';
import { listTicketLines } from '@/db/queries/ticket-lines';
import { countTicketList, listAndCountTickets, listTickets } from '@/db/queries/ticket-list';
import { getTicket, listTicketEvents, listTicketsWithSerial } from '@/db/queries/tickets';
import { ticketSearchMatch } from '@/lib/tickets/search-match';
import type { TicketListFilters, TicketSort } from '@/lib/tickets/list-vocabulary';

/** The seed's clock (tests/postgres/parity.test.ts): every figure is asked about the same days. */
export const PARITY_NOW = Date.UTC(2026, 10, 20, 9);
const DAY = 86_400_000;

type Fixtures = { ticketIds: number[]; clientId: number; employeeId: number; token: string };

/** Maps become entry lists, so a result reads the same once printed as JSON. */
const plain = (value: unknown): unknown => (value instanceof Map ? [...value.entries()] : value);

/**
 * The reads compared across engines: every list, filter, order and figure a page shows, each
 * asked the same question of the same data.
 */
export function reads({ ticketIds, clientId, employeeId, token }: Fixtures): Record<string, () => Promise<unknown>> {
  const now = new Date(PARITY_NOW);
  const monthAgo = new Date(PARITY_NOW - 30 * DAY);
  const bounds = Array.from({ length: 8 }, (_, i) => PARITY_NOW - (7 - i) * DAY);
  const search = (q: string) => ticketSearchMatch(q, 'RU')!;
  const twoPages = async (f: TicketListFilters, sort: TicketSort) => {
    const first = await listTickets(f, {}, 20, sort);
    const second = first.next ? await listTickets(f, { after: first.next }, 20, sort) : null;
    return [first, second];
  };
  const lists: Record<string, () => Promise<unknown>> = {};
  const filters: Record<string, TicketListFilters> = {
    all: {},
    open: { statuses: ['new', 'diagnostics', 'awaiting_approval', 'in_progress', 'awaiting_parts', 'ready'] },
    closed: { statuses: ['closed'] },
    client: { clientId },
    assignee: { assigneeId: employeeId },
    unassigned: { assigneeId: 'none' },
    urgent: { priorities: ['urgent', 'high'] },
    lastMonth: { createdFrom: monthAgo, createdBefore: now },
    overdue: { dueBefore: '2026-11-20', statuses: ['new', 'in_progress'] },
    balanceDue: { balanceDue: true },
    warrantyReturns: { warrantyReturn: true },
    searchWord: { search: search('ноутб') },
    searchBrand: { search: search('айфон') },
    searchAndStatus: { search: search('экран'), statuses: ['closed'] },
  };
  for (const [name, f] of Object.entries(filters)) {
    for (const sort of ['created', '-created', 'updated', 'due', 'total', 'priority'] as const) lists[`list ${name} ${sort}`] = () => twoPages(f, sort);
    lists[`count ${name}`] = () => countTicketList(f);
  }
  return {
    ...lists,
    'list and count a plain search': () => listAndCountTickets({ search: search('экран') }, {}, 50, 'created'),
    departments: () => listDepartments({ sort: 'name' }, {}),
    'departments found': () => listDepartments({ q: 'ремонт', sort: 'newest' }, {}),
    employees: () => listEmployees({ sort: 'name' }),
    'employees found': () => listEmployees({ q: 'ан', sort: 'newest' }),
    employee: () => getEmployee(employeeId),
    clients: () => listClients({}, 'name'),
    'clients newest': () => listClients({}, 'newest'),
    'clients found': () => listClients({ q: 'ива' }, 'name'),
    'clients by phone': () => listClients({ phoneDigits: ['916'] }, 'name'),
    client: () => getClient(clientId),
    'open ticket counts': async () => plain(await openTicketCounts([clientId])),
    catalog: () => listCatalogItems({}),
    'catalog found': () => listCatalogItems({ words: ['экран'], active: 'active' }),
    tickets: async () => Promise.all(ticketIds.map(async (id) => [await getTicket(id), await listTicketEvents(id), await listTicketLines(id), await listEstimates(id)])),
    payments: async () => Promise.all(ticketIds.map(async (id) => [await listTicketPayments(id), await sumTicketPayments(id)])),
    'same serial': async () => Promise.all(ticketIds.map(async (id) => listTicketsWithSerial((await getTicket(id))?.serialNumber ?? '', id))),
    'public ticket': async () => {
      const ticket = await getPublicTicket(token);
      return ticket && [ticket, await listPublicEvents(ticket.id), await getPublicEstimate(ticket.id)];
    },
    'open by status': () => countOpenByStatus(),
    unassigned: () => countUnassignedOpen(),
    overdue: () => overdueTickets('2026-11-20', 10),
    workload: () => openTicketsPerEmployee(),
    waiting: () => listWaitingForEmployee(employeeId, 10),
    'created and closed per day': () => createdAndClosedPerDay(bounds),
    'median time to ready': () => medianIntakeToReady(monthAgo, now),
    approvals: () => approvalFigures(monthAgo, now),
    'awaiting decision': () => awaitingDecision(),
    'approved to start': () => approvedToStart(employeeId, 10),
    'payments per day': () => paymentsPerDay(bounds),
    'closed revenue': () => closedRevenue(monthAgo, now),
    'warranty returns': () => warrantyReturnsPerDepartment(monthAgo, now),
    'digest tickets': () => openTicketsOf(employeeId, { now, limit: 20 }),
    'digest recipients': () => listDigestRecipients(),
    'approved since': async () => plain(await approvedSince(monthAgo)),
    'cash groups': () => cashGroups(monthAgo, now),
    'cash payments': () => listCashPayments(monthAgo, now, {}),
  };
}
