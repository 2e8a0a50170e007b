export type ClassValue = string | false | null | undefined | 0;

/**
 * Joins class names, skipping falsy parts. It does not resolve Tailwind conflicts
 * (no tailwind-merge): a caller's `px-2` does not reliably beat a component's `px-4`.
 * Add layout classes freely; to override a component's own utility use `px-2!`.
 */
export function cn(...parts: ClassValue[]): string {
  return parts.filter(Boolean).join(' ');
}
