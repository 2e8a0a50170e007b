// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DeviceCard } from '@/app/(staff)/tickets/[number]/_components/device-card';
import { DeviceHistory } from '@/app/(staff)/tickets/[number]/_components/device-history';
import { WorkCard } from '@/app/(staff)/tickets/[number]/_components/work-card';
import type { Ticket } from '@/db/queries/tickets';
import { messagesFor } from '@/lib/i18n/messages';
import { ticketDetailEn, ticketDetailRu } from '@/lib/i18n/messages/features/ticket-detail';

afterEach(cleanup);

const HOSTILE = '<img src=x onerror=alert(1)> & "quoted"';

const ticket = (over: Partial<Ticket> = {}) =>
  ({
    id: 42,
    kind: 'repair',
    status: 'diagnostics',
    outcome: null,
    description: 'Does not charge',
    diagnosis: '',
    workDone: '',
    deviceType: 'Phone',
    brand: 'Apple',
    model: null,
    serialNumber: 'SN-1',
    accessories: null,
    intakeCondition: null,
    warranty: false,
    ...over,
  }) as Ticket;

// These cards reach the browser as one HTML string each: what a client or an employee typed must stay text.
describe('the ticket page cards built as markup', () => {
  it('the work card shows the problem with its line breaks, says what is missing, and keeps typed markup as text', () => {
    render(<WorkCard ticket={ticket({ description: `${HOSTILE}\nsecond line`, outcome: 'returned_without_repair' })} t={messagesFor('en')} td={ticketDetailEn} />);
    expect(screen.getByTestId('ticket-description')).toHaveTextContent(HOSTILE);
    expect(screen.getByTestId('ticket-description').querySelector('.whitespace-pre-line')?.textContent).toBe(`${HOSTILE}\nsecond line`);
    expect(screen.getByTestId('ticket-diagnosis')).toHaveTextContent(ticketDetailEn.work.noDiagnosis);
    expect(screen.getByTestId('work-outcome')).toHaveTextContent('Returned without repair');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(ticketDetailEn.work.title);
    expect(document.querySelector('img')).toBeNull();
  });

  it('the device card lists what was recorded at intake in Russian, with a dash for what was not', () => {
    render(<DeviceCard ticket={ticket({ brand: HOSTILE })} t={messagesFor('ru')} td={ticketDetailRu} />);
    expect(screen.getByTestId('device-brand')).toHaveTextContent(HOSTILE);
    expect(screen.getByTestId('device-model')).toHaveTextContent(messagesFor('ru').common.none);
    expect(screen.getByText(ticketDetailRu.device.warrantyNo)).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  it('the device history links each visit and shows its status and warranty', () => {
    const closedAt = new Date(Date.now() - 10 * 24 * 3600 * 1000);
    render(
      <DeviceHistory
        serialNumber="SN-1"
        others={[{ id: 7, title: HOSTILE, status: 'closed', createdAt: closedAt, closedAt, outcome: null, warrantyDays: 90 }]}
        t={messagesFor('en')}
        td={ticketDetailEn}
        locale="en"
        timeZone="Europe/Moscow"
      />,
    );
    const visit = within(screen.getByTestId('device-history')).getByRole('listitem');
    expect(within(visit).getByRole('link', { name: 'SC-000007' })).toHaveAttribute('href', '/tickets/SC-000007');
    expect(within(visit).getByRole('link', { name: messagesFor('en').statuses.closed })).toHaveAttribute('href', '/tickets?status=closed_only'); // the status alone, not the group
    expect(visit).toHaveTextContent(HOSTILE);
    expect(within(visit).getByTestId('device-history-warranty')).toHaveTextContent(/under warranty until/i);
    expect(document.querySelector('img')).toBeNull();
  });
});
