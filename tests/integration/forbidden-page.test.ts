import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import Forbidden from '@/app/forbidden';
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
    const html = renderToStaticMarkup(await Forbidden());
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
});
