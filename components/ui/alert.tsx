import type { ComponentProps } from 'react';
import { CircleAlert, CircleCheck, Info, TriangleAlert, type Icon } from './icons';
import { cn } from './cn';

export type AlertTone = 'info' | 'success' | 'warning' | 'danger';

const tones: Record<AlertTone, { box: string; icon: Icon }> = {
  info: { box: 'border-sky-200 bg-sky-50 text-sky-900', icon: Info },
  success: { box: 'border-success-100 bg-success-50 text-success-800', icon: CircleCheck },
  warning: { box: 'border-warning-100 bg-warning-50 text-warning-800', icon: TriangleAlert },
  danger: { box: 'border-danger-100 bg-danger-50 text-danger-800', icon: CircleAlert },
};

export type AlertProps = ComponentProps<'div'> & { tone?: AlertTone; title?: string };

/** A page-level message. Danger interrupts screen readers (role="alert"); the rest wait (role="status"). */
export function Alert({ tone = 'info', title, className, children, role, ...props }: AlertProps) {
  const { box, icon: ToneIcon } = tones[tone];
  return (
    <div
      role={role ?? (tone === 'danger' ? 'alert' : 'status')}
      className={cn('flex gap-3 rounded-lg border px-4 py-3 text-sm', box, className)}
      {...props}
    >
      <ToneIcon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0 space-y-1">
        {title && <p className="font-semibold">{title}</p>}
        {children && <div>{children}</div>}
      </div>
    </div>
  );
}
