/**
 * Who is calling, for per-address limits (the public status look-up). `npm start`'s server reads
 * the socket and puts the answer in CLIENT_ADDRESS_HEADER, replacing anything the client sent;
 * the app trusts that header only when that server marked the process (SERVER_MARK).
 */
export const CLIENT_ADDRESS_HEADER = 'x-crm-client-address';
export const SERVER_MARK = 'CRM_SERVER_STAMPS_CLIENT_ADDRESS';

/** Used when the address cannot be known (`next dev`, or `next start` run by hand): one shared key. */
export const UNKNOWN_ADDRESS = 'unknown';

/**
 * With `hops` trusted proxies in front, each appending the address it saw to X-Forwarded-For, the
 * client is the entry `hops` places from the right of [...X-Forwarded-For, socket]; entries further
 * left were written by the client and prove nothing. With no proxy (0) it is the socket itself.
 */
export function clientAddressFrom(socketAddress: string | undefined, forwardedFor: string | undefined, hops: number): string {
  const chain = [
    ...(forwardedFor ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
    socketAddress ?? '',
  ];
  const address = chain[chain.length - 1 - hops] ?? chain[0];
  return (address || UNKNOWN_ADDRESS).slice(0, 100);
}

/** The caller's address as `npm start` stamped it. */
export function clientAddress(headers: Headers): string {
  if (process.env[SERVER_MARK] !== '1') return UNKNOWN_ADDRESS;
  return headers.get(CLIENT_ADDRESS_HEADER) || UNKNOWN_ADDRESS;
}
