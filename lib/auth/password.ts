import { hash, verify } from '@node-rs/argon2';

// argon2id with the library's defaults (19 MiB, t=2): the OWASP baseline, ~30 ms here.
export function hashPassword(plain: string): Promise<string> {
  return hash(plain);
}

// Verified even for unknown e-mails so the response time does not reveal which accounts exist.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(storedHash: string | null | undefined, plain: string): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hash('not-a-real-password');
    await verify(await dummyHash, plain).catch(() => false);
    return false;
  }
  return verify(storedHash, plain).catch(() => false);
}

export const MIN_PASSWORD_LENGTH = 10;

/** Refuses short, single-class or obviously common passwords; returns a reason or null. */
export function passwordWeakness(plain: string): 'too_short' | 'too_simple' | null {
  if (plain.length < MIN_PASSWORD_LENGTH) return 'too_short';
  const classes = [/[a-zа-яё]/, /[A-ZА-ЯЁ]/, /\d/, /[^\p{L}\d]/u].filter((re) => re.test(plain)).length;
  const common = /^(password|qwerty|123456|admin|пароль|йцукен)/i.test(plain);
  if (classes < 2 || common || new Set(plain).size < 5) return 'too_simple';
  return null;
}
