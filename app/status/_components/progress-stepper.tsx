import { Check } from '@/components/ui/icons';
import { cn } from '@/components/ui';
import type { PublicStatusMessages } from '@/lib/i18n/messages/features/public-status';
import type { Progress } from '@/lib/status/progress';

type Props = { progress: Progress; waitingLabel: string | null; t: PublicStatusMessages };

/** The milestones of a request: a column on a phone, a row on a wider screen. */
export function ProgressStepper({ progress, waitingLabel, t }: Props) {
  return (
    <ol className="grid gap-3 sm:grid-cols-5 sm:gap-2" aria-label={t.page.progress} data-testid="progress">
      {progress.steps.map(({ step, state }, i) => (
        <li
          key={step}
          aria-current={state === 'current' ? 'step' : undefined}
          data-testid="progress-step"
          data-state={state}
          className="flex items-center gap-3 sm:flex-col sm:items-center sm:gap-2 sm:text-center"
        >
          <span
            aria-hidden
            className={cn(
              'flex size-8 shrink-0 items-center justify-center rounded-full text-sm font-semibold ring-2',
              state === 'done' && 'bg-primary-600 text-white ring-primary-600',
              state === 'current' && 'bg-white text-primary-700 ring-primary-600',
              state === 'todo' && 'bg-white text-slate-400 ring-slate-200',
            )}
          >
            {state === 'done' ? <Check className="size-4" /> : i + 1}
          </span>
          <span className="grid">
            <span className={cn('text-sm', state === 'todo' ? 'text-slate-500' : 'font-medium text-slate-900')}>{t.steps[step]}</span>
            {state === 'current' && waitingLabel && <span className="text-xs text-warning-800">{waitingLabel}</span>}
            <span className="sr-only">{state === 'done' ? t.page.stepDone : state === 'current' ? t.page.stepCurrent : ''}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}
