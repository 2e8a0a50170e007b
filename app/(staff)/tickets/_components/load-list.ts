import { redirect } from 'next/navigation';
import { findClientsForPicker } from '@/db/queries/client-picker';
import { getClient } from '@/db/queries/clients';
import { listDepartmentOptions } from '@/db/queries/departments';
import { listEmployees } from '@/db/queries/employees';
import { employeeNames } from '@/db/queries/ticket-people';
import { listAndCountTickets, PAGE_SIZE, ticketExists } from '@/db/queries/ticket-list';
import type { Staff } from '@/lib/auth/session';
import type { Locale } from '@/lib/domain/enums';
import { env } from '@/lib/env';
import { messagesFor } from '@/lib/i18n/messages';
import type { TicketListMessages } from '@/lib/i18n/messages/features/ticket-list';
import {
  pageRequestOf,
  parseTicketListParams,
  resolveTicketFilters,
  ticketsHref,
  type AssigneeParam,
  type IgnoredParam,
  type TicketListParams,
} from '@/lib/tickets/filters';
import { parseTicketNumber } from '@/lib/tickets/number';
import { toLocalDate } from '@/lib/time/local-date';

type Raw = Record<string, string | string[] | undefined>;
export type Choice = { href: string; label: string; detail?: string };
/** When typed text in a picker (sent without choosing from its list) matched several or none. */
export type PickerQuestion = { kind: 'client' | 'employee'; q: string; choices: Choice[] };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

async function clientName(id: number | undefined): Promise<string | undefined> {
  return id === undefined ? undefined : (await getClient(id))?.name;
}

async function assigneeName(a: AssigneeParam | undefined, tl: TicketListMessages): Promise<string | undefined> {
  if (a === undefined) return undefined;
  if (a === 'me') return tl.me;
  if (a === 'none') return tl.nobody;
  return (await employeeNames([a])).get(a);
}

/**
 * The pickers' typed text (`clientSearch`, `assigneeSearch`): the filter bar sends it when no
 * suggestion was chosen, and always without JavaScript. One match becomes the filter; several
 * become a question with links; none, a note. Returns the params to use and what to ask.
 */
async function resolvePickers(raw: Raw, params: TicketListParams, tl: TicketListMessages) {
  const next = { ...params };
  const questions: PickerQuestion[] = [];
  let changed = false;
  const clientText = one(raw.clientSearch);
  if (clientText !== undefined) {
    changed = true;
    const current = await clientName(params.client);
    if (!clientText.trim()) next.client = undefined;
    else if (!current || !same(current, clientText)) {
      const found = await findClientsForPicker(clientText.trim().slice(0, 100), env().PHONE_REGION);
      next.client = found.length === 1 ? found[0].id : undefined;
      if (found.length !== 1) {
        const choices = found.map((c) => ({ href: ticketsHref(next, { client: c.id }), label: c.name, detail: c.phone ?? c.email ?? undefined }));
        questions.push({ kind: 'client', q: clientText.trim(), choices });
      }
    }
  }
  const assigneeText = one(raw.assigneeSearch);
  if (assigneeText !== undefined) {
    changed = true;
    const text = assigneeText.trim();
    const current = await assigneeName(params.assignee, tl);
    if (!text) next.assignee = undefined;
    else if (same(text, tl.me) || same(text, 'me')) next.assignee = 'me';
    else if (same(text, tl.nobody) || same(text, 'none')) next.assignee = 'none';
    else if (!current || !same(current, text)) {
      const found = (await listEmployees({ q: text.slice(0, 100), sort: 'name' }, {}, 10)).rows;
      next.assignee = found.length === 1 ? found[0].id : undefined;
      if (found.length !== 1) {
        const choices = found.map((e) => ({ href: ticketsHref(next, { assignee: e.id }), label: e.fullName, detail: e.departmentName }));
        questions.push({ kind: 'employee', q: text, choices });
      }
    }
  }
  return { params: next, questions, changed };
}

/** Everything the list page shows, read for one request. */
export async function loadTicketList(raw: Raw, staff: Staff, locale: Locale, now = new Date()) {
  const tl = messagesFor(locale).ticketList;
  const { APP_TIMEZONE: timeZone, PHONE_REGION: phoneRegion } = env();
  const parsed = parseTicketListParams(raw);
  const picked = await resolvePickers(raw, parsed.params, tl);
  // A submitted filter form (empty fields, typed picker text) becomes its plain, bookmarkable URL;
  // a URL with bad values stays, so the note can say what was ignored.
  const submitted = picked.changed || Object.values(raw).some((v) => v === '');
  if (submitted && picked.questions.length === 0 && parsed.ignored.length === 0) redirect(ticketsHref(picked.params));
  const params = picked.params;
  const today = toLocalDate(now, timeZone);
  const resolved = resolveTicketFilters(params, { staffId: staff.id, timeZone, today, phoneRegion });
  const ignored: IgnoredParam[] = [...parsed.ignored, ...resolved.ignored];
  const { page, counts } = await listAndCountTickets(resolved.filters, pageRequestOf(params), PAGE_SIZE, params.sort);
  const number = params.q ? parseTicketNumber(params.q) : null;
  return {
    tl,
    params,
    ignored,
    questions: picked.questions,
    page,
    counts,
    today,
    timeZone,
    directHit: number !== null && await ticketExists(number) ? number : null,
    names: {
      client: params.client !== undefined ? (await clientName(params.client) ?? tl.unknownClient(params.client)) : undefined,
      assignee: params.assignee !== undefined ? (await assigneeName(params.assignee, tl) ?? tl.unknownEmployee(Number(params.assignee))) : undefined,
    },
    departments: await listDepartmentOptions(),
  };
}

export type TicketListView = Awaited<ReturnType<typeof loadTicketList>>;
