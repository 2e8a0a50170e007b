'use client';

import { useId, useState } from 'react';
import { COMBOBOX_MAX_QUERY, comboboxStatusText, useCombobox } from '@/components/forms/use-combobox';
import { cn } from '@/components/ui';
import { controlClasses } from '@/components/ui/control';
import type { Locale } from '@/lib/domain/enums';
import { formatMoney } from '@/lib/i18n/format';
import type { EstimatesMessages } from '@/lib/i18n/messages/features/estimates';

/** One price-list item as GET /api/catalog/search answers it. */
export type CatalogOption = { id: number; kind: 'service' | 'part'; code: string; name: string; priceMinor: number; warrantyDays: number; stockOnHand: number | null };

export const CATALOG_SEARCH = '/api/catalog/search';

/** The route answers a list; accept it bare or under a key, so a change of envelope does not blank the picker. */
export function readCatalogResults(body: unknown): CatalogOption[] {
  const list = Array.isArray(body) ? body : ((body as Record<string, unknown> | null)?.items ?? (body as Record<string, unknown> | null)?.results ?? []);
  return (Array.isArray(list) ? list : []).filter((o): o is CatalogOption => typeof o?.id === 'number' && typeof o?.name === 'string');
}

type Props = {
  label: string;
  hint: string;
  error?: string[];
  initialText: string;
  initialChosenId: string;
  currency: string;
  locale: Locale;
  labels: EstimatesMessages['ui'];
  onChosen: (option: CatalogOption | null) => void;
};

/**
 * The line's description, which finds price-list items as you type (the ARIA 1.2 combobox:
 * arrows move, Enter chooses, Escape closes). The chosen item's id goes in `catalogItemId`;
 * typing again forgets it, and then the text is a typed-in line's description (`name`).
 */
export function CatalogPicker({ label, hint, error, initialText, initialChosenId, currency, locale, labels, onChosen }: Props) {
  const [chosen, setChosen] = useState<CatalogOption | null>(null);
  const [chosenId, setChosenId] = useState(initialChosenId);
  const combo = useCombobox<CatalogOption>({
    initialQuery: initialText,
    endpoint: CATALOG_SEARCH,
    read: readCatalogResults,
    onChoose: (option) => {
      setChosen(option);
      setChosenId(String(option.id));
      combo.setQuery(option.name);
      onChosen(option);
    },
  });
  const uid = useId();
  const inputId = `${uid}-input`;
  const listboxId = `${uid}-listbox`;
  const hintId = `${uid}-hint`;
  const errorId = `${uid}-error`;
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const { options, active, listOpen } = combo;
  const message = error?.[0];

  function type(value: string) {
    combo.type(value);
    if (chosenId) {
      setChosen(null);
      setChosenId('');
      onChosen(null);
    }
  }

  return (
    <div className="relative grid gap-1.5 text-sm" data-testid="catalog-picker">
      <label htmlFor={inputId} className="font-medium text-slate-800">
        {label}
      </label>
      <input type="hidden" name="catalogItemId" value={chosenId} data-testid="catalog-picker-value" />
      <input
        id={inputId}
        name="name"
        type="text"
        role="combobox"
        aria-expanded={listOpen}
        aria-controls={listboxId}
        aria-autocomplete="list"
        aria-activedescendant={listOpen && active >= 0 ? `${listboxId}-${active}` : undefined}
        aria-describedby={[hintId, message ? errorId : ''].filter(Boolean).join(' ')}
        aria-invalid={message ? true : undefined}
        autoComplete="off"
        maxLength={Math.max(COMBOBOX_MAX_QUERY, 200)}
        value={combo.query}
        onChange={(e) => type(e.target.value)}
        onKeyDown={combo.onKeyDown}
        onBlur={combo.close}
        className={controlClasses()}
        data-testid="catalog-picker-input"
      />
      <ul
        id={listboxId}
        role="listbox"
        aria-label={label}
        hidden={!listOpen}
        className="absolute top-full left-0 z-20 mt-1 max-h-72 w-full min-w-64 overflow-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg"
        data-testid="catalog-picker-options"
      >
        {options.map((o, i) => (
          <li
            key={o.id}
            id={`${listboxId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={() => combo.setActive(i)}
            onClick={() => combo.choose(o)}
            className={cn('cursor-pointer px-3 py-2', i === active && 'bg-primary-50')}
          >
            <span className="font-mono text-xs text-slate-500">{o.code}</span> <span className="font-medium text-slate-900">{o.name}</span>
            <span className="block text-xs text-slate-600">
              {money(o.priceMinor)}
              {o.kind === 'part' && o.stockOnHand !== null && ` · ${labels.inStock(o.stockOnHand)}`}
            </span>
          </li>
        ))}
      </ul>
      <p id={hintId} className="text-slate-500" data-testid="catalog-picker-hint">
        {chosen ? `${labels.fromList(chosen.code)} · ${labels.listPrice(money(chosen.priceMinor))}` : hint}
      </p>
      {message && (
        <p id={errorId} role="alert" className="font-medium text-danger-700">
          {message}
        </p>
      )}
      <p role="status" aria-live="polite" className="sr-only">
        {comboboxStatusText(combo.status, options.length, labels.picker)}
      </p>
    </div>
  );
}
