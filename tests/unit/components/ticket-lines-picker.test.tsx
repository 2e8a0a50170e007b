// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { estimatesEn } from '@/lib/i18n/messages/features/estimates';

vi.mock('@/app/(staff)/tickets/line-actions', () => ({ addLineAction: vi.fn(async () => ({ ok: true })) }));

const { AddLineForm } = await import('@/app/(staff)/tickets/[number]/_components/add-line-form');

const items = [
  { id: 11, kind: 'service', code: 'S-01', name: 'Screen replacement', priceMinor: 150_050, warrantyDays: 90, stockOnHand: 0 },
  { id: 12, kind: 'part', code: 'P-07', name: 'Screen iPhone 12', priceMinor: 800_000, warrantyDays: 30, stockOnHand: 3 },
];
let fetchMock: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fetchMock = vi.fn(async () => new Response(JSON.stringify({ items }), { headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderForm() {
  render(<AddLineForm ticketId={42} mayOverrideStock={false} currency="RUB" locale="en" />);
  return screen.getByTestId('catalog-picker-input');
}

const key = (input: HTMLElement, k: string) => fireEvent.keyDown(input, { key: k });

describe('the price-list picker of a new line', () => {
  it('finds items as you type and chooses one with the arrow keys and Enter, filling the kind and the list price', async () => {
    const input = renderForm();
    fireEvent.change(input, { target: { value: 'scr' } });
    const options = await within(screen.getByTestId('catalog-picker-options')).findAllByRole('option');
    expect(fetchMock.mock.calls[0][0]).toBe('/api/catalog/search?q=scr');
    expect(options).toHaveLength(2);
    expect(options[1]).toHaveTextContent('3 in stock');

    key(input, 'ArrowDown');
    key(input, 'ArrowDown');
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', options[1].id);
    key(input, 'Enter');

    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('Screen iPhone 12');
    expect(screen.getByTestId('catalog-picker-value')).toHaveValue('12');
    expect(screen.getByTestId('catalog-picker-hint')).toHaveTextContent('From the price list: P-07');
    expect(screen.getByTestId('catalog-picker-hint').textContent?.replace(/\s/g, '')).toContain('RUB8,000.00');
    expect(document.querySelector('input[type=hidden][name=kind]')).toHaveValue('part');
    expect(screen.getByTestId('add-line-price')).toHaveAttribute('placeholder', estimatesEn.ui.pricePlaceholder);
    // A chosen item brings its own warranty: no field for it.
    expect(screen.queryByTestId('add-line-warranty')).toBeNull();
  });

  it('closes the list with Escape, keeping the text as a typed-in line', async () => {
    const input = renderForm();
    fireEvent.change(input, { target: { value: 'Clean the fan' } });
    await within(screen.getByTestId('catalog-picker-options')).findAllByRole('option');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    key(input, 'Escape');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('Clean the fan');
    expect(input).toHaveAttribute('name', 'name');
    expect(screen.getByTestId('catalog-picker-value')).toHaveValue('');
    expect(screen.getByTestId('add-line-kind')).toHaveValue('work');
    expect(screen.getByTestId('add-line-warranty')).toBeInTheDocument();
  });

  it('forgets the chosen item when the text is changed again', async () => {
    const input = renderForm();
    fireEvent.change(input, { target: { value: 'scr' } });
    await within(screen.getByTestId('catalog-picker-options')).findAllByRole('option');
    key(input, 'ArrowDown');
    key(input, 'Enter');
    expect(screen.getByTestId('catalog-picker-value')).toHaveValue('11');
    fireEvent.change(input, { target: { value: 'Screen replacement, rush' } });
    expect(screen.getByTestId('catalog-picker-value')).toHaveValue('');
    expect(screen.getByTestId('add-line-kind')).toBeEnabled();
  });
});
