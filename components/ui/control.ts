import { cn } from './cn';

/** Shared look of text-like controls: the class .control of app/globals.css. */
export function controlClasses(className?: string): string {
  return cn('control', className);
}

type AriaInvalid = boolean | 'true' | 'false' | 'grammar' | 'spelling' | undefined;

/** `invalid` wins; otherwise keep whatever aria-invalid the caller (e.g. Field) passed. */
export function ariaInvalid(invalid: boolean | undefined, given: AriaInvalid): AriaInvalid {
  return invalid ? true : given;
}
