import { clientChannel, type ClientReach } from '@/lib/channels/reach';
import type { MessageChannel } from '@/lib/domain/enums';

/**
 * The channel staff's answer would go through now, as enqueueStaffMessage decides it (consent,
 * then the client's one reachable channel; no status rules: the client asked). Null: nowhere.
 */
export function replyChannel(client: (ClientReach & { notify: boolean }) | undefined): MessageChannel | null {
  if (!client?.notify) return null;
  return clientChannel(client)?.channel ?? null;
}
