import type { ReactNode } from 'react';
import { cn } from './cn';

/** What Field hands to its control: spread it onto Input, Select or Textarea. */
export type FieldControlProps = {
  id: string;
  name: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  required: boolean | undefined;
};

export type FieldProps = {
  label: string;
  name: string;
  /** Defaults to one derived from `name`; pass one when two forms on a page share a name. */
  id?: string;
  /** A zod fieldErrors entry works as is; the first message is shown. */
  error?: string | string[];
  hint?: string;
  required?: boolean;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
};

export function fieldId(name: string): string {
  return `field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/**
 * Label, control, hint and error, wired together: the label names the control, and the hint
 * and error are announced with it. Usage:
 *   <Field label="Phone" name="phone" error={state.fieldErrors?.phone}>{(p) => <Input {...p} />}</Field>
 */
export function Field({ label, name, id = fieldId(name), error, hint, required, className, children }: FieldProps) {
  const message = Array.isArray(error) ? error[0] : error;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = message ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;

  return (
    <div className={cn('grid gap-1.5', className)}>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
        {required && (
          <span aria-hidden="true" className="ml-0.5 text-danger-600">
            *
          </span>
        )}
      </label>
      {children({ id, name, 'aria-invalid': message ? true : undefined, 'aria-describedby': describedBy, required })}
      {hint && (
        <p id={hintId} className="text-sm text-slate-500">
          {hint}
        </p>
      )}
      {message && (
        <p id={errorId} role="alert" className="text-sm font-medium text-danger-700">
          {message}
        </p>
      )}
    </div>
  );
}
