import type { ComponentProps } from 'react';
import { cn } from './cn';
import { ariaInvalid, controlClasses } from './control';

export type TextareaProps = ComponentProps<'textarea'> & { invalid?: boolean };

export function Textarea({ invalid, className, rows = 4, 'aria-invalid': given, ...props }: TextareaProps) {
  return (
    <textarea
      rows={rows}
      aria-invalid={ariaInvalid(invalid, given)}
      className={controlClasses(cn('min-h-20 resize-y', className))}
      {...props}
    />
  );
}
