import type { Attachment } from '@/db/queries/attachments';
import { fillIn } from '@/lib/attachments/format';
import { isImageMime } from '@/lib/attachments/sniff';
import type { Locale } from '@/lib/domain/enums';
import { messagesFor } from '@/lib/i18n/messages';
import { AttachmentPreview, attachmentHref } from './attachments-card';

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
export function AttachedEventPreview({ row, locale }: { row: TimelineAttachment | undefined; locale: Locale }) {
  const m = messagesFor(locale).attachments;
  if (!row) return <p className="mt-1 text-xs text-slate-500 italic">{m.timeline.deleted}</p>;
  const image = isImageMime(row.mime);
  return (
    <a
      href={attachmentHref(row.id)}
      target={image ? '_blank' : undefined}
      rel="noopener"
      className="mt-2 inline-block"
      aria-label={fillIn(m.item.open, { name: row.originalName })}
      data-testid="timeline-attachment"
    >
      <AttachmentPreview id={row.id} mime={row.mime} name={row.originalName} noPreview={m.item.noPreview} size="size-16" />
    </a>
  );
}
