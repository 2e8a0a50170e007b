import type { ComponentProps } from 'react';
import { cn } from './cn';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'primary';

const tones: Record<BadgeTone, string> = {
  neutral: 'bg-slate-100 text-slate-700 ring-slate-300',
  info: 'bg-sky-50 text-sky-800 ring-sky-200',
  success: 'bg-success-50 text-success-800 ring-success-100',
  warning: 'bg-warning-50 text-warning-800 ring-warning-100',
  danger: 'bg-danger-50 text-danger-800 ring-danger-100',
  primary: 'bg-primary-50 text-primary-800 ring-primary-100',
};

export function badgeClasses(tone: BadgeTone = 'neutral', className?: string): string {
  return cn(
    'inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset',
    tones[tone],
    className,
  );
}

export type BadgeProps = ComponentProps<'span'> & { tone?: BadgeTone };

/** A short label; the text carries the meaning, colour only reinforces it. */
export function Badge({ tone = 'neutral', className, ...props }: BadgeProps) {
  return <span className={badgeClasses(tone, className)} {...props} />;
}
