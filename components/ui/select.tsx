import type { ComponentProps } from 'react';
import { cn } from './cn';
import { ariaInvalid, controlClasses } from './control';

export type SelectProps = ComponentProps<'select'> & { invalid?: boolean };

/** A native select: the phone's own picker, full keyboard support, no JavaScript. */
export function Select({ invalid, className, 'aria-invalid': given, ...props }: SelectProps) {
  return (
    <select aria-invalid={ariaInvalid(invalid, given)} className={controlClasses(cn('pr-8', className))} {...props} />
  );
}
