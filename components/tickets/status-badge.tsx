import { badgeClasses, type BadgeTone } from '@/components/ui';
import { html, type SafeHtml } from '@/components/ui/html';
import type { Status } from '@/lib/domain/enums';
import { statusListHref } from '@/lib/tickets/status-token';

const TONES: Record<Status, BadgeTone> = {
  new: 'info',
  diagnostics: 'primary',
  awaiting_approval: 'warning',
  in_progress: 'primary',
  awaiting_parts: 'warning',
  ready: 'success',
  closed: 'neutral',
  cancelled: 'neutral',
};

/** A status badge that opens the list of tickets in that status (a plain link: tables hold many). */
export function StatusBadge({ status, label, linked = true }: { status: Status; label: string; linked?: boolean }) {
  const className = badgeClasses(TONES[status]);
  if (!linked) return <span className={className}>{label}</span>;
  return (
    <a href={statusListHref(status)} className={`${className} hover:underline`}>
      {label}
    </a>
  );
}

/** The same badge as markup, for a card built as one HTML string. */
export function statusBadgeHtml(status: Status, label: string): SafeHtml {
  return html`<a href="${statusListHref(status)}" class="${badgeClasses(TONES[status])} hover:underline">${label}</a>`;
}
