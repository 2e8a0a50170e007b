import {
  claimNotification,
  dueNotificationIds,
  markAttemptFailed,
  markSent,
  saveRendered,
  ticketPublicToken,
  type Notification,
} from '@/db/queries/notifications';
import { withCurrentLink } from './current-link';
import { mailOfRow, type RenderedMail } from './render';
import { readClientChannels } from '@/db/queries/client-channels';
import { stoppedAtKey } from '@/lib/channels/reach';
import { oneClickStopUrl, stopUrl } from '@/lib/channels/stop-codes';
import { replyAddress } from '@/lib/inbound/reply-address';
import { transportFor } from './channel-transports';
import { publicStatusUrl } from './links';
import type { NotificationContent } from './payload';
import { clientOf } from './render';
import type { OutgoingMail } from './transports';

/** After this many failed attempts a row is `failed`: shown in /outbox, where it can be resent. */
export const MAX_ATTEMPTS = 6;
/** How long one attempt may hold a row; a process that dies mid-send releases it when this runs out. */
export const LEASE_MS = 5 * 60_000;
const BASE_DELAY_MS = 60_000;
/** The last error of a message the client stopped before it went out (shown in /outbox). */
export const STOPPED_BY_CLIENT = 'Not sent: the client stopped messages of this channel before it went out';
const MAX_DELAY_MS = 60 * 60_000;

/** Wait before the next attempt after `attempt` failures: 1, 2, 4, 8, 16 minutes (at most an hour). */
export function backoffMs(attempt: number): number {
  return Math.min(BASE_DELAY_MS * 2 ** Math.max(0, attempt - 1), MAX_DELAY_MS);
}

/** `kept`: finished without a mail service (no RESEND_API_KEY); the mail stays readable at /outbox. */
export type Outcome = 'sent' | 'kept' | 'retrying' | 'failed';
export type DeliveryReport = Record<Outcome, number>;

/**
 * Rendered once, on the first attempt, and kept: every retry sends the same body under the same
 * key, with the ticket's current status link in it (current-link.ts). `relinked`: that link is
 * not the stored one, so the row is to record the body that really went out.
 */
async function mailOf(row: Notification): Promise<{ mail: RenderedMail; relinked: boolean }> {
  const { renderedNow, ...stored } = await mailOfRow(row);
  if (renderedNow) await saveRendered(row.id, stored);
  const mail = await withCurrentLink(stored, row);
  return { mail, relinked: mail !== stored };
}

/**
 * What a message to a client carries besides its body: the link (and mail clients' one-click POST)
 * that stops its channel, the status page for a Telegram button, and the ticket's reply address.
 */
async function clientLinks(row: Notification): Promise<Pick<OutgoingMail, 'stopUrl' | 'oneClickStopUrl' | 'statusUrl' | 'replyTo'>> {
  if (row.recipientType !== 'client') return {};
  const content = { kind: row.kind, locale: row.locale, payload: row.payload } as NotificationContent;
  const clientId = clientOf(content);
  const token = (row.payload as { ticket?: { publicToken?: string } } | null)?.ticket?.publicToken;
  const currentToken = row.ticketId !== null ? await ticketPublicToken(row.ticketId) : undefined;
  return {
    ...(clientId !== null && { stopUrl: stopUrl(clientId, row.channel), oneClickStopUrl: oneClickStopUrl(clientId, row.channel) }),
    ...((currentToken ?? token) && { statusUrl: publicStatusUrl((currentToken ?? token) as string) }),
    ...(row.channel === 'email' && row.ticketId !== null && { replyTo: replyAddress(row.ticketId) ?? undefined }),
  };
}

function log(event: string, row: Notification, extra: Record<string, unknown> = {}) {
  // One line per event; never the address or the body.
  const line = JSON.stringify({ event, id: row.id, kind: row.kind, attempt: row.attempts, ...extra });
  if (event === 'notification_sent' || event === 'notification_kept') console.info(line);
  else console.warn(line);
}

/**
 * A stop is honoured at once: a message to a client that was queued (or waiting out its merge
 * window) before they stopped its channel does not go out afterwards.
 */
async function stoppedByClient(row: Notification): Promise<boolean> {
  if (row.recipientType !== 'client') return false;
  const clientId = clientOf({ kind: row.kind, locale: row.locale, payload: row.payload } as NotificationContent);
  const client = clientId === null ? undefined : await readClientChannels(clientId);
  return client !== undefined && client[stoppedAtKey(row.channel)] !== null;
}

/** One attempt at one row; null when another sweep holds it or it is no longer due. */
export async function deliverOne(id: number, now = new Date()): Promise<Outcome | null> {
  const row = await claimNotification(id, now, new Date(now.getTime() + LEASE_MS));
  if (!row) return null;
  if (await stoppedByClient(row)) {
    await markAttemptFailed(row.id, now, STOPPED_BY_CLIENT, 'none', null);
    log('notification_failed', row, { error: STOPPED_BY_CLIENT });
    return 'failed';
  }
  const transport = transportFor(row.channel);
  let failure: { error: string; retryable: boolean };
  try {
    const { mail, relinked } = await mailOf(row);
    const result = await transport.send({ to: row.recipientAddress, ...mail, idempotencyKey: row.dedupeKey, tag: row.kind, ...await clientLinks(row) });
    if (result.ok) {
      // A kept row is finished like a sent one (never tried again); its transport tells them apart.
      await markSent(row.id, now, transport.name, result.providerMessageId, relinked ? { html: mail.html, text: mail.text } : undefined);
      const outcome = transport.name === 'outbox' ? 'kept' : 'sent';
      log(`notification_${outcome}`, row, { transport: transport.name });
      return outcome;
    }
    failure = result;
  } catch (error) {
    // A rendering bug or the like: counted as an attempt like any other, so it ends in `failed`.
    failure = { error: error instanceof Error ? error.message : String(error), retryable: true };
  }
  const giveUp = !failure.retryable || row.attempts >= MAX_ATTEMPTS;
  await markAttemptFailed(row.id, now, failure.error, transport.name, giveUp ? null : new Date(now.getTime() + backoffMs(row.attempts)));
  log(giveUp ? 'notification_failed' : 'notification_retry', row, { transport: transport.name, error: failure.error });
  return giveUp ? 'failed' : 'retrying';
}

/**
 * The sweep: every pending row that is due, one at a time (providers rate-limit; a digest run is
 * a few dozen mails). Called after responses, by the digest endpoint and by the server's timer.
 * `now` is a parameter so tests can drive the back-off with a clock of their own.
 */
export async function deliverDue(opts: { now?: Date; limit?: number } = {}): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, kept: 0, retrying: 0, failed: 0 };
  for (const id of await dueNotificationIds(opts.now ?? new Date(), opts.limit ?? 100)) {
    const outcome = await deliverOne(id, opts.now ?? new Date());
    if (outcome) report[outcome] += 1;
  }
  return report;
}
