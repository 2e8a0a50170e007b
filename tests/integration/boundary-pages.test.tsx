import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import ErrorPage from '@/app/error';
import Forbidden from '@/app/forbidden';
import RootLayout from '@/app/layout';
import NotFound from '@/app/not-found';
import Unauthorized from '@/app/unauthorized';
import { slugify } from '@/lib/help/render';
import { signInAs, type Staff } from '../helpers/session-mock';

vi.mock('@/lib/auth/session', () => import('../helpers/session-mock'));

const technician = (locale: 'ru' | 'en'): Staff => ({ id: 3, fullName: 'Ivan Petrov', email: 'ivan@example.test', role: 'technician', locale, departmentId: 1 });

describe('the 403 page', () => {
  it.each([
    ['en', 'Not allowed', 'You are signed in as Ivan Petrov (Technician).', 'changes to the price list are for managers and administrators', 'Go to the dashboard'],
    ['ru', 'Нет доступа', 'Вы вошли как Ivan Petrov (Мастер).', 'изменение прайс-листа и решения в обход правил', 'На главную'],
  ] as const)('says what is not allowed, to whom, and where to go (%s)', async (locale, title, who, what, home) => {
    signInAs(technician(locale));
    // As Next renders it: inside the root layout, which tells it who is looking.
    const html = renderToStaticMarkup(await RootLayout({ children: <Forbidden /> }));
    expect(html).toContain(`<h1 class="text-2xl font-semibold">${title}</h1>`);
    expect(html).not.toMatch(/>403</);
    expect(html).toContain(who);
    expect(html).toContain(what);
    expect(html).toContain(`href="/">${home}</a>`);
    // The help link opens the guide's section on roles, which exists in that language.
    const anchor = /href="\/help#([^"]+)"/.exec(html)?.[1];
    const headings = readFileSync(`docs/${locale}/index.md`, 'utf8').match(/^#+ .+$/gm)!.map((h) => slugify(h.replace(/^#+ /, '')));
    expect(headings).toContain(anchor);
  });

  it('names nobody when nobody is signed in', async () => {
    signInAs(null);
    const html = renderToStaticMarkup(await RootLayout({ children: <Forbidden /> }));
    expect(html).toContain('data-testid="forbidden"');
    expect(html).not.toMatch(/Вы вошли как|You are signed in as/);
  });
});

describe('the 404 page', () => {
  it.each([
    ['en', 'Page not found', 'Go to the dashboard'],
    ['ru', 'Страница не найдена', 'На главную'],
  ] as const)('speaks the reader’s language (%s)', async (locale, title, home) => {
    signInAs(technician(locale));
    const html = renderToStaticMarkup(await RootLayout({ children: <NotFound /> }));
    expect(html).toContain(`<h1 class="text-2xl font-semibold">${title}</h1>`);
    expect(html).toContain(`href="/">${home}</a>`);
  });
});

describe('the 401 page', () => {
  it.each([
    ['en', 'Please sign in', 'Sign in'],
    ['ru', 'Войдите в систему', 'Войти'],
  ] as const)('sends to the sign-in page, in the reader’s language (%s)', async (locale, title, signIn) => {
    signInAs(technician(locale));
    const html = renderToStaticMarkup(await RootLayout({ children: <Unauthorized /> }));
    expect(html).toContain(`<h1 class="text-2xl font-semibold">${title}</h1>`);
    expect(html).toContain(`href="/login">${signIn}</a>`);
  });
});

describe('the page shown when a page fails', () => {
  it.each([
    ['en', 'Something went wrong', 'Try again', 'Что-то пошло не так'],
    ['ru', 'Что-то пошло не так', 'Попробовать снова', 'Something went wrong'],
  ] as const)('speaks the reader’s language only (%s)', async (locale, title, retry, other) => {
    signInAs(technician(locale));
    const html = renderToStaticMarkup(await RootLayout({ children: <ErrorPage error={new Error('x')} reset={() => {}} /> }));
    expect(html).toContain(`<h1 class="text-2xl font-semibold">${title}</h1>`);
    expect(html).toContain(`>${retry}</button>`);
    expect(html).not.toContain(other);
  });
});
