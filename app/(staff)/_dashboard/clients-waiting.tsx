import Link from 'next/link';
import { MessageSquareText } from '@/components/ui/icons';
import { cn } from '@/components/ui';
import { countClientsWaiting } from '@/db/queries/client-messages';
import type { Staff } from '@/lib/auth/session';
import type { Messages } from '@/lib/i18n/messages';
import { canSeeCenterFigures } from '@/lib/permissions';

/**
 * "Clients waiting for an answer: N" (issue 18), scoped as the rest of the dashboard is: a
 * technician counts their own tickets, managers and admins the whole center's. The link opens the
 * matching "Client replied" view of the list. A cheap count (partial index), read on every request.
 */
export async function ClientsWaiting({ staff, t }: { staff: Staff; t: Messages }) {
  const c = t.conversation.dashboard;
  const all = canSeeCenterFigures(staff);
  const n = await countClientsWaiting(all ? undefined : staff.id);
  return (
    <Link
      href={all ? '/tickets?replied=1' : '/tickets?replied=1&assignee=me'}
      className={cn(
        'flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border px-4 py-3 shadow-sm hover:underline',
        n > 0 ? 'border-primary-200 bg-primary-50 text-primary-900' : 'border-slate-200 bg-white text-slate-700',
      )}
      data-testid="clients-waiting"
      data-count={n}
    >
      <MessageSquareText aria-hidden className="size-5 shrink-0" />
      <span className="font-semibold">{c.waiting(n)}</span>
      <span className="text-sm">{all ? c.allHint : c.mineHint}</span>
    </Link>
  );
}
