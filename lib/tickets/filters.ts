/**
 * The ticket list's URL (SPEC §4): parsing it, resolving it into query filters, and building
 * links to it. A hand-edited or stale URL never breaks the page: each bad value is dropped and
 * listed in `ignored`, which the page shows as a note.
 */
import { z } from 'zod';
import { decodeCursor, encodeCursor, type Cursor, type PageRequest } from '@/lib/domain/cursor';
import { ticketSearchMatch } from '@/lib/tickets/search-match';
import { CLOSED_STATUSES, OPEN_STATUSES, PRIORITIES, STATUSES, type Priority, type Status } from '@/lib/domain/enums';
import { isRangeDate, localDateRange } from '@/lib/time/local-date';
import { cursorFitsSort, TICKET_SORTS, type TicketListFilters, type TicketSort } from './list-vocabulary';
import { LONE_CLOSED, STATUS_GROUPS, type StatusToken } from './status-token';

export type { StatusToken } from './status-token';
export type AssigneeParam = number | 'me' | 'none';
export type ListCursor = { direction: 'next' | 'prev'; at: Cursor };

/** The list's URL, validated: what the page, its links and the export all work from. */
export type TicketListParams = {
  client?: number;
  assignee?: AssigneeParam;
  status: StatusToken[];
  department?: number;
  priority: Priority[];
  from?: string;
  to?: string;
  q?: string;
  sort: TicketSort;
  cursor?: ListCursor;
  /** Not in SPEC §4: the "Overdue" quick view, open tickets due before today. */
  overdue: boolean;
  /** The "Warranty returns" quick view (warranty=1): tickets taken in under an earlier repair's warranty. */
  warranty?: boolean;
  /** The "Balance due" quick view (due=1): the total is above what was paid. */
  due?: boolean;
  /** The "Client replied" quick view (replied=1): the client wrote and nobody has answered yet. */
  replied?: boolean;
};

export const PARAM_NAMES = ['client', 'assignee', 'status', 'department', 'priority', 'from', 'to', 'q', 'sort', 'cursor', 'overdue', 'warranty', 'due', 'replied'] as const;
export type ParamName = (typeof PARAM_NAMES)[number];
export type IgnoredParam = { param: ParamName; value: string; reason?: 'range' | 'nothing_to_search' };

export const DEFAULT_SORT: TicketSort = 'created';
export const MAX_QUERY_LENGTH = 200;

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** The single-valued params; each bad value falls back to its default instead of failing the page. */
export const ticketListSchema = z.object({
  client: id.optional().catch(undefined),
  assignee: z.union([z.enum(['me', 'none']), id]).optional().catch(undefined),
  department: id.optional().catch(undefined),
  // Not just any calendar date: resolveTicketFilters turns both into instants, `to` via the day after it.
  from: z.string().refine(isRangeDate).optional().catch(undefined),
  to: z.string().refine(isRangeDate).optional().catch(undefined),
  q: z.string().transform((q) => q.slice(0, MAX_QUERY_LENGTH)).optional().catch(undefined),
  sort: z.enum(TICKET_SORTS).catch(DEFAULT_SORT),
  overdue: z.enum(['1', 'true', 'on']).optional().catch(undefined),
  warranty: z.enum(['1', 'true', 'on']).optional().catch(undefined),
  due: z.enum(['1', 'true', 'on']).optional().catch(undefined),
  replied: z.enum(['1', 'true', 'on']).optional().catch(undefined),
});
const SCALARS = ['client', 'assignee', 'department', 'from', 'to', 'q', 'sort', 'overdue', 'warranty', 'due', 'replied'] as const;
const statusToken = z.enum([...STATUSES, ...STATUS_GROUPS, LONE_CLOSED]);
const priority = z.enum(PRIORITIES);

type RawParams = Record<string, string | string[] | undefined>;

