// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Disclosure } from '@/components/ui/disclosure';

const push = vi.fn();
vi.mock('next/navigation', () => ({ useRouter: () => ({ push }) }));

afterEach(() => {
  cleanup();
  push.mockClear();
});

const form = (
  <form data-testid="the-form">
    <input type="hidden" name="ticketId" value="42" />
    <input name="amount" data-testid="amount" />
  </form>
);
const page = '/tickets/SC-000042';

describe('a form shown on request', () => {
  it('is, without JavaScript, a link to the page asking for it open, and the open one links back', () => {
    const closed = renderToString(
      <Disclosure id="refund" label="Give money back" pageHref={page} initiallyOpen={false} testId="refund-open">
        {form}
      </Disclosure>,
    );
    expect(closed).toContain(`href="${page}?open=refund#refund"`);
    expect(closed).not.toContain('the-form');
    const open = renderToString(
      <Disclosure id="refund" label="Give money back" pageHref={page} initiallyOpen testId="refund-open">
        {form}
      </Disclosure>,
    );
    expect(open).toContain(`href="${page}"`);
    expect(open).toContain('id="refund"');
    expect(open).toContain('the-form');
  });

  it('opens in place as a button, with the focus on its first field, and closes again', () => {
    render(
      <Disclosure id="refund" label="Give money back" pageHref={page} initiallyOpen={false} testId="refund-open">
        {form}
      </Disclosure>,
    );
    const toggle = screen.getByRole('button', { name: 'Give money back' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByTestId('the-form')).toBeNull();
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAttribute('aria-controls', 'refund');
    expect(screen.getByTestId('amount')).toHaveFocus();
    fireEvent.click(toggle);
    expect(screen.queryByTestId('the-form')).toBeNull();
    expect(push).not.toHaveBeenCalled();
  });

  it('asks the server for the page with it open when its content is loaded only then', () => {
    render(<Disclosure id="assignee" label="Change the assignee" pageHref={page} initiallyOpen={false} testId="assignee-open" />);
    fireEvent.click(screen.getByTestId('assignee-open'));
    expect(push).toHaveBeenCalledWith(`${page}?open=assignee`, { scroll: false });
  });

  it('can be closed when the address opened it', () => {
    render(
      <Disclosure id="refund" label="Give money back" pageHref={page} initiallyOpen testId="refund-open">
        {form}
      </Disclosure>,
    );
    expect(screen.getByTestId('the-form')).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('refund-open'));
    expect(screen.queryByTestId('the-form')).toBeNull();
  });
});
