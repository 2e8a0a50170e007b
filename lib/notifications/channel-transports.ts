import { smsTransport } from '@/lib/channels/sms/transport';
import { telegramTransport } from '@/lib/channels/telegram/transport';
import type { MessageChannel } from '@/lib/domain/enums';
import { currentTransport, type Transport } from './transports';

/** The transport of an outbox row's channel; each falls back to keeping the message when its service is not configured. */
export function transportFor(channel: MessageChannel): Transport {
  switch (channel) {
    case 'email':
      return currentTransport();
    case 'sms':
      return smsTransport();
    case 'telegram':
      return telegramTransport();
  }
}
