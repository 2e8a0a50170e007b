import Link from 'next/link';
import { ExternalLink, Printer, Tag } from '@/components/ui/icons';
import { buttonClasses, Card, CardContent, CardHeader, CardTitle } from '@/components/ui';
import type { Ticket } from '@/db/queries/tickets';
import type { Staff } from '@/lib/auth/session';
import type { Locale } from '@/lib/domain/enums';
import { messagesFor } from '@/lib/i18n/messages';
import { publicStatusUrl } from '@/lib/notifications/links';
import { ticketHref } from '@/lib/tickets/number';
import { canWorkOnTicket } from '@/lib/permissions';
import { HandoverDocumentLink } from '../certificate/_components/document-link';
import { CopyLink, RegenerateLinkForm, ResendLinkForm } from './public-link-forms';

type Props = { ticket: Ticket; staff: Staff; locale: Locale };

/** The client's status link: copy it, e-mail it again, replace it; and the printed receipt and label. */
export function PublicLinkControls({ ticket, staff, locale }: Props) {
  const messages = messagesFor(locale);
  const t = messages.publicStatus.links;
  const url = publicStatusUrl(ticket.publicToken);
  const mayAct = canWorkOnTicket(staff, ticket);
  const print = ticketHref(ticket.id, '/print');
  return (
    <Card data-testid="public-link-controls">
      <CardHeader>
        <CardTitle>{t.title}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-4">
        <p className="text-sm text-slate-600">{t.intro}</p>
        <CopyLink url={url} labels={{ url: t.url, copy: t.copy, copied: t.copied, copyFallback: t.copyFallback }} />
        <div className="flex flex-wrap gap-2">
          <a href={url} target="_blank" rel="noopener noreferrer" className={buttonClasses('secondary', 'sm')} data-testid="public-link-open">
            <ExternalLink aria-hidden /> {t.open}
          </a>
          <Link href={print} className={buttonClasses('secondary', 'sm')} data-testid="print-receipt">
            <Printer aria-hidden /> {t.print}
          </Link>
          <Link href={`${print}?layout=label`} className={buttonClasses('secondary', 'sm')} data-testid="print-label">
            <Tag aria-hidden /> {t.label}
          </Link>
          <HandoverDocumentLink ticket={ticket} t={messages.documents} />
        </div>
        {mayAct ? (
          <>
            <ResendLinkForm ticketId={ticket.id} labels={{ resend: t.resend, resending: t.resending }} />
            <RegenerateLinkForm
              ticketId={ticket.id}
              labels={{
                regenerate: t.regenerate,
                regenerateTitle: t.regenerateTitle,
                regenerateBody: t.regenerateBody,
                regenerateConfirm: t.regenerateConfirm,
                cancel: messages.common.cancel,
              }}
            />
          </>
        ) : (
          <p className="text-sm text-slate-600">{t.readOnly}</p>
        )}
      </CardContent>
    </Card>
  );
}
