import Link from 'next/link';
import { X } from '@/components/ui/icons';
import type { Messages } from '@/lib/i18n/messages';
import type { TicketListMessages } from '@/lib/i18n/messages/features/ticket-list';
import { statusesOf, ticketsHref, type TicketListParams } from '@/lib/tickets/filters';
import type { Locale } from '@/lib/domain/enums';
import { formatCalendarDate } from '@/lib/time/format';

type Chip = { key: string; label: string; href: string };

function statusLabel(params: TicketListParams, t: Messages, tl: TicketListMessages): string {
  if (params.status.length === 1 && params.status[0] === 'open') return tl.openGroup;
  if (params.status.length === 1 && params.status[0] === 'closed') return tl.closedGroup;
  return (statusesOf(params.status) ?? []).map((s) => t.statuses[s]).join(', ');
}

/** One removable chip per active filter; each links to the same view without that filter. */
export function filterChips(params: TicketListParams, names: { client?: string; assignee?: string }, departmentName: string | undefined, t: Messages, tl: TicketListMessages, locale: Locale): Chip[] {
  const chips: Chip[] = [];
  const add = (key: string, label: string, patch: Partial<TicketListParams>) => chips.push({ key, label, href: ticketsHref(params, patch) });
  if (params.q) add('q', tl.chips.q(params.q), { q: undefined });
  if (params.client !== undefined) add('client', tl.chips.client(names.client ?? ''), { client: undefined });
  if (params.assignee !== undefined) add('assignee', tl.chips.assignee(names.assignee ?? ''), { assignee: undefined });
  if (params.status.length) add('status', tl.chips.status(statusLabel(params, t, tl)), { status: [] });
  if (params.overdue) add('overdue', tl.chips.overdue, { overdue: false });
  if (params.warranty) add('warranty', t.warranty.list.chip, { warranty: false });
  if (params.due) add('due', tl.chips.due, { due: false });
  if (params.replied) add('replied', t.conversation.list.chip, { replied: false });
  if (params.department !== undefined) add('department', tl.chips.department(departmentName ?? tl.unknownDepartment(params.department)), { department: undefined });
  if (params.priority.length) add('priority', tl.chips.priority(params.priority.map((p) => t.priorities[p]).join(', ')), { priority: [] });
  if (params.from || params.to) {
    const day = (d: string) => formatCalendarDate(d, locale);
    const range = params.from && params.to ? (params.from === params.to ? day(params.from) : `${day(params.from)} – ${day(params.to)}`) : params.from ? tl.range.from(day(params.from)) : tl.range.to(day(params.to!));
    add('created', tl.chips.created(range), { from: undefined, to: undefined });
  }
  return chips;
}

export function FilterChips({ chips, tl }: { chips: Chip[]; tl: TicketListMessages }) {
  if (chips.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="filter-chips">
      <h2 className="sr-only">{tl.activeFilters}</h2>
      <ul className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link
              href={chip.href}
              aria-label={tl.remove(chip.label)}
              title={tl.remove(chip.label)}
              className="inline-flex items-center gap-1.5 rounded-full bg-primary-50 px-3 py-1 text-sm text-primary-900 ring-1 ring-primary-100 ring-inset hover:bg-primary-100"
              data-testid={`chip-${chip.key}`}
            >
              {chip.label}
              <X aria-hidden className="size-3.5" />
            </Link>
          </li>
        ))}
      </ul>
      {chips.length > 1 && (
        <Link href="/tickets" className="text-sm text-primary-700 hover:underline">
          {tl.reset}
        </Link>
      )}
    </div>
  );
}
