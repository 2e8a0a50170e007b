'use client';

import { useEffect, useId, useRef, type MouseEvent, type ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { X } from './icons';
import { Button, type ButtonSize, type ButtonVariant } from './button';
import { cn } from './cn';

// m-auto restores the centring that Tailwind's reset takes from a modal dialog.
const panelClasses =
  'm-auto w-[calc(100%-2rem)] max-w-md rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-xl ' +
  'backdrop:bg-slate-900/50';

/**
 * Invoker commands let the browser open and close a dialog with no JavaScript at all (before
 * hydration, or with scripts off) where supported. React has no types for them yet, so they
 * are passed as plain attributes; with JS, our click handlers run and cancel them.
 */
function invoker(command: 'show-modal' | 'close', target: string) {
  return { command, commandfor: target } as Record<string, string>;
}

/** Clicks on the dialog element itself land on the backdrop, since the content fills the box. */
function closeOnBackdrop(event: MouseEvent<HTMLDialogElement>) {
  if (event.target === event.currentTarget) event.currentTarget.close();
}

export type ConfirmDialogProps = {
  triggerLabel: string;
  title: string;
  body?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  variant?: 'danger' | 'primary';
  /** A server action (works without JS) or any form action; it receives `hiddenFields`. */
  formAction?: (formData: FormData) => void | Promise<void>;
  hiddenFields?: Record<string, string>;
  /** Used only when there is no `formAction`. */
  onConfirm?: () => void;
  triggerVariant?: ButtonVariant;
  triggerSize?: ButtonSize;
  triggerClassName?: string;
  /** For tests and the load benchmark, which find the trigger by it. */
  triggerTestId?: string;
  disabled?: boolean;
};

/**
 * A button that asks "are you sure?" in a modal `<dialog>` before submitting a form.
 * Escape, Cancel or a backdrop click close it; focus then returns to the trigger.
 * Without JavaScript the trigger is still a real button: browsers with invoker commands
 * (commandfor) open the dialog natively and the form posts the server action; older
 * browsers show a button that does nothing, so keep a no-JS path for anything essential.
 */
export function ConfirmDialog({
  triggerLabel,
  title,
  body,
  confirmLabel,
  cancelLabel,
  variant = 'danger',
  formAction,
  hiddenFields,
  onConfirm,
  triggerVariant,
  triggerSize = 'md',
  triggerClassName,
  triggerTestId,
  disabled,
}: ConfirmDialogProps) {
  const dialogId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const close = () => dialogRef.current?.close();

  function open(event: MouseEvent<HTMLButtonElement>) {
    event.preventDefault();
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }

  return (
    <>
      <Button
        ref={triggerRef}
        variant={triggerVariant ?? (variant === 'danger' ? 'danger' : 'secondary')}
        size={triggerSize}
        className={triggerClassName}
        disabled={disabled}
        data-testid={triggerTestId}
        aria-haspopup="dialog"
        onClick={open}
        {...invoker('show-modal', dialogId)}
      >
        {triggerLabel}
      </Button>
      <dialog
        ref={dialogRef}
        id={dialogId}
        aria-labelledby={`${dialogId}-title`}
        aria-describedby={body ? `${dialogId}-body` : undefined}
        className={panelClasses}
        onClose={() => triggerRef.current?.focus()}
        onClick={closeOnBackdrop}
      >
        <form action={formAction} className="grid gap-4 p-5">
          <h2 id={`${dialogId}-title`} className="text-lg font-semibold">
            {title}
          </h2>
          {body && (
            <div id={`${dialogId}-body`} className="text-sm text-slate-600">
              {body}
            </div>
          )}
          {Object.entries(hiddenFields ?? {}).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {/* Cancel comes first in the DOM, so it gets the initial focus: the safe choice. */}
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button variant="secondary" onClick={close} {...invoker('close', dialogId)}>
              {cancelLabel}
            </Button>
            {formAction ? (
              <SubmitButton variant={variant} label={confirmLabel} onDone={close} />
            ) : (
              <Button
                variant={variant}
                onClick={() => {
                  onConfirm?.();
                  close();
                }}
              >
                {confirmLabel}
              </Button>
            )}
          </div>
        </form>
      </dialog>
    </>
  );
}

function SubmitButton({ variant, label, onDone }: { variant: ButtonVariant; label: string; onDone: () => void }) {
  const { pending } = useFormStatus();
  const wasPending = useRef(false);
  // Close once the action settles, unless it navigated away (then we are unmounted anyway).
  useEffect(() => {
    if (wasPending.current && !pending) onDone();
    wasPending.current = pending;
  }, [pending, onDone]);
  return (
    <Button type="submit" variant={variant} disabled={pending} aria-busy={pending || undefined}>
      {label}
    </Button>
  );
}

export type DialogProps = {
  open: boolean;
  /** Called whenever the dialog closes, including by Escape or a backdrop click. */
  onClose: () => void;
  title: string;
  description?: ReactNode;
  /** Accessible name of the × button, e.g. t('common.close'). */
  closeLabel: string;
  children?: ReactNode;
  className?: string;
};

/** A controlled modal on the native `<dialog>`; the browser traps focus and restores it on close. */
export function Dialog({ open, onClose, title, description, closeLabel, children, className }: DialogProps) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={description ? `${id}-desc` : undefined}
      className={cn(panelClasses, className)}
      onClose={onClose}
      onClick={closeOnBackdrop}
    >
      <div className="grid gap-4 p-5">
        <div className="flex items-start justify-between gap-4">
          <h2 id={`${id}-title`} className="text-lg font-semibold">
            {title}
          </h2>
          <Button variant="ghost" size="sm" aria-label={closeLabel} className="-mt-1 -mr-2" onClick={() => ref.current?.close()}>
            <X aria-hidden="true" />
          </Button>
        </div>
        {description && (
          <div id={`${id}-desc`} className="text-sm text-slate-600">
            {description}
          </div>
        )}
        {children}
      </div>
    </dialog>
  );
}
