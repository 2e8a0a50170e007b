'use client';

import { useId, useState } from 'react';
import { COMBOBOX_MAX_QUERY, comboboxStatusText, useCombobox } from '@/components/forms/use-combobox';
import { cn } from '@/components/ui';
import { controlClasses } from '@/components/ui/control';
import { useHydrated } from '@/components/ui/use-hydrated';
import type { TicketListMessages } from '@/lib/i18n/messages/features/ticket-list';

export type PickerOption = { value: string; label: string; detail?: string };

type Props = {
  /** The filter's URL param (client, assignee): a hidden input holding the chosen value. */
  name: string;
  /** The text's param (clientSearch, assigneeSearch): without JavaScript the server resolves it. */
  searchName: string;
  label: string;
  placeholder: string;
  /** GET endpoint answering `?q=` with a JSON list under `resultsKey`. */
  endpoint: string;
  resultsKey: 'clients' | 'employees';
  initial: PickerOption | null;
  /** Text to show when nothing is chosen (what was typed and is being asked about). */
  initialText?: string;
  /** Offered before the search results when they match the text (the assignee's "Me", "Unassigned"). */
  fixedOptions?: PickerOption[];
  labels: TicketListMessages['pickers'];
  testId: string;
};

type Found = { id: number; name?: string; phone?: string | null; email?: string | null; detail?: string; active?: boolean };

function toOption(found: Found, inactive: string): PickerOption {
  const detail = found.detail ?? [found.phone, found.email].filter(Boolean).join(' · ');
  return { value: String(found.id), label: found.name ?? String(found.id), detail: found.active === false ? `${detail} · ${inactive}` : detail };
}

/**
 * A filter field that finds a client or an employee as you type (the ARIA 1.2 combobox pattern:
 * arrow keys, Enter, Escape). It is part of the filter bar's GET form: the chosen id goes in a
 * hidden input; typed text that was not chosen from the list is sent as `searchName` and the
 * server picks the match (or offers a choice), which is also all it does without JavaScript.
 */
export function EntityPicker({ name, searchName, label, placeholder, endpoint, resultsKey, initial, initialText, fixedOptions = [], labels, testId }: Props) {
  const [chosen, setChosen] = useState<PickerOption | null>(initial);
  const combo = useCombobox<PickerOption>({
    initialQuery: initial?.label ?? initialText ?? '',
    endpoint,
    read: (body) => ((body[resultsKey] ?? []) as Found[]).map((f) => toOption(f, labels.inactive)),
    idleOptions: fixedOptions,
    localOptions: (q) => fixedOptions.filter((o) => o.label.toLocaleLowerCase().startsWith(q.toLocaleLowerCase())),
    onChoose: (option) => {
      setChosen(option);
      combo.setQuery(option.label);
    },
  });
  const { query, options, active } = combo;
  // False on the server and while hydrating, true once the component runs in the browser.
  const hydrated = useHydrated();
  const uid = useId();
  const inputId = `${uid}-input`;
  const listboxId = `${uid}-listbox`;

  function type(value: string) {
    combo.type(value);
    setChosen(null);
  }

  const listOpen = combo.listOpen;
  const statusText = comboboxStatusText(combo.status, options.length, labels);
  // Before hydration (and without JavaScript) the text is always sent, so the server can resolve it.
  const sendText = !hydrated || !chosen;

  return (
    <div className="relative grid gap-1 text-sm" data-testid={testId}>
      <label htmlFor={inputId} className="font-medium">
        {label}
      </label>
      <input type="hidden" name={name} value={chosen?.value ?? ''} data-testid={`${testId}-value`} />
      <input
        id={inputId}
        name={sendText ? searchName : undefined}
        type="text"
        role="combobox"
        aria-expanded={listOpen}
        aria-controls={listboxId}
        aria-autocomplete="list"
        aria-activedescendant={listOpen && active >= 0 ? `${listboxId}-${active}` : undefined}
        autoComplete="off"
        maxLength={COMBOBOX_MAX_QUERY}
        placeholder={placeholder}
        value={query}
        onChange={(e) => type(e.target.value)}
        onKeyDown={combo.onKeyDown}
        onFocus={() => {
          if (!query && fixedOptions.length > 0) combo.show(fixedOptions);
        }}
        onBlur={combo.close}
        className={controlClasses()}
        data-testid={`${testId}-input`}
      />
      <ul
        id={listboxId}
        role="listbox"
        aria-label={label}
        hidden={!listOpen}
        className="absolute top-full left-0 z-20 mt-1 max-h-72 w-full min-w-64 overflow-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg"
        data-testid={`${testId}-options`}
      >
        {options.map((o, i) => (
          <li
            key={`${o.value}-${i}`}
            id={`${listboxId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={() => combo.setActive(i)}
            onClick={() => combo.choose(o)}
            className={cn('cursor-pointer px-3 py-2', i === active && 'bg-primary-50')}
          >
            <span className="font-medium text-slate-900">{o.label}</span>
            {o.detail && <span className="block text-xs text-slate-600">{o.detail}</span>}
          </li>
        ))}
      </ul>
      <p role="status" aria-live="polite" className="sr-only">
        {statusText}
      </p>
    </div>
  );
}
