import { cn } from './cn';

/** Shared look of text-like controls; 16px text on phones stops iOS from zooming in on focus. */
export function controlClasses(className?: string): string {
  return cn(
    'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm sm:text-sm',
    'placeholder:text-slate-400 focus-visible:border-primary-600',
    'disabled:cursor-not-allowed disabled:bg-slate-100 disabled:text-slate-500',
    'aria-[invalid=true]:border-danger-600 aria-[invalid=true]:focus-visible:outline-danger-600',
    className,
  );
}

type AriaInvalid = boolean | 'true' | 'false' | 'grammar' | 'spelling' | undefined;

/** `invalid` wins; otherwise keep whatever aria-invalid the caller (e.g. Field) passed. */
export function ariaInvalid(invalid: boolean | undefined, given: AriaInvalid): AriaInvalid {
  return invalid ? true : given;
}
