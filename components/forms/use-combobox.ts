'use client';

import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

export type ComboboxStatus = 'idle' | 'loading' | 'done' | 'failed';

/** The longest text sent to a search endpoint; also the input's maxLength. */
export const COMBOBOX_MAX_QUERY = 100;
const DEBOUNCE_MS = 200;

type Config<T> = {
  initialQuery: string;
  /** GET endpoint answering `?q=`; `read` turns its JSON into the options. */
  endpoint: string;
  read: (body: Record<string, unknown>) => T[];
  /** Shown when nothing is typed (the assignee's "Me", "Unassigned"); none by default. */
  idleOptions?: T[];
  /** Offered before the server's results for this text, and kept when the search fails. */
  localOptions?: (q: string) => T[];
  onChoose: (option: T) => void;
};

/**
 * Fetch-as-you-type for an ARIA 1.2 combobox: debounced searches (the previous one aborted),
 * the options and the active one, and the keys (arrows move, Enter chooses, Escape closes).
 * The component renders the input and the listbox and decides what choosing means.
 */
export function useCombobox<T>({ initialQuery, endpoint, read, idleOptions = [], localOptions = () => [], onChoose }: Config<T>) {
  const [query, setQuery] = useState(initialQuery);
  const [options, setOptions] = useState<T[]>([]);
  const [status, setStatus] = useState<ComboboxStatus>('idle');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const inflight = useRef<AbortController | null>(null);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      inflight.current?.abort();
    },
    [],
  );

  /** Shows `list` (or the current options) now, as when the input gets focus. */
  function show(list: T[] = options) {
    setOptions(list);
    setOpen(true);
  }

  /** Keeps `list` after an empty text or a failed search; an empty list closes the popup. */
  function keep(list: T[]) {
    setOptions(list);
    if (list.length === 0) setOpen(false);
  }

  async function search(text: string) {
    clearTimeout(timer.current);
    inflight.current?.abort();
    const q = text.trim().slice(0, COMBOBOX_MAX_QUERY);
    if (!q) {
      keep(idleOptions);
      setStatus('idle');
      return;
    }
    const local = localOptions(q);
    const controller = new AbortController();
    inflight.current = controller;
    setStatus('loading');
    try {
      const response = await fetch(`${endpoint}?q=${encodeURIComponent(q)}`, { signal: controller.signal });
      if (!response.ok) throw new Error(`search answered ${response.status}`);
      setOptions([...local, ...read((await response.json()) as Record<string, unknown>)]);
      setActive(-1);
      setStatus('done');
      setOpen(true);
    } catch {
      if (controller.signal.aborted) return;
      keep(local);
      setStatus('failed');
    }
  }

  function type(value: string) {
    setQuery(value);
    setActive(-1);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void search(value), DEBOUNCE_MS);
  }

  function choose(option: T) {
    clearTimeout(timer.current);
    inflight.current?.abort();
    setOpen(false);
    setStatus('idle');
    onChoose(option);
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
      e.preventDefault(); // choose, rather than submit the form around the input
      choose(options[active]);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  return {
    query,
    setQuery,
    options,
    status,
    active,
    setActive,
    /** The popup is shown: open and with something in it. */
    listOpen: open && options.length > 0,
    show,
    close: () => setOpen(false),
    search,
    type,
    choose,
    onKeyDown,
  };
}

/** What the live region says about the search, from the picker's own words. */
export function comboboxStatusText(
  status: ComboboxStatus,
  count: number,
  labels: { searching: string; failed: string; noResults: string; found: string },
): string {
  if (status === 'loading') return labels.searching;
  if (status === 'failed') return labels.failed;
  if (status === 'done') return count === 0 ? labels.noResults : labels.found.replace('{count}', String(count));
  return '';
}
