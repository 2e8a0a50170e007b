import { badgeHtml, Card, CardContent, CardHeader, CardTitle } from '@/components/ui';
import { html, innerHtml, timeHtml } from '@/components/ui/html';
import { listTicketAttachments, type TicketAttachment } from '@/db/queries/attachments';
import type { Ticket } from '@/db/queries/tickets';
import { fillIn, formatFileSize } from '@/lib/attachments/format';
import { MAX_FILES_PER_TICKET } from '@/lib/attachments/limits';
import { canAttach, canChangeVisibility, canDeleteAttachment } from '@/lib/permissions';
import { isImageMime } from '@/lib/attachments/sniff';
import type { Staff } from '@/lib/auth/session';
import type { Locale } from '@/lib/domain/enums';
import { env } from '@/lib/env';
import { formatDateTime } from '@/lib/i18n/format';
import { messagesFor } from '@/lib/i18n/messages';
import type { AttachmentsMessages } from '@/lib/i18n/messages/features/attachments';
import { AttachmentControls } from './attachments-controls';
import { AttachmentsUpload } from './attachments-upload';
import { attachmentHref, attachmentPreviewHtml } from './attachment-preview';

type Props = { ticket: Ticket; staff: Staff; locale: Locale };


/** The ticket's photos and files: thumbnails, who added what, client visibility, delete, and the upload. */
export async function AttachmentsCard({ ticket, staff, locale }: Props) {
  const m = messagesFor(locale).attachments;
  const rows = await listTicketAttachments(ticket.id);
  const mayAttach = canAttach(staff, ticket);
  return (
    <Card data-testid="attachments">
      <CardHeader>
        <CardTitle id="attachments-title">{m.title}</CardTitle>
        <span className="text-xs text-slate-500" data-testid="attachments-count">
          {fillIn(m.count, { count: rows.length, max: MAX_FILES_PER_TICKET })}
        </span>
      </CardHeader>
      <CardContent className="grid gap-4">
        {rows.length === 0 ? (
          <p className="text-sm text-slate-600">{m.empty}</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2" aria-labelledby="attachments-title">
            {rows.map((row) => (
              <AttachmentItem key={row.id} row={row} staff={staff} ticket={ticket} m={m} locale={locale} />
            ))}
          </ul>
        )}
        {!mayAttach ? (
          <p className="text-sm text-slate-600">{m.upload.readOnly}</p>
        ) : rows.length >= MAX_FILES_PER_TICKET ? (
          <p className="text-sm text-slate-600" data-testid="attachments-full">
            {m.upload.full}
          </p>
        ) : (
          <AttachmentsUpload ticketId={ticket.id} existing={rows.length} locale={locale} />
        )}
      </CardContent>
    </Card>
  );
}

type ItemProps = { row: TicketAttachment; staff: Staff; ticket: Ticket; m: AttachmentsMessages; locale: Locale };

function AttachmentItem({ row, staff, ticket, m, locale }: ItemProps) {
  const image = isImageMime(row.mime);
  const uploader = row.uploaderName ?? m.item.deletedEmployee;
  const target = image ? ' target="_blank"' : '';
  const visibility = image && html`<p>${row.visibleToClient ? badgeHtml('success', m.item.visible, 'attachment-public') : badgeHtml('neutral', m.item.staffOnly, 'attachment-internal')}</p>`;
  // The file's preview, name and facts are markup; only the buttons that change it are React's.
  const facts = html`<a href="${attachmentHref(row.id)}" class="truncate font-medium text-primary-700 hover:underline" data-testid="attachment-name"${target} rel="noopener">${row.originalName}</a><p class="text-xs text-slate-500">${formatFileSize(row.size, locale, m.sizeUnits)} · ${fillIn(m.item.by, { name: uploader })} · ${timeHtml(row.createdAt, formatDateTime(row.createdAt, locale, env().APP_TIMEZONE))}</p>${visibility}`;
  return (
    <li className="flex gap-3 rounded-md border border-slate-200 p-2" data-testid="attachment" data-id={row.id} data-visible={row.visibleToClient}>
      <a
        href={attachmentHref(row.id)}
        target={image ? '_blank' : undefined}
        rel="noopener"
        className="shrink-0"
        aria-label={fillIn(m.item.open, { name: row.originalName })}
        dangerouslySetInnerHTML={innerHtml(attachmentPreviewHtml(row.id, row.mime, row.originalName, m.item.noPreview))}
      />
      <div className="grid min-w-0 flex-1 content-start gap-1 text-sm">
        <div className="contents" dangerouslySetInnerHTML={innerHtml(facts)} />
        <AttachmentControls
          id={row.id}
          visible={row.visibleToClient}
          mayToggle={image && canChangeVisibility(staff, ticket, row)}
          mayDelete={canDeleteAttachment(staff, row)}
          labels={{ ...m.item, deleteBody: fillIn(m.item.deleteBody, { name: row.originalName }) }}
        />
      </div>
    </li>
  );
}
