import type { Attachment } from '@/db/queries/attachments';
import { fillIn } from '@/lib/attachments/format';
import { isImageMime } from '@/lib/attachments/sniff';
import type { Locale } from '@/lib/domain/enums';
import { messagesFor } from '@/lib/i18n/messages';
import { attachmentHref, attachmentPreviewHtml } from './attachment-preview';
import { html, type SafeHtml } from '@/components/ui/html';

/** "Attached: photo.jpg" (the name is kept in the event, so it reads the same after the file is deleted). */
export function attachedEventText(name: string | null, locale: Locale): string {
  return fillIn(messagesFor(locale).attachments.timeline.attached, { name: name ?? '' });
}

/** What the timeline shows of an attached file: read for all its events at once (attachmentsByIds). */
export type TimelineAttachment = Pick<Attachment, 'id' | 'mime' | 'originalName'>;

/** The attachment ids a timeline's 'attached' events name, so the page reads them in one query. */
export function timelineAttachmentIds(events: readonly { kind: string; toValue: string | null }[]): number[] {
  return events.flatMap((e) => (e.kind === 'attached' && e.toValue && /^\d+$/.test(e.toValue) ? [Number(e.toValue)] : []));
}

/** The thumbnail (or file icon) under an 'attached' event, linking to the file; a note once it is deleted. */
export function attachedEventPreviewHtml(row: TimelineAttachment | undefined, locale: Locale): SafeHtml {
  const m = messagesFor(locale).attachments;
  if (!row) return html`<p class="mt-1 text-xs text-slate-500 italic">${m.timeline.deleted}</p>`;
  return html`<a href="${attachmentHref(row.id)}"${isImageMime(row.mime) && ' target="_blank"'} rel="noopener" class="mt-2 inline-block" aria-label="${fillIn(m.item.open, { name: row.originalName })}" data-testid="timeline-attachment">${attachmentPreviewHtml(row.id, row.mime, row.originalName, m.item.noPreview, 'size-16')}</a>`;
}
