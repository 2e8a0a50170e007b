/**
 * The seed's secrets. They come from node:crypto, never from the seeded Random: anyone with the
 * source can replay that, and would hold the links to every client's status page of a fresh demo.
 */
import { randomBytes, randomFillSync } from 'node:crypto';

/** 18 bytes are 24 URL-safe characters, the shape of `newPublicToken()` in db/queries/tickets.ts. */
const TOKEN_BYTES = 18;
// A crypto call per token costs ~2 s of a million-ticket seed; one fill per 4,096 tokens, ~0.1 s.
const TOKENS_PER_FILL = 4096;

/** Public tokens for ticket after ticket, cut from one random buffer refilled when used up. */
export class PublicTokens {
  private readonly pool = Buffer.alloc(TOKEN_BYTES * TOKENS_PER_FILL);
  private used = this.pool.length;

  next(): string {
    if (this.used === this.pool.length) {
      randomFillSync(this.pool);
      this.used = 0;
    }
    const token = this.pool.toString('base64url', this.used, this.used + TOKEN_BYTES);
    this.used += TOKEN_BYTES;
    return token;
  }
}

/** A password that is never printed or stored in the clear: no one can sign in with it. */
export function unknowablePassword(): string {
  return randomBytes(32).toString('base64url');
}