/** Repeated params (`priority=high&priority=urgent`) and comma lists mean the same. */
function listItems(value: string | string[] | undefined): string[] {
  const all = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return all.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

function first(value: string | string[] | undefined): string | undefined {
  const v = (Array.isArray(value) ? value[0] : value)?.trim();
  return v ? v : undefined;
}

function parseList<T>(raw: RawParams, param: 'status' | 'priority', schema: z.ZodType<T>, ignored: IgnoredParam[]): T[] {
  const out: T[] = [];
  for (const item of listItems(raw[param])) {
    const parsed = schema.safeParse(item);
    if (parsed.success) {
      if (!out.includes(parsed.data)) out.push(parsed.data);
    } else ignored.push({ param, value: item });
  }
  return out;
}

/** `n.<cursor>` pages forward from a row, `p.<cursor>` back from it. */
export function encodeListCursor(direction: ListCursor['direction'], at: Cursor): string {
  return `${direction === 'next' ? 'n' : 'p'}.${encodeCursor(at)}`;
}

function decodeListCursor(value: string, sort: TicketSort): ListCursor | undefined {
  const match = /^([np])\.(.+)$/.exec(value);
  const at = match ? decodeCursor(match[2]) : undefined;
  if (!match || !at || !cursorFitsSort(at, sort)) return undefined;
  return { direction: match[1] === 'n' ? 'next' : 'prev', at };
}

export function parseTicketListParams(raw: RawParams): { params: TicketListParams; ignored: IgnoredParam[] } {
  const ignored: IgnoredParam[] = [];
  const given = Object.fromEntries(SCALARS.map((k) => [k, first(raw[k])])) as Record<(typeof SCALARS)[number], string | undefined>;
  const parsed = ticketListSchema.parse(given);
  for (const k of SCALARS) {
    const value = given[k];
    const kept = parsed[k];
    if (value !== undefined && (kept === undefined || (k === 'sort' && kept !== value))) ignored.push({ param: k, value: value.slice(0, 60) });
  }
  const params: TicketListParams = {
    client: parsed.client,
    assignee: parsed.assignee,
    status: parseList(raw, 'status', statusToken, ignored),
    department: parsed.department,
    priority: parseList(raw, 'priority', priority, ignored),
    from: parsed.from,
    to: parsed.to,
    q: parsed.q,
    sort: parsed.sort,
    overdue: parsed.overdue !== undefined,
    warranty: parsed.warranty !== undefined,
    due: parsed.due !== undefined,
    replied: parsed.replied !== undefined,
  };
  if (params.from && params.to && params.from > params.to) {
    ignored.push({ param: 'to', value: params.to, reason: 'range' });
    params.to = undefined;
  }
  const cursor = first(raw.cursor);
  if (cursor) {
    params.cursor = decodeListCursor(cursor, params.sort);
    if (!params.cursor) ignored.push({ param: 'cursor', value: cursor.slice(0, 24) });
  }
  return { params, ignored };
}

/** The statuses a set of tokens stands for, in lifecycle order; undefined for "any". */
export function statusesOf(tokens: readonly StatusToken[]): Status[] | undefined {
  if (tokens.length === 0) return undefined;
  const wanted = new Set<Status>();
  for (const token of tokens) {
    const members: readonly Status[] = token === 'open' ? OPEN_STATUSES : token === 'closed' ? CLOSED_STATUSES : token === LONE_CLOSED ? ['closed'] : [token];
    for (const s of members) wanted.add(s);
  }
  return STATUSES.filter((s) => wanted.has(s));
}

export type ResolveContext = { staffId: number; timeZone: string; today: string; phoneRegion: string };

/** URL params → query filters: "me" becomes an id, dates become instants, q an FTS expression. */
export function resolveTicketFilters(params: TicketListParams, ctx: ResolveContext): { filters: TicketListFilters; ignored: IgnoredParam[] } {
  const ignored: IgnoredParam[] = [];
  let statuses = statusesOf(params.status);
  if (params.overdue) statuses = (statuses ?? [...OPEN_STATUSES]).filter((s) => (OPEN_STATUSES as readonly Status[]).includes(s));
  const { start, end } = localDateRange(params.from, params.to, ctx.timeZone);
  const search = params.q ? ticketSearchMatch(params.q, ctx.phoneRegion) : null;
  if (params.q && !search) ignored.push({ param: 'q', value: params.q.slice(0, 60), reason: 'nothing_to_search' });
  return {
    filters: {
      clientId: params.client,
      assigneeId: params.assignee === 'me' ? ctx.staffId : params.assignee,
      statuses,
      departmentId: params.department,
      priorities: params.priority.length ? params.priority : undefined,
      createdFrom: start,
      createdBefore: end,
      search: search ?? undefined,
      dueBefore: params.overdue ? ctx.today : undefined,
      warrantyReturn: params.warranty || undefined,
      balanceDue: params.due || undefined,
      clientReplied: params.replied || undefined,
    },
    ignored,
  };
}

export function pageRequestOf(params: TicketListParams): PageRequest {
  const c = params.cursor;
  return c ? (c.direction === 'next' ? { after: c.at } : { before: c.at }) : {};
}

/** The URL params of a list view, in a fixed order, defaults left out so links stay short. */
export function ticketListQueryString(params: TicketListParams): string {
  const search = new URLSearchParams();
  const put = (key: ParamName, value: string | number | undefined) => {
    if (value !== undefined && value !== '') search.set(key, String(value));
  };
  put('client', params.client);
  put('assignee', params.assignee);
  put('status', params.status.join(','));
  put('department', params.department);
  put('priority', params.priority.join(','));
  put('from', params.from);
  put('to', params.to);
  put('q', params.q);
  if (params.overdue) put('overdue', '1');
  if (params.warranty) put('warranty', '1');
  if (params.due) put('due', '1');
  if (params.replied) put('replied', '1');
  if (params.sort !== DEFAULT_SORT) put('sort', params.sort);
  if (params.cursor) put('cursor', encodeListCursor(params.cursor.direction, params.cursor.at));
  return search.toString();
}

/**
 * A link to the list with some params changed (undefined removes one). Any change other than
 * the cursor goes back to the first page: a cursor only makes sense for the view that made it.
 */
export function ticketsHref(params: TicketListParams, patch: Partial<TicketListParams> = {}, path = '/tickets'): string {
  const next: TicketListParams = { ...params, cursor: undefined, ...patch };
  const query = ticketListQueryString(next);
  return query ? `${path}?${query}` : path;
}

export const EMPTY_PARAMS: TicketListParams = { status: [], priority: [], sort: DEFAULT_SORT, overdue: false, warranty: false, due: false, replied: false };
