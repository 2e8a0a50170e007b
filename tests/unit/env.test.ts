import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';

describe('settings', () => {
  it('starts in development with no settings at all', () => {
    const env = parseEnv({}, false);
    expect(env.DATABASE_URL).toBe('./data/crm.db');
    expect(env.APP_TIMEZONE).toBe('Europe/Moscow');
    expect(env.DEFAULT_LOCALE).toBe('ru');
    expect(env.PHONE_REGION).toBe('RU');
    expect(env.AUTH_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses to start in production without AUTH_SECRET and CRON_SECRET, naming both', () => {
    expect(() => parseEnv({}, true)).toThrow(/AUTH_SECRET[\s\S]*CRON_SECRET/);
  });

  it('names every bad variable in one message', () => {
    let message = '';
    try {
      parseEnv({ APP_TIMEZONE: 'Mars/Base', DEFAULT_LOCALE: 'de', APP_URL: 'not a url', AUTH_SECRET: 'short' }, false);
    } catch (e) {
      message = (e as Error).message;
    }
    for (const name of ['APP_TIMEZONE', 'DEFAULT_LOCALE', 'APP_URL', 'AUTH_SECRET']) expect(message).toContain(name);
  });

  it('treats empty values as unset', () => {
    expect(parseEnv({ DATABASE_URL: '', RESEND_API_KEY: '  ' }, false)).toMatchObject({ DATABASE_URL: './data/crm.db', RESEND_API_KEY: undefined });
  });

  it('takes COMPRESSION as fast (the default), small or off, and names a bad one', () => {
    expect(parseEnv({ COMPRESSION: '' }, false).COMPRESSION).toBe('fast');
    expect(parseEnv({ COMPRESSION: 'small' }, false).COMPRESSION).toBe('small');
    expect(parseEnv({ COMPRESSION: 'off' }, false).COMPRESSION).toBe('off');
    for (const bad of ['6', 'gzip', 'FAST']) expect(() => parseEnv({ COMPRESSION: bad }, false)).toThrow(/COMPRESSION.*must be fast, small or off/);
  });

  it('takes WORKERS as a count of server processes from 1, unset meaning one per core, and names a bad one', () => {
    expect(parseEnv({ WORKERS: '' }, false).WORKERS).toBeUndefined();
    expect(parseEnv({ WORKERS: '2' }, false).WORKERS).toBe(2);
    for (const bad of ['0', '1.5', 'many']) expect(() => parseEnv({ WORKERS: bad }, false)).toThrow(/WORKERS/);
  });
});
