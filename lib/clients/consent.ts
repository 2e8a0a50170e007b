import { clientChannel, type ClientReach } from '@/lib/channels/reach';
import type { MessageChannel } from '@/lib/domain/enums';

/**
 * What a client's notification consent amounts to: the channel they are told through now, or
 * why no one is told (they declined; or agreed, but have no channel on file or stopped them all).
 */
export type NotifyConsent = MessageChannel | 'unreachable' | 'declined';

export function notifyConsentOf(client: ClientReach & { notify: boolean }): NotifyConsent {
  if (!client.notify) return 'declined';
  return clientChannel(client)?.channel ?? 'unreachable';
}
