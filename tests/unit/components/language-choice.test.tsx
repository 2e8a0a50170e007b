// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProfileForm } from '@/app/(staff)/profile/_components/profile-form';
import { LocaleSwitch } from '@/components/layout/locale-switch';
import { messagesFor } from '@/lib/i18n/messages';

afterEach(cleanup);

describe('the language switch in the header', () => {
  it.each([
    ['en', 'English', 'Русский', 'Interface language: English'],
    ['ru', 'Русский', 'English', 'Язык интерфейса: Русский'],
  ] as const)('names the language in use (%s) and shows it as the one switched on', (locale, on, off, label) => {
    render(<LocaleSwitch current={locale} t={messagesFor(locale)} />);
    const form = screen.getByRole('form', { name: label });
    const current = within(form).getByRole('button', { name: on });
    const other = within(form).getByRole('button', { name: off });
    expect(current).toHaveAttribute('aria-pressed', 'true');
    expect(other).toHaveAttribute('aria-pressed', 'false');
    // Filled, not merely underlined: it reads as "on" at a glance.
    expect(current.className).toMatch(/bg-slate-800/);
    expect(other.className).not.toMatch(/bg-slate-800/);
    expect(other).toHaveAttribute('title', expect.stringContaining(off));
  });
});

describe('the language field of the profile', () => {
  it.each(['en', 'ru'] as const)('explains that the account’s language, not the browser’s, applies after sign-in (%s)', (locale) => {
    const t = messagesFor(locale);
    const e = t.employees;
    render(
      <ProfileForm
        action={async () => ({})}
        initial={{ fullName: 'Ivan', phone: null, locale, digestOptOut: false }}
        locales={[{ value: 'ru', label: 'Русский' }, { value: 'en', label: 'English' }]}
        labels={{ fullName: e.fields.fullName, phone: e.fields.phone, phoneHint: e.hints.phone, locale: e.fields.locale, localeHint: e.hints.profileLocale, digestOptOut: e.fields.digestOptOut, digestHint: e.hints.digestOptOut, submit: e.profile.save }}
      />,
    );
    const select = screen.getByLabelText(new RegExp(`^${e.fields.locale}`));
    expect(select).toHaveAccessibleDescription(e.hints.profileLocale);
    expect(e.hints.profileLocale).toMatch(locale === 'en' ? /every device.*only before sign-in/ : /любом устройстве.*только до входа/);
  });
});
