/**
 * Drives the app over plain HTTP the way a browser without JavaScript does: sign in through
 * next-auth, read a form's hidden server-action fields from the page, post it back.
 */
export type HttpSession = { baseURL: string; cookie: string };

const cookiesOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(';')[0]);

export async function httpSignIn(baseURL: string, email: string, password: string): Promise<HttpSession> {
  const csrf = await fetch(`${baseURL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const first = cookiesOf(csrf);
  const res = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: 'POST',
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
    headers: { cookie: first.join('; '), 'content-type': 'application/x-www-form-urlencoded' },
    redirect: 'manual',
  });
  const cookie = [...first, ...cookiesOf(res)].join('; ');
  if (!cookie.includes('session-token')) throw new Error(`sign-in as ${email} failed (${res.status})`);
  return { baseURL, cookie };
}

/**
 * How the app answers one sign-in: 'ok', or the reason it puts in the address it sends the browser
 * back to ('invalid' for wrong credentials, 'locked' while the e-mail is locked out).
 */
export async function signInAnswer(baseURL: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseURL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: 'POST',
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
    headers: { cookie: cookiesOf(csrf).join('; '), 'content-type': 'application/x-www-form-urlencoded' },
    redirect: 'manual',
  });
  const to = res.headers.get('location') ?? ((await res.json()) as { url: string }).url;
  return new URL(to, baseURL).searchParams.get('error') ?? 'ok';
}

const decode = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The hidden fields (server action reference and bound state) of the form matched by `selector`. */
export async function formFields(session: HttpSession, path: string, formMarker: RegExp): Promise<Record<string, string>> {
  const html = await (await fetch(`${session.baseURL}${path}`, { headers: { cookie: session.cookie } })).text();
  const form = (html.match(/<form[\s\S]*?<\/form>/g) ?? []).find((f) => formMarker.test(f));
  if (!form) throw new Error(`no form matching ${formMarker} on ${path}`);
  const fields: Record<string, string> = {};
  for (const m of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) fields[decode(m[1])] = decode(m[2] ?? '');
  return fields;
}

export async function postForm(
  session: HttpSession,
  path: string,
  fields: Record<string, string>,
  origin: string = session.baseURL,
): Promise<Response> {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.set(k, v);
  return fetch(`${session.baseURL}${path}`, { method: 'POST', body, headers: { cookie: session.cookie, origin }, redirect: 'manual' });
}
