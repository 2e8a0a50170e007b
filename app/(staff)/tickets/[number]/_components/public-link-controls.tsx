import { ExternalLink, Printer, Tag } from '@/components/ui/icons';
import { iconHtml } from '@/components/ui/icon-html';
import { html, innerHtml } from '@/components/ui/html';
import { buttonClasses, Card, CardContent, CardHeader, CardTitle } from '@/components/ui';
import type { Ticket } from '@/db/queries/tickets';
import type { Staff } from '@/lib/auth/session';
import type { Locale } from '@/lib/domain/enums';
import { messagesFor } from '@/lib/i18n/messages';
import { publicStatusUrl } from '@/lib/notifications/links';
import { ticketHref } from '@/lib/tickets/number';
import { canWorkOnTicket } from '@/lib/permissions';
import { handoverDocumentLinkHtml } from '../certificate/_components/document-link';
import { CopyLink, RegenerateLinkForm, ResendLinkForm } from './public-link-forms';

type Props = { ticket: Ticket; staff: Staff; locale: Locale };

/** The client's status link: copy it, e-mail it again, replace it; and the printed receipt and label. */
export function PublicLinkControls({ ticket, staff, locale }: Props) {
  const messages = messagesFor(locale);
  const t = messages.publicStatus.links;
  const url = publicStatusUrl(ticket.publicToken);
  const mayAct = canWorkOnTicket(staff, ticket);
  const print = ticketHref(ticket.id, '/print');
  const button = buttonClasses('secondary', 'sm');
  const links = html`<a href="${url}" target="_blank" rel="noopener noreferrer" class="${button}" data-testid="public-link-open">${iconHtml(ExternalLink)} ${t.open}</a><a href="${print}" class="${button}" data-testid="print-receipt">${iconHtml(Printer)} ${t.print}</a><a href="${print}?layout=label" class="${button}" data-testid="print-label">${iconHtml(Tag)} ${t.label}</a>${handoverDocumentLinkHtml(ticket, messages.documents)}`;
  return (
    <Card data-testid="public-link-controls">
      <CardHeader>
        <CardTitle>{t.title}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-4">
        <p className="text-sm text-slate-600">{t.intro}</p>
        <CopyLink url={url} labels={{ url: t.url, copy: t.copy, copied: t.copied, copyFallback: t.copyFallback }} />
        <div className="flex flex-wrap gap-2" dangerouslySetInnerHTML={innerHtml(links)} />
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
