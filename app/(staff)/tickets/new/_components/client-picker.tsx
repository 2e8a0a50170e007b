'use client';

import Link from 'next/link';
import { useId, useRef } from 'react';
import { COMBOBOX_MAX_QUERY, comboboxStatusText, useCombobox } from '@/components/forms/use-combobox';
import { Badge, Button, cn } from '@/components/ui';
import { controlClasses } from '@/components/ui/control';
import type { ClientKind } from '@/lib/domain/enums';
import type { TicketIntakeMessages } from '@/lib/i18n/messages/features/ticket-intake';

/** A client as the picker shows it (the phone already formatted for display). */
export type ChosenClient = { id: number; name: string; phone: string | null; email: string | null; kind?: ClientKind };

type Props = {
  selected: ChosenClient | null;
  onSelect: (client: ChosenClient | null) => void;
  /** `?clientQuery=` of the page: the search made without JavaScript, and its server-rendered results. */
  initialQuery: string;
  serverResults: ChosenClient[] | null;
  error?: string;
  /** Told what is typed, so "New client" can start from it. */
  onQueryChange?: (query: string) => void;
  labels: TicketIntakeMessages['picker'];
};

const contactLine = (c: ChosenClient) => [c.phone, c.email].filter(Boolean).join(' · ');
const readClients = (body: Record<string, unknown>) => body.clients as ChosenClient[];

/**
 * Finds a client as you type (the ARIA 1.2 combobox pattern: arrow keys, Enter, Escape).
 * Without JavaScript it is a GET search form whose results link to /tickets/new?client=ID.
 */
export function ClientPicker({ selected, onSelect, initialQuery, serverResults, error, onQueryChange, labels }: Props) {
  /** Where focus goes after the chosen client appears or is cleared (a keyboard user keeps their place). */
  const focusNext = useRef<'change' | 'search' | null>(null);
  const combo = useCombobox<ChosenClient>({
    initialQuery,
    endpoint: '/api/clients/search',
    read: readClients,
    onChoose: (client) => {
      focusNext.current = 'change';
      onSelect(client);
    },
  });
  const { query, options: results, active } = combo;
  const uid = useId();
  const inputId = `${uid}-search`;
  const listboxId = `${uid}-listbox`;

  function type(value: string) {
    combo.type(value);
    onQueryChange?.(value);
  }

  function change() {
    focusNext.current = 'search';
    onSelect(null);
  }

  const focusWhenAsked = (target: 'change' | 'search') => (el: HTMLElement | null) => {
    if (el && focusNext.current === target) {
      focusNext.current = null;
      el.focus();
    }
  };

  if (selected) {
    return (
      <div className="flex flex-wrap items-start justify-between gap-3 rounded-md border border-slate-200 bg-slate-50 p-3" data-testid="picked-client">
        <div className="min-w-0 space-y-0.5 text-sm">
          <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">{labels.chosen}</p>
          <p className="flex flex-wrap items-center gap-2">
            <Link href={`/clients/${selected.id}`} target="_blank" className="font-medium text-primary-700 hover:underline" title={labels.openCard} data-testid="picked-client-name">
              {selected.name}
            </Link>
            {selected.kind === 'company' && <Badge>{labels.company}</Badge>}
          </p>
          {contactLine(selected) && <p className="text-slate-600" data-testid="picked-client-contacts">{contactLine(selected)}</p>}
          {error && (
            <p role="alert" className="font-medium text-danger-700" data-testid="client-error">
              {error}
            </p>
          )}
        </div>
        <Button variant="secondary" size="sm" onClick={change} ref={focusWhenAsked('change')} data-testid="change-client">
          {labels.change}
        </Button>
      </div>
    );
  }

  const listOpen = combo.listOpen;
  const hintId = `${inputId}-hint`;
  const errorId = error ? `${inputId}-error` : undefined;
  const statusText = comboboxStatusText(combo.status, results.length, labels);
  const showServerResults = serverResults !== null && query === initialQuery;

  return (
    <form
      method="get"
      action="/tickets/new"
      role="search"
      className="grid gap-1.5"
      data-testid="client-search-form"
      onSubmit={(e) => {
        e.preventDefault(); // with JavaScript the list below answers; the page is not reloaded
        void combo.search(query);
      }}
    >
      <label htmlFor={inputId} className="text-sm font-medium text-slate-800">
        {labels.label}
        <span aria-hidden="true" className="ml-0.5 text-danger-600">
          *
        </span>
      </label>
      <div className="relative flex gap-2">
        <input
          id={inputId}
          ref={focusWhenAsked('search')}
          name="clientQuery"
          type="text"
          role="combobox"
          aria-expanded={listOpen}
          aria-controls={listboxId}
          aria-autocomplete="list"
          aria-activedescendant={listOpen && active >= 0 ? `${listboxId}-${results[active]?.id}` : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          autoComplete="off"
          maxLength={COMBOBOX_MAX_QUERY}
          placeholder={labels.placeholder}
          value={query}
          onChange={(e) => type(e.target.value)}
          onKeyDown={combo.onKeyDown}
          onBlur={combo.close}
          onFocus={() => results.length > 0 && combo.show()}
          className={controlClasses()}
          data-testid="client-search"
          data-error-for="clientId"
        />
        <Button type="submit" variant="secondary">
          {labels.search}
        </Button>
        <ul
          id={listboxId}
          role="listbox"
          aria-label={labels.resultsTitle}
          hidden={!listOpen}
          className="absolute top-full left-0 z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg"
          data-testid="client-options"
        >
          {results.map((client, i) => (
            <li
              key={client.id}
              id={`${listboxId}-${client.id}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()} // keep focus in the input until the click picks
              onMouseEnter={() => combo.setActive(i)}
              onClick={() => combo.choose(client)}
              className={cn('cursor-pointer px-3 py-2 text-sm', i === active && 'bg-primary-50')}
            >
              <span className="font-medium text-slate-900">{client.name}</span>
              {client.kind === 'company' && <span className="ml-2 text-xs text-slate-500">{labels.company}</span>}
              {contactLine(client) && <span className="block text-slate-600">{contactLine(client)}</span>}
            </li>
          ))}
        </ul>
      </div>
      <p id={hintId} className="text-sm text-slate-500">
        {labels.hint}
      </p>
      <p role="status" aria-live="polite" className="min-h-5 text-sm text-slate-600" data-testid="client-search-status">
        {statusText}
      </p>
      {error && (
        <p id={errorId} role="alert" className="text-sm font-medium text-danger-700" data-testid="client-error">
          {error}
        </p>
      )}
      {showServerResults && <ServerResults clients={serverResults} labels={labels} />}
    </form>
  );
}

/** The no-JavaScript search's answer: each client a link that reopens the form with the client chosen. */
function ServerResults({ clients, labels }: { clients: ChosenClient[]; labels: Props['labels'] }) {
  if (clients.length === 0) return <p className="text-sm text-slate-600">{labels.noResults}</p>;
  return (
    <ul className="divide-y divide-slate-100 rounded-md border border-slate-200" aria-label={labels.resultsTitle} data-testid="client-search-results">
      {clients.map((c) => (
        <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
          <span>
            <span className="font-medium">{c.name}</span>
            {contactLine(c) && <span className="ml-2 text-slate-600">{contactLine(c)}</span>}
          </span>
          <Link href={`/tickets/new?client=${c.id}`} className="font-medium text-primary-700 hover:underline">
            {labels.choose}
          </Link>
        </li>
      ))}
    </ul>
  );
}
