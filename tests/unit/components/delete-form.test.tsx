// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DeleteForm } from '@/components/forms/delete-form';

beforeAll(() => {
  // jsdom has <dialog> but not its methods.
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.open = false;
  };
});

afterEach(cleanup);

const labels = { trigger: 'Delete ticket', title: 'Delete for good?', body: 'Ticket SC-000042 will be deleted.', confirm: 'Delete', cancel: 'Cancel' };

describe('a record’s Delete button', () => {
  it('is outlined beside Edit, and only the confirmation it opens is solid red', () => {
    render(<DeleteForm action={vi.fn(async () => ({ ok: true }) as never)} id={42} labels={labels} />);
    const trigger = screen.getByRole('button', { name: 'Delete ticket' });
    expect(trigger).toHaveClass('btn-danger-outline');
    expect(trigger).not.toHaveClass('btn-danger');

    fireEvent.click(trigger);
    const confirm = screen.getByRole('button', { name: 'Delete' });
    expect(confirm).toHaveClass('btn-danger');
    expect(confirm.closest('form')?.querySelector('input[name=id]')).toHaveValue('42');
  });
});
