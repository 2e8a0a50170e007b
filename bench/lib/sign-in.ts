/** Signs in through next-auth's credentials endpoint, as the login form does, and returns the cookie. */
function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(';')[0]);
}

export async function signIn(baseURL: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseURL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseURL}/`, json: 'true' }),
  });
  const session = cookiesOf(response).find((c) => c.includes('session-token='));
  if (!session) throw new Error(`sign-in as ${email} failed: HTTP ${response.status}`);
  const cookie = [...jar, session].join('; ');
  const check = await fetch(`${baseURL}/profile`, { headers: { cookie }, redirect: 'manual' });
  if (check.status !== 200) throw new Error(`signed in, but /profile answered ${check.status}`);
  return cookie;
}
