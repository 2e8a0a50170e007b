import Form from 'next/form';
import Link from 'next/link';
import { Button, Input, Select, buttonClasses, cn } from '@/components/ui';
import { SlidersHorizontal } from '@/components/ui/icons';
import { TICKET_SORTS } from '@/lib/tickets/list-vocabulary';
import { PRIORITIES } from '@/lib/domain/enums';
import type { Messages } from '@/lib/i18n/messages';
import type { TicketListMessages } from '@/lib/i18n/messages/features/ticket-list';
import { ticketsHref, type TicketListParams } from '@/lib/tickets/filters';
import { addDays, startOfMonth, startOfWeek } from '@/lib/time/local-date';
import { EntityPicker } from './entity-picker';

type Props = {
  params: TicketListParams;
  names: { client?: string; assignee?: string };
  /** Text typed in a picker that the server could not turn into one client or employee. */
  typed?: { client?: string; employee?: string };
  departments: { id: number; name: string }[];
  today: string;
  t: Messages;
  tl: TicketListMessages;
};

/** Today, this week (from Monday), this month and the last 30 days, each up to today. */
export function datePresets(today: string, tl: TicketListMessages) {
  return [
    { key: 'today', label: tl.presets.today, from: today },
    { key: 'week', label: tl.presets.week, from: startOfWeek(today) },
    { key: 'month', label: tl.presets.month, from: startOfMonth(today) },
    { key: 'last30', label: tl.presets.last30, from: addDays(today, -29) },
  ].map((p) => ({ ...p, to: today }));
}

/** How many of the filters a phone folds away are set: the button that unfolds them says so. */
function foldedFilterCount(params: TicketListParams): number {
  return [params.client, params.assignee, params.department, params.priority.length > 0 || undefined, params.from ?? params.to].filter((v) => v !== undefined).length;
}

/**
 * The filter bar: a GET form, so it works without JavaScript and its result is a URL that can be
 * bookmarked. The status (set by the tabs) and the overdue view ride along as hidden fields. On a
 * phone the filters after the search fold under one button (app/globals.css, `.filter-fold`), or
 * the list would start two screens down; the chips under the bar show what is set.
 */
export function FilterBar({ params, names, typed = {}, departments, today, t, tl }: Props) {
  const assigneeValue = params.assignee === undefined ? null : { value: String(params.assignee), label: names.assignee ?? '' };
  const folded = foldedFilterCount(params);
  return (
    <Form action="/tickets" role="search" aria-label={tl.filters} className="filter-bar space-y-3 rounded-lg border border-slate-200 bg-white p-4" id="ticket-filters">
      <div className="grid items-start gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <label className="grid gap-1 text-sm sm:col-span-2">
          <span className="font-medium">{tl.search}</span>
          <Input type="search" name="q" defaultValue={params.q} placeholder={tl.searchPlaceholder} maxLength={200} data-testid="filter-q" />
        </label>
        <label className={cn(buttonClasses('secondary', 'sm'), 'filter-fold')} data-testid="filter-fold">
          {/* Unfolded when a picker's text needs an answer (the question above the bar points at it). */}
          <input type="checkbox" className="sr-only" aria-controls="ticket-filters-more" defaultChecked={typed.client !== undefined || typed.employee !== undefined} />
          <SlidersHorizontal aria-hidden /> {folded > 0 ? `${tl.filters} · ${folded}` : tl.filters}
        </label>
        <div id="ticket-filters-more" className="filter-more">
          <EntityPicker
            name="client"
            searchName="clientSearch"
            label={tl.client}
            placeholder={tl.clientPlaceholder}
            endpoint="/api/clients/search"
            resultsKey="clients"
            initial={params.client === undefined ? null : { value: String(params.client), label: names.client ?? '' }}
            initialText={typed.client}
            labels={tl.pickers}
            testId="filter-client"
          />
          <EntityPicker
            name="assignee"
            searchName="assigneeSearch"
            label={tl.assignee}
            placeholder={tl.assigneePlaceholder}
            endpoint="/api/employees/search"
            resultsKey="employees"
            initial={assigneeValue}
            initialText={typed.employee}
            fixedOptions={[
              { value: 'me', label: tl.me },
              { value: 'none', label: tl.nobody },
            ]}
            labels={tl.pickers}
            testId="filter-assignee"
          />
          <label className="grid gap-1 text-sm">
            <span className="font-medium">{tl.department}</span>
            <Select name="department" defaultValue={params.department ?? ''} data-testid="filter-department">
              <option value="">{tl.anyDepartment}</option>
              {departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </Select>
          </label>
          <fieldset className="grid gap-1 text-sm">
            <legend className="mb-1 font-medium">{tl.priority}</legend>
            <div className="flex flex-wrap gap-x-3 gap-y-1">
              {PRIORITIES.map((p) => (
                <label key={p} className="inline-flex items-center gap-1.5">
                  <input type="checkbox" name="priority" value={p} defaultChecked={params.priority.includes(p)} className="size-4" />
                  {t.priorities[p]}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="grid gap-1 text-sm sm:col-span-2">
            <legend className="mb-1 font-medium">{tl.created}</legend>
            <div className="flex flex-wrap items-center gap-2">
              <label className="flex items-center gap-2">
                <span>{tl.from}</span>
                <Input type="date" name="from" defaultValue={params.from} className="w-auto" data-testid="filter-from" />
              </label>
              <label className="flex items-center gap-2">
                <span>{tl.to}</span>
                <Input type="date" name="to" defaultValue={params.to} className="w-auto" data-testid="filter-to" />
              </label>
            </div>
            <nav aria-label={tl.created} className="preset-links" data-testid="date-presets">
              {datePresets(today, tl).map((p) => (
                <Link
                  key={p.key}
                  href={ticketsHref(params, { from: p.from, to: p.to })}
                  prefetch={false}
                  aria-current={params.from === p.from && params.to === p.to ? 'true' : undefined}
                  data-testid={`preset-${p.key}`}
                >
                  {p.label}
                </Link>
              ))}
            </nav>
          </fieldset>
        </div>
      </div>
      {params.status.length > 0 && <input type="hidden" name="status" value={params.status.join(',')} />}
      {params.overdue && <input type="hidden" name="overdue" value="1" />}
      {params.warranty && <input type="hidden" name="warranty" value="1" />}
      {params.due && <input type="hidden" name="due" value="1" />}
      <div className="flex flex-wrap items-end justify-between gap-3">
        <label className="flex items-center gap-2 text-sm">
          <span className="font-medium">{tl.sort}</span>
          <Select name="sort" defaultValue={params.sort} data-testid="filter-sort">
            {TICKET_SORTS.map((s) => (
              <option key={s} value={s}>
                {tl.sorts[s]}
              </option>
            ))}
          </Select>
        </label>
        <div className="flex gap-2">
          <Link href="/tickets" className={buttonClasses('ghost')}>
            {tl.reset}
          </Link>
          <Button type="submit" data-testid="filter-apply">
            {tl.apply}
          </Button>
        </div>
      </div>
    </Form>
  );
}
