import { Resend } from 'resend';
import { env } from '@/lib/env';

export type OutgoingMail = {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** The outbox row's dedupe key: a retry of a mail the provider already accepted is not sent again. */
  idempotencyKey: string;
  tag: string;
  /**
   * Issue 18. `stopUrl`: stops this channel for the client in one click (mail: the List-Unsubscribe
   * headers; Telegram: a button). `statusUrl`: the client's status page (a Telegram button).
   * `replyTo`: the ticket's reply address, so a client's reply comes back to the ticket.
   */
  stopUrl?: string;
  /** The endpoint that takes a mail client's RFC 8058 one-click POST (List-Unsubscribe-Post). */
  oneClickStopUrl?: string;
  statusUrl?: string;
  replyTo?: string;
};

export type SendResult = { ok: true; providerMessageId: string | null } | { ok: false; error: string; retryable: boolean };

/** `outbox`: no service configured for the channel; the message is kept, readable at /outbox. */
export type Transport = { name: 'resend' | 'outbox' | 'smsru' | 'telegram'; send: (mail: OutgoingMail) => Promise<SendResult> };

/** Without RESEND_API_KEY the rendered mail simply stays in the outbox, readable at /outbox. */
export const outboxTransport: Transport = {
  name: 'outbox',
  send: async () => ({ ok: true, providerMessageId: null }),
};

// The SDK reads its base URL when constructed: build it on first use, after the settings are
// known, and again if they change (tests point RESEND_BASE_URL at a local fake server).
let cached: { key: string; baseUrl: string | undefined; client: Resend } | undefined;

function resendClient(key: string, baseUrl: string | undefined): Resend {
  if (!cached || cached.key !== key || cached.baseUrl !== baseUrl) {
    cached = { key, baseUrl, client: new Resend(key, baseUrl ? { baseUrl: baseUrl.replace(/\/+$/, '') } : undefined) };
  }
  return cached.client;
}

/**
 * 429 (rate limit), 409 (the same key still in flight), 5xx and network failures may pass on a
 * later attempt; any other 4xx (bad address, bad key, bad sender) will not, so it fails at once.
 */
export function isRetryable(statusCode: number | null): boolean {
  return statusCode === null || statusCode === 409 || statusCode === 429 || statusCode >= 500;
}

function resendTransport(key: string, baseUrl: string | undefined): Transport {
  return {
    name: 'resend',
    send: async (mail) => {
      // The SDK does not throw on HTTP or network errors: it returns { error }.
      const { data, error } = await resendClient(key, baseUrl).emails.send(
        {
          from: env().MAIL_FROM,
          to: mail.to,
          subject: mail.subject,
          html: mail.html,
          text: mail.text,
          tags: [{ name: 'kind', value: mail.tag }],
          ...(mail.replyTo && { replyTo: mail.replyTo }),
          // RFC 8058: the mail client's own "unsubscribe" POSTs to the link and the channel stops.
          ...(mail.oneClickStopUrl && { headers: { 'List-Unsubscribe': `<${mail.oneClickStopUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } }),
        },
        { idempotencyKey: mail.idempotencyKey },
      );
      if (error) {
        const status = error.statusCode ?? null;
        return { ok: false, error: `${error.name}${status ? ` (${status})` : ''}: ${error.message}`.slice(0, 500), retryable: isRetryable(status) };
      }
      return { ok: true, providerMessageId: data?.id ?? null };
    },
  };
}

export function currentTransport(): Transport {
  const { RESEND_API_KEY, RESEND_BASE_URL } = env();
  return RESEND_API_KEY ? resendTransport(RESEND_API_KEY, RESEND_BASE_URL) : outboxTransport;
}

/** False while mail only piles up in the outbox: managers are told so on /outbox and the dashboard. */
export function mailServiceConfigured(): boolean {
  return currentTransport().name !== 'outbox';
}
