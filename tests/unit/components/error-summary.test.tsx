// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FormMessage } from '../../../components/forms/form-message';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import type { ActionState } from '../../../lib/action';

beforeAll(() => {
  // jsdom lays nothing out: record the scrolls instead.
  Element.prototype.scrollIntoView = vi.fn();
});
afterEach(cleanup);

function TicketForm({ state }: { state: ActionState | undefined }) {
  return (
    <form>
      <input type="hidden" name="clientId" value="" />
      <FormMessage state={state} />
      <Field label="Title" name="title" required error={state?.fieldErrors?.title}>
        {(p) => <Input {...p} />}
      </Field>
      <Field label="Due date" name="dueDate" error={state?.fieldErrors?.dueDate}>
        {(p) => <Input {...p} type="date" />}
      </Field>
      <input id="client-search" data-error-for="clientId" aria-label="Client" />
    </form>
  );
}

const refused: ActionState = {
  summary: 'Not saved yet. Please correct these fields:',
  fieldErrors: { title: ['Enter a title.'], dueDate: ['Not a date.'], clientId: ['Choose a client.'] },
};

describe('the error summary at the top of a form', () => {
  it('lists every field to fix by its label, linked to the field, and takes the focus', () => {
    render(<TicketForm state={refused} />);
    const summary = screen.getByTestId('error-summary');
    expect(summary).toHaveTextContent('Not saved yet. Please correct these fields:');
    expect(screen.getByRole('link', { name: 'Title: Enter a title.' })).toHaveAttribute('href', '#field-title');
    expect(screen.getByRole('link', { name: 'Due date: Not a date.' })).toHaveAttribute('href', '#field-dueDate');
    // A value kept in a hidden input points at the control that shows it.
    expect(screen.getByRole('link', { name: 'Choose a client.' })).toHaveAttribute('href', '#client-search');
    expect(summary).toHaveFocus();
    expect(summary.scrollIntoView).toHaveBeenCalled();
  });

  it('moves to the field when its entry is followed', () => {
    render(<TicketForm state={refused} />);
    fireEvent.click(screen.getByRole('link', { name: 'Due date: Not a date.' }));
    expect(screen.getByLabelText('Due date')).toHaveFocus();
  });

  it('is not there before a submit, nor after a success', () => {
    const { rerender } = render(<TicketForm state={undefined} />);
    expect(screen.queryByTestId('error-summary')).toBeNull();
    rerender(<TicketForm state={{ ok: true, message: 'Saved.' }} />);
    expect(screen.queryByTestId('error-summary')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Saved.');
  });

  it('takes the focus again on the next refused submit', () => {
    const { rerender } = render(<TicketForm state={refused} />);
    document.getElementById('field-title')!.focus();
    rerender(<TicketForm state={{ ...refused, fieldErrors: { title: ['Enter a title.'] } }} />);
    expect(screen.getByTestId('error-summary')).toHaveFocus();
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });
});
