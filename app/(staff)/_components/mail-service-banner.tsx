import Link from 'next/link';
import { Alert } from '@/components/ui';
import type { Staff } from '@/lib/auth/session';
import type { Locale } from '@/lib/domain/enums';
import { helpHref } from '@/lib/help/pages';
import { messagesFor } from '@/lib/i18n/messages';
import { mailServiceConfigured } from '@/lib/notifications/transports';
import { canSeeOutbox } from '@/lib/permissions';

// The guide's heading ids are made from the heading text, so each language has its own.
const SETUP_ANCHOR: Record<Locale, string> = { en: 'e-mail-through-resend', ru: 'почта-через-resend' };

/**
 * Without RESEND_API_KEY every notification is kept in the outbox and reaches nobody. Those who
 * can see the outbox (managers, admins) are told so on it and on the dashboard until a mail
 * service is set up; the rest could do nothing about it.
 */
export function MailServiceBanner({ staff, locale, outboxLink }: { staff: Staff; locale: Locale; outboxLink: boolean }) {
  if (!canSeeOutbox(staff) || mailServiceConfigured()) return null;
  const b = messagesFor(locale).notifications.outbox.noMailService;
  const link = 'font-medium underline underline-offset-2';
  return (
    <Alert tone="warning" title={b.title} data-testid="no-mail-service">
      <p>{b.body}</p>
      <p className="mt-1">{b.later}</p>
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
        {outboxLink && (
          <Link href="/outbox" className={link}>
            {b.open}
          </Link>
        )}
        <Link href={`${helpHref('operations')}#${SETUP_ANCHOR[locale]}`} className={link}>
          {b.howTo}
        </Link>
      </p>
    </Alert>
  );
}
