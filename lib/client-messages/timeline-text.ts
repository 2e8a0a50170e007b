import { MESSAGE_CHANNELS, type EventKind, type MessageChannel } from '@/lib/domain/enums';
import type { Messages } from '@/lib/i18n/messages';

/**
 * The staff timeline's sentence for the conversation's events, from what the event kept when it
 * was written (its `details`): how the client wrote and how many files came with it, or which
 * channel staff's answer went through (null: it could not go anywhere).
 */
type Event = { kind: EventKind; actorName: string | null; details: Record<string, unknown> | null };

const isChannel = (v: unknown): v is MessageChannel => typeof v === 'string' && (MESSAGE_CHANNELS as readonly string[]).includes(v);

/** "Ivan Petrov, by e-mail"; "Olga Sidorova to the client, by SMS" (or "… not delivered"). Null for other kinds. */
export function conversationEventText(event: Event, c: Messages['conversation'], names: { client: string; employee: string }): string | null {
  const via = event.details?.via;
  switch (event.kind) {
    case 'client_message':
      return c.timeline.fromClient(names.client, c.via[via === 'telegram' ? 'telegram' : 'email']);
    case 'staff_message':
      return isChannel(via) ? c.timeline.toClient(names.employee, c.via[via]) : c.timeline.notDelivered(names.employee);
    default:
      return null;
  }
}

/** What a client's message adds under its sentence: the files that came with it, and those refused. */
export function conversationEventNotes(event: Event, c: Messages['conversation']): string[] {
  if (event.kind !== 'client_message') return [];
  const files = event.details?.attachments;
  const refused = refusedNames(event.details?.refused);
  return [
    ...(typeof files === 'number' && files > 0 ? [c.timeline.files(files)] : []),
    ...(refused.length > 0 ? [c.timeline.refusedFiles(refused.join(', '))] : []),
  ];
}

/** The names of the files a reply brought that the ticket's limits refused (lib/inbound). */
function refusedNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((f) => (f && typeof f === 'object' && typeof (f as { name?: unknown }).name === 'string' ? [(f as { name: string }).name] : []));
}
