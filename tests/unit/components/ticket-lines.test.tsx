// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Estimate } from '@/db/queries/estimates';
import type { TicketLine } from '@/db/queries/ticket-lines';
import type { Ticket } from '@/db/queries/tickets';
import { priceLines } from '@/lib/estimates/lines';
import { estimatesEn } from '@/lib/i18n/messages/features/estimates';

vi.mock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn() }) }));
vi.mock('@/app/(staff)/tickets/line-actions', () => {
  const idle = vi.fn(async () => ({ ok: true }));
  return { addLineAction: idle, updateLineAction: idle, removeLineAction: idle, setTicketDiscountAction: idle, recordPhoneDecisionAction: idle, overrideDecisionAction: idle };
});

const { LinesCard } = await import('@/app/(staff)/tickets/[number]/_components/lines-card');

afterEach(cleanup);

const ticket = (over: Partial<Ticket> = {}) => ({ id: 42, kind: 'repair', status: 'diagnostics', currency: 'RUB', discountMinor: 0, outcome: null, finalCostMinor: null, ...over }) as Ticket;

let nextId = 1;
function line(over: Partial<TicketLine>): TicketLine {
  return { id: nextId++, ticketId: 42, kind: 'work', catalogItemId: null, code: null, name: 'Work', quantity: 1, unitPriceMinor: 0, discountMinor: 0, warrantyDays: 0, createdAt: new Date(), updatedAt: new Date(), ...over } as TicketLine;
}

const LINES = [
  line({ kind: 'work', code: 'S-01', name: 'Screen replacement', quantity: 1, unitPriceMinor: 150_050, warrantyDays: 90 }),
  line({ kind: 'part', code: 'P-07', catalogItemId: 7, name: 'Display', quantity: 2, unitPriceMinor: 400_000, discountMinor: 50_000 }),
];

const pending = { id: 1, ticketId: 42, version: 2, state: 'pending', totalMinor: 870_050, currency: 'RUB', decidedAt: null, decidedVia: null, decidedById: null, decidedByName: null, reason: null } as unknown as Estimate;

function renderCard(opts: { t?: Partial<Ticket>; lines?: TicketLine[]; editable?: boolean; latest?: Estimate; manager?: boolean } = {}) {
  const tk = ticket(opts.t);
  render(
    <LinesCard
      ticket={tk}
      priced={priceLines(opts.lines ?? LINES, tk.discountMinor)}
      latest={opts.latest}
      editable={opts.editable ?? false}
      mayOverrideStock={opts.manager ?? false}
      decisions={{ phone: true, override: opts.manager ?? false }}
      e={estimatesEn}
      locale="en"
      timeZone="Europe/Moscow"
      regions={{ open: undefined, pageHref: '/tickets/SC-000042' }}
    />,
  );
}

const money = (el: HTMLElement) => el.textContent?.replace(/\s/g, '');

