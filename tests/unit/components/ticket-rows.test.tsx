// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { packTicketRow } from '@/components/tickets/ticket-row-data';
import { TicketRows } from '@/components/tickets/ticket-rows';
import { messagesFor } from '@/lib/i18n/messages';

afterEach(cleanup);

const t = messagesFor('en');
const labels = { statuses: t.statuses, priorities: t.priorities, unassigned: t.ticketTable.unassigned, none: t.common.none, replied: t.conversation.list.rowBadge };

const TITLE = 'Does not charge after a fall from a table, the port is loose and the battery swells';

describe('the ticket rows', () => {
  it('give a title its whole text as the tooltip when the pointer reaches it', () => {
    const row = packTicketRow({ id: 7, title: TITLE, status: 'new', replied: false, day: '2026-12-04', created: '4 Dec 2026', due: '—', late: false });
    const { container } = render(
      <table>
        <TicketRows rows={[row]} columns={{ priority: false, client: false, assignee: false, total: false }} labels={labels} />
      </table>,
    );
    const title = container.querySelector('td.t > span')!;
    expect(title).toHaveTextContent(TITLE);
    expect(title).not.toHaveAttribute('title');
    fireEvent.pointerOver(title);
    expect(title).toHaveAttribute('title', TITLE);
  });
});
