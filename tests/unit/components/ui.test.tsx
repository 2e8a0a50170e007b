// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Alert } from '../../../components/ui/alert';
import { Button, buttonClasses } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/dialog';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { Table, TBody, TD, TH, THead, TR } from '../../../components/ui/table';

beforeAll(() => {
  // jsdom has <dialog> but not its methods.
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    if (!this.open) return;
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
});

afterEach(cleanup);

describe('Field', () => {
  it('lets a screen reader find the control by its label', () => {
    render(<Field label="Phone" name="phone">{(p) => <Input {...p} />}</Field>);
    const input = screen.getByLabelText('Phone');
    expect(input).toHaveAttribute('name', 'phone');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toHaveAttribute('aria-describedby');
  });

  it('announces the first error and ties it to the control', () => {
    render(
      <Field label="Phone" name="phone" hint="With country code" error={['Enter a valid phone number', 'second']} required>
        {(p) => <Input {...p} />}
      </Field>,
    );
    const input = screen.getByRole('textbox', { name: 'Phone' });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Enter a valid phone number');
    expect(alert).not.toHaveTextContent('second');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toBeRequired();
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(alert.id);
    expect(input).toHaveAccessibleDescription('With country code Enter a valid phone number');
  });
});

describe('Input', () => {
  it('marks itself invalid when told to', () => {
    render(<Input aria-label="Email" invalid />);
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('Button', () => {
  it('does not submit a form unless asked to', () => {
    render(
      <>
        <Button>Save</Button>
        <Button type="submit">Send</Button>
      </>,
    );
    expect(screen.getByRole('button', { name: 'Save' })).toHaveAttribute('type', 'button');
    expect(screen.getByRole('button', { name: 'Send' })).toHaveAttribute('type', 'submit');
  });

  it('lends its look to links', () => {
    expect(buttonClasses('danger', 'sm').split(' ')).toEqual(expect.arrayContaining(['btn', 'btn-danger', 'btn-sm']));
  });
});

describe('Table', () => {
  it('gives column headers a column scope', () => {
    render(
      <Table label="Tickets">
        <THead>
          <TR>
            <TH>Number</TH>
          </TR>
        </THead>
        <TBody>
          <TR>
            <TD>SC-1</TD>
          </TR>
        </TBody>
      </Table>,
    );
    expect(screen.getByRole('columnheader', { name: 'Number' })).toHaveAttribute('scope', 'col');
    expect(screen.getByRole('region', { name: 'Tickets' })).toHaveAttribute('tabindex', '0');
  });
});

describe('Alert', () => {
  it('interrupts only for danger', () => {
    render(
      <>
        <Alert tone="success">Saved</Alert>
        <Alert tone="danger">Failed</Alert>
      </>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Saved');
    expect(screen.getByRole('alert')).toHaveTextContent('Failed');
  });
});

describe('ConfirmDialog', () => {
  function renderDialog(onConfirm = vi.fn()) {
    render(
      <ConfirmDialog
        triggerLabel="Delete client"
        title="Delete this client?"
        body="Their tickets stay."
        confirmLabel="Delete"
        cancelLabel="Cancel"
        onConfirm={onConfirm}
      />,
    );
    return onConfirm;
  }

  it('opens on the trigger and shows its title', () => {
    renderDialog();
    const dialog = screen.getByRole('dialog', { hidden: true });
    expect(dialog).not.toHaveAttribute('open');
    fireEvent.click(screen.getByRole('button', { name: 'Delete client' }));
    expect(dialog).toHaveAttribute('open');
    expect(screen.getByRole('dialog', { name: 'Delete this client?' })).toBe(dialog);
    expect(dialog).toHaveAccessibleDescription('Their tickets stay.');
  });

  it('closes on Cancel and gives focus back to the trigger', () => {
    const onConfirm = renderDialog();
    const trigger = screen.getByRole('button', { name: 'Delete client' });
    fireEvent.click(trigger);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('dialog', { hidden: true })).not.toHaveAttribute('open');
    expect(trigger).toHaveFocus();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('posts the hidden fields to the form action', () => {
    render(
      <ConfirmDialog
        triggerLabel="Archive"
        title="Archive?"
        confirmLabel="Yes"
        cancelLabel="No"
        variant="primary"
        formAction={async () => {}}
        hiddenFields={{ id: '42' }}
      />,
    );
    const confirm = screen.getByRole('button', { name: 'Yes', hidden: true });
    expect(confirm).toHaveAttribute('type', 'submit');
    const form = confirm.closest('form');
    expect(form && new FormData(form).get('id')).toBe('42');
  });
});
