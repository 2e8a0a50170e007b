import type { ComponentProps } from 'react';
import { ariaInvalid, controlClasses } from './control';

export type InputProps = ComponentProps<'input'> & { invalid?: boolean };

export function Input({ invalid, className, 'aria-invalid': given, ...props }: InputProps) {
  return <input aria-invalid={ariaInvalid(invalid, given)} className={controlClasses(className)} {...props} />;
}
