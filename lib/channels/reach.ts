import { CLIENT_CHANNEL_ORDER, MESSAGE_CHANNELS, type MessageChannel } from '@/lib/domain/enums';

/** What decides how a client can be reached: their contacts, the desk's choice and what they stopped. */
export type ClientReach = {
  email: string | null;
  phone: string | null;
  telegramChatId: string | null;
  preferredChannel: MessageChannel | null;
  emailStoppedAt: Date | null;
  smsStoppedAt: Date | null;
  telegramStoppedAt: Date | null;
};

export type ChannelTarget = { channel: MessageChannel; address: string };

/** The address of one channel, or null when the client has none there or stopped it. */
export function channelAddress(client: ClientReach, channel: MessageChannel): string | null {
  switch (channel) {
    case 'email':
      return client.emailStoppedAt ? null : client.email;
    case 'sms':
      return client.smsStoppedAt ? null : client.phone;
    case 'telegram':
      return client.telegramStoppedAt ? null : client.telegramChatId;
  }
}

/** Every channel the client can be told through, the preferred one first, then Telegram, e-mail, SMS. */
export function reachableChannels(client: ClientReach): ChannelTarget[] {
  const order: MessageChannel[] = client.preferredChannel
    ? [client.preferredChannel, ...CLIENT_CHANNEL_ORDER.filter((c) => c !== client.preferredChannel)]
    : [...CLIENT_CHANNEL_ORDER];
  return order.flatMap((channel) => {
    const address = channelAddress(client, channel);
    return address ? [{ channel, address }] : [];
  });
}

/**
 * The one channel a message to the client goes through: the preferred one while it is reachable,
 * otherwise the first reachable in CLIENT_CHANNEL_ORDER. Null: nowhere to send it.
 */
export function clientChannel(client: ClientReach): ChannelTarget | null {
  return reachableChannels(client)[0] ?? null;
}

/** The channels a client has an address on (stopped or not): what the status page offers to stop or resume. */
export function channelsOnFile(client: ClientReach): MessageChannel[] {
  return MESSAGE_CHANNELS.filter((c) => (c === 'email' ? client.email : c === 'sms' ? client.phone : client.telegramChatId));
}

/** The column that records a stop of `channel`. */
export function stoppedAtKey(channel: MessageChannel): 'emailStoppedAt' | 'smsStoppedAt' | 'telegramStoppedAt' {
  return channel === 'email' ? 'emailStoppedAt' : channel === 'sms' ? 'smsStoppedAt' : 'telegramStoppedAt';
}
