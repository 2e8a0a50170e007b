/**
 * One request of a signed-in user, as a browser without JavaScript makes it: a GET of a page, or
 * a form posted back as multipart data with the app's own origin (server actions refuse others).
 */
import type { Fields } from './load-html';
import type { Failure } from './load-stats';

export type Session = { baseURL: string; cookie: string };
export type Reply = { ms: number; status: number; html: string; location: string | null };
export type Answer = Reply | { ms: number; failure: Failure };

/** Longer than any page should take under load, short enough that a hung request shows up. */
const TIMEOUT_MS = 30_000;

export async function exchange(session: Session, path: string, form?: Fields): Promise<Answer> {
  const started = performance.now();
  let body: FormData | undefined;
  if (form) {
    body = new FormData();
    for (const [k, v] of Object.entries(form)) body.set(k, v);
  }
  try {
    const response = await fetch(session.baseURL + path, {
      method: form ? 'POST' : 'GET',
      body,
      headers: { cookie: session.cookie, 'accept-language': 'ru', ...(form ? { origin: session.baseURL } : {}) },
      // A redirect (to /login, to an error page) is an answer to judge, not one to follow.
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const html = await response.text();
    return { ms: performance.now() - started, status: response.status, html, location: response.headers.get('location') };
  } catch (error) {
    const e = error as Error & { cause?: { code?: string } };
    const failure: Failure =
      e.name === 'TimeoutError' ? { kind: 'timeout', detail: `no answer within ${TIMEOUT_MS / 1000} s` } : { kind: 'network', detail: e.cause?.code ?? e.message };
    return { ms: performance.now() - started, failure };
  }
}

/** A page is expected to answer 200; anything else says what went wrong. */
export function statusFailure({ status, location }: Reply): Failure | null {
  if (status === 200) return null;
  if (status >= 500) return { kind: 'http 5xx', detail: `HTTP ${status}` };
  return { kind: 'unexpected status', detail: `HTTP ${status}${location ? ` → ${location}` : ''}` };
}
