import { transaction } from '@/db';
import { writeAudit } from '@/db/queries/audit';
import { clientIdByPublicToken, readClientChannels, resumeClientChannel, stopClientChannel } from '@/db/queries/client-channels';
import type { MessageChannel } from '@/lib/domain/enums';
import { stoppedAtKey } from './reach';
import { parseStopCode } from './stop-codes';

/**
 * The client's own word on a channel (a stop link, the mail client's one-click, the status page),
 * recorded with its audit row in one transaction. The actor is nobody on the staff: the client
 * has no account, and the History of the client shows the change as made by the system.
 */
async function setStopped(clientId: number, channel: MessageChannel, stop: boolean, now: Date): Promise<boolean> {
  return transaction(async (tx) => {
    const before = (await readClientChannels(clientId, tx))?.[stoppedAtKey(channel)];
    const changed = stop ? await stopClientChannel(tx, clientId, channel, now) : await resumeClientChannel(tx, clientId, channel, now);
    if (changed) {
      const change = { from: before ? before.toISOString() : null, to: stop ? now.toISOString() : null };
      await writeAudit(tx, { actor: null, entityType: 'client', entityId: clientId, action: 'update', changes: { [stoppedAtKey(channel)]: change } });
    }
    return changed;
  });
}

export type StopTarget = { clientId: number; channel: MessageChannel };

/** A stop link's code, checked (HMAC): the client and channel it stops, or null for a bad or forged one. */
export function stopTarget(code: string): StopTarget | null {
  return parseStopCode(code);
}

export async function stopChannel(target: StopTarget, now = new Date()): Promise<boolean> {
  return setStopped(target.clientId, target.channel, true, now);
}

export async function resumeChannel(target: StopTarget, now = new Date()): Promise<boolean> {
  return setStopped(target.clientId, target.channel, false, now);
}

/** The status page's buttons: the client is the one of the ticket behind the token, never one named by the form. */
export async function targetOfToken(token: string, channel: MessageChannel): Promise<StopTarget | null> {
  const clientId = await clientIdByPublicToken(token);
  return clientId === undefined ? null : { clientId, channel };
}