describe('the lines card of a ticket', () => {
  it('shows each line with its amount, and the subtotal, the ticket discount and the total from the server', () => {
    renderCard({ t: { discountMinor: 20_050 } });
    const rows = screen.getAllByTestId('line-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByText('Screen replacement')).toBeInTheDocument();
    expect(within(rows[0]).getByTestId('line-details')).toHaveTextContent(/Warranty: under warranty until \d/);
    expect(money(within(rows[1]).getByTestId('line-details'))).toContain('DiscountRUB500.00');
    expect(money(within(rows[1]).getByTestId('line-total'))).toBe('RUB7,500.00'); // 2 × 4,000.00 − 500.00
    expect(money(screen.getByTestId('lines-subtotal'))).toBe('RUB9,000.50');
    expect(money(screen.getByTestId('lines-discount'))).toBe('RUB200.50');
    expect(money(screen.getByTestId('lines-total'))).toBe('RUB8,800.00');
  });

  it('says so when there are no lines, and offers no forms to someone who may not edit', () => {
    renderCard({ lines: [] });
    expect(screen.getByTestId('lines-empty')).toHaveTextContent(estimatesEn.ui.noLines);
    expect(money(screen.getByTestId('lines-total'))).toBe('RUB0.00');
    expect(screen.queryByTestId('add-line-form')).toBeNull();
    expect(screen.queryByTestId('add-line-open')).toBeNull();
    expect(screen.queryByTestId('line-edit')).toBeNull();
    expect(screen.getByTestId('estimate-not-sent')).toBeInTheDocument();
  });

  it('gives an editor the add form, a line editor per line and the ticket discount, each form on request', () => {
    renderCard({ editable: true });
    expect(screen.queryByTestId('add-line-form')).toBeNull();
    expect(screen.queryByTestId('ticket-discount-input')).toBeNull();
    fireEvent.click(screen.getByTestId('add-line-open'));
    expect(screen.getByTestId('add-line-form')).toBeInTheDocument();
    expect(screen.getByTestId('catalog-picker-input')).toHaveFocus();
    fireEvent.click(screen.getByTestId('ticket-discount-open'));
    expect(screen.getAllByTestId('line-edit')).toHaveLength(2);
    expect(screen.getAllByTestId('line-remove')).toHaveLength(2);
    expect(screen.getByTestId('ticket-discount-input')).toHaveValue('');
  });

  it('opens a line’s editor in its own row with its values, closes it again, and asks before removing', async () => {
    renderCard({ editable: true, manager: true });
    const [first, second] = screen.getAllByTestId('line-row');
    const edit = within(second).getByTestId('line-edit');
    expect(edit).toHaveAttribute('aria-label', 'Edit line: Display');
    fireEvent.click(edit);
    const quantity = await within(second).findByTestId('line-edit-quantity');
    expect(quantity).toHaveValue('2');
    expect(within(second).getByTestId('line-edit-price')).toHaveValue('4000');
    expect(within(second).getByTestId('line-edit-discount')).toHaveValue('500');
    expect(edit).toHaveAttribute('aria-expanded', 'true');
    expect(within(first).queryByTestId('line-edit-quantity')).toBeNull();

    fireEvent.click(edit);
    await waitFor(() => expect(within(second).queryByTestId('line-edit-quantity')).toBeNull());
    expect(edit).toHaveAttribute('aria-expanded', 'false');

    fireEvent.click(within(first).getByTestId('line-remove'));
    const dialog = await within(first).findByRole('alertdialog');
    expect(dialog).toHaveTextContent('Screen replacement');
    expect(within(dialog).getByTestId('line-remove-confirm')).toHaveFocus();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(within(first).queryByRole('alertdialog')).toBeNull());
    expect(within(first).getByTestId('line-remove')).toHaveFocus();
  });

  it('shows the pending version with the phone buttons while the client decides', () => {
    renderCard({ t: { status: 'awaiting_approval' }, latest: pending });
    expect(screen.getByTestId('estimate-state-badge')).toHaveTextContent('Version 2: Awaiting the client');
    expect(screen.getByTestId('phone-approve')).toHaveTextContent(estimatesEn.ui.phoneApprove);
    expect(screen.getByTestId('phone-decline')).toBeInTheDocument();
    expect(screen.queryByTestId('decision-override')).toBeNull();
  });

  it('shows how a declined estimate was decided, the outcome, and the override to a manager only', () => {
    const declined = { ...pending, state: 'declined', decidedAt: new Date('2026-03-01T09:00:00Z'), decidedVia: 'phone', decidedByName: 'Anna Desk', reason: 'Too expensive' } as Estimate;
    renderCard({ t: { status: 'ready', outcome: 'returned_without_repair' }, latest: declined });
    expect(screen.getByTestId('estimate-decided-via')).toHaveTextContent('by phone, taken by Anna Desk');
    expect(screen.getByTestId('estimate-reason')).toHaveTextContent('Too expensive');
    expect(screen.getByTestId('lines-outcome')).toHaveTextContent('Returned without repair');
    expect(screen.queryByTestId('phone-approve')).toBeNull();
    expect(screen.queryByTestId('decision-override')).toBeNull();
    cleanup();
    renderCard({ t: { status: 'ready', outcome: 'returned_without_repair' }, latest: declined, manager: true });
    expect(screen.getByTestId('decision-override')).toHaveTextContent(estimatesEn.ui.override);
  });
});
