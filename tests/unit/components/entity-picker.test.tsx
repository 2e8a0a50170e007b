// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EntityPicker } from '@/app/(staff)/tickets/_components/entity-picker';
import { ticketListEn } from '@/lib/i18n/messages/features/ticket-list';

const found = [
  { id: 7, name: 'Ivan Petrov', phone: '+7 912 345-67-89', email: null },
  { id: 9, name: 'Irina Sokolova', phone: null, email: 'irina@example.test', active: false },
];

let fetchMock: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fetchMock = vi.fn(async () => new Response(JSON.stringify({ employees: found }), { headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderPicker() {
  render(
    <EntityPicker
      name="assignee"
      searchName="assigneeSearch"
      label="Assignee"
      placeholder="Name"
      endpoint="/api/employees/search"
      resultsKey="employees"
      initial={null}
      fixedOptions={[{ value: 'me', label: 'Me' }]}
      labels={ticketListEn.pickers}
      testId="filter-assignee"
    />,
  );
  return screen.getByRole('combobox');
}

const key = (input: HTMLElement, k: string) => fireEvent.keyDown(input, { key: k });

describe('a search-as-you-type picker (the shared combobox hook)', () => {
  it('chooses an employee with the arrow keys and Enter', async () => {
    const input = renderPicker();
    fireEvent.change(input, { target: { value: 'I' } });
    fireEvent.change(input, { target: { value: 'Ir' } });
    await screen.findAllByRole('option');
    // Typing again within the pause asks the server once, for the last text.
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0][0]).toBe('/api/employees/search?q=Ir');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('2 found');

    key(input, 'ArrowDown');
    const options = screen.getAllByRole('option');
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', options[0].id);
    key(input, 'ArrowDown');
    key(input, 'ArrowDown'); // wraps round to the first
    key(input, 'ArrowUp'); // and back to the last
    expect(screen.getAllByRole('option')[1]).toHaveAttribute('aria-selected', 'true');
    expect(screen.getAllByRole('option')[1]).toHaveTextContent('inactive');

    key(input, 'Enter');
    expect(input).toHaveValue('Irina Sokolova');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByTestId('filter-assignee-value')).toHaveValue('9');
  });

  it('closes the list with Escape without choosing, and offers the fixed options first when they match', async () => {
    const input = renderPicker();
    fireEvent.change(input, { target: { value: 'Me' } });
    await screen.findAllByRole('option');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Me', expect.stringContaining('Ivan Petrov'), expect.stringContaining('Irina Sokolova')]);
    key(input, 'ArrowDown');
    key(input, 'Escape');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).not.toHaveAttribute('aria-activedescendant');
    key(input, 'Enter');
    expect(screen.getByTestId('filter-assignee-value')).toHaveValue('');
  });

  it('says so when the search fails, and keeps nothing stale', async () => {
    fetchMock.mockImplementation(async () => new Response('no', { status: 500 }));
    const input = renderPicker();
    await act(async () => {
      fireEvent.change(input, { target: { value: 'Iv' } });
    });
    expect(await screen.findByText(ticketListEn.pickers.failed)).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });
});
