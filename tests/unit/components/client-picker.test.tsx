// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClientPicker, type ChosenClient } from '@/app/(staff)/tickets/new/_components/client-picker';
import { ticketIntakeEn } from '@/lib/i18n/messages/features/ticket-intake';

const clients: ChosenClient[] = [
  { id: 3, name: 'Anna Smirnova', phone: '+7 912 000-00-01', email: null, kind: 'person' },
  { id: 4, name: 'Anvil Ltd', phone: null, email: 'desk@anvil.test', kind: 'company' },
];

beforeEach(() => {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ clients }))));
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function Intake() {
  const [client, setClient] = useState<ChosenClient | null>(null);
  return <ClientPicker selected={client} onSelect={setClient} initialQuery="" serverResults={null} labels={ticketIntakeEn.picker} />;
}

describe('the intake’s client picker', () => {
  it('a keyboard user finds a client, chooses it with Enter and lands on "Change client"', async () => {
    render(<Intake />);
    const input = screen.getByTestId('client-search');
    fireEvent.change(input, { target: { value: 'An' } });
    await screen.findAllByRole('option');
    expect(screen.getByTestId('client-search-status')).toHaveTextContent('Clients found: 2.');
    fireEvent.keyDown(input, { key: 'ArrowUp' }); // from nothing, up starts at the last
    expect(input).toHaveAttribute('aria-activedescendant', screen.getAllByRole('option')[1].id);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.getByTestId('picked-client-name')).toHaveTextContent('Anvil Ltd');
    expect(screen.getByTestId('change-client')).toHaveFocus();
  });
});
