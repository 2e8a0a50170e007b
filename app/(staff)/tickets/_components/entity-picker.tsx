'use client';

import { useEffect, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { cn } from '@/components/ui';
import { controlClasses } from '@/components/ui/control';
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

const DEBOUNCE_MS = 200;
const noSubscription = () => () => {};
const MAX_QUERY = 100;

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
  const [query, setQuery] = useState(initial?.label ?? initialText ?? '');
  const [chosen, setChosen] = useState<PickerOption | null>(initial);
  const [options, setOptions] = useState<PickerOption[]>([]);
  const [status, setStatus] = useState<'idle' | 'loading' | 'done' | 'failed'>('idle');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // False on the server and while hydrating, true once the component runs in the browser.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const inflight = useRef<AbortController | null>(null);
  const uid = useId();
  const inputId = `${uid}-input`;
  const listboxId = `${uid}-listbox`;

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      inflight.current?.abort();
    },
    [],
  );

  async function search(text: string) {
    inflight.current?.abort();
    const q = text.trim().slice(0, MAX_QUERY);
    const fixed = fixedOptions.filter((o) => q && o.label.toLocaleLowerCase().startsWith(q.toLocaleLowerCase()));
    if (!q) {
      setOptions(fixedOptions);
      setStatus('idle');
      return;
    }
    const controller = new AbortController();
    inflight.current = controller;
    setStatus('loading');
    try {
      const response = await fetch(`${endpoint}?q=${encodeURIComponent(q)}`, { signal: controller.signal });
      if (!response.ok) throw new Error(`search answered ${response.status}`);
      const body = (await response.json()) as Record<string, Found[]>;
      setOptions([...fixed, ...(body[resultsKey] ?? []).map((f) => toOption(f, labels.inactive))]);
      setStatus('done');
      setOpen(true);
      setActive(-1);
    } catch {
      if (controller.signal.aborted) return;
      setOptions(fixed);
      setStatus('failed');
    }
  }

  function type(value: string) {
    setQuery(value);
    setChosen(null);
    setActive(-1);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void search(value), DEBOUNCE_MS);
  }

  function choose(option: PickerOption) {
    clearTimeout(timer.current);
    inflight.current?.abort();
    setChosen(option);
    setQuery(option.label);
    setOpen(false);
    setStatus('idle');
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const n = options.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (n === 0) return;
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (!open || a < 0 ? (step > 0 ? 0 : n - 1) : (a + step + n) % n));
    } else if (e.key === 'Enter' && open && active >= 0 && options[active]) {
      e.preventDefault(); // choose rather than submit the filters
      choose(options[active]);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
    }
  }

  const listOpen = open && options.length > 0;
  const statusText =
    status === 'loading' ? labels.searching : status === 'failed' ? labels.failed : status === 'done' && options.length === 0 ? labels.noResults : status === 'done' ? labels.found.replace('{count}', String(options.length)) : '';
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
        maxLength={MAX_QUERY}
        placeholder={placeholder}
        value={query}
        onChange={(e) => type(e.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => {
          if (!query && fixedOptions.length > 0) {
            setOptions(fixedOptions);
            setOpen(true);
          }
        }}
        onBlur={() => setOpen(false)}
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
            onMouseEnter={() => setActive(i)}
            onClick={() => choose(o)}
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
