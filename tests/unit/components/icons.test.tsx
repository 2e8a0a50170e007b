import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as lucide from 'lucide-react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ICON_SPRITE } from '@/components/ui/icon-sprite';
import * as icons from '@/components/ui/icons';
import { iconHtml } from '@/components/ui/icon-html';
import { GET } from '@/app/icons.svg/route';

const lucideIcons = lucide as unknown as Record<string, icons.Icon>;
const names = Object.keys(icons).filter((name) => typeof (icons as Record<string, unknown>)[name] === 'function');
const mine = (name: string) => (icons as unknown as Record<string, icons.SpriteIcon>)[name];

/** The symbols of the sprite by id: their attributes and their inner markup. */
function symbols(sprite: string): Map<string, { attributes: string; markup: string }> {
  const found = [...sprite.matchAll(/<symbol id="([^"]+)" ([^>]*)>(.*?)<\/symbol>/g)];
  return new Map(found.map(([, id, attributes, markup]) => [id, { attributes, markup }]));
}

/** lucide's `<svg …>inner</svg>`, split. */
function lucideParts(markup: string) {
  const [, attributes, inner] = /^<svg ([^>]*)>(.*)<\/svg>$/.exec(markup)!;
  return { attributes, inner };
}

describe('icons drawn from one sprite', () => {
  const sprite = symbols(ICON_SPRITE);

  it('the sprite holds one symbol per icon and nothing else', () => {
    expect(names.length).toBeGreaterThan(40);
    expect(sprite.size).toBe(names.length);
  });

  it.each(names)('%s: its symbol draws exactly what lucide draws', (name) => {
    const Theirs = lucideIcons[name];
    expect(Theirs, `lucide-react exports ${name}`).toBeDefined();
    const theirs = lucideParts(renderToStaticMarkup(<Theirs />));
    const symbol = sprite.get(mine(name).symbol.id);
    expect(symbol, `a symbol for ${name}`).toBeDefined();
    expect(symbol!.markup).toBe(theirs.inner);
    // The root's drawing attributes, which the symbol's children inherit as they do from lucide's <svg>.
    for (const attribute of ['viewBox="0 0 24 24"', 'fill="none"', 'stroke="currentColor"', 'stroke-width="2"', 'stroke-linecap="round"', 'stroke-linejoin="round"']) {
      expect(theirs.attributes).toContain(attribute);
      expect(symbol!.attributes).toContain(attribute);
    }
  });

  it.each(names)('%s: shows its symbol with the caller’s class, hidden from screen readers unless labelled', (name) => {
    const Icon = mine(name);
    const href = `/icons.svg?v=dev#${Icon.symbol.id}`;
    expect(renderToStaticMarkup(<Icon />)).toBe(`<svg class="lucide" aria-hidden="true"><use href="${href}"></use></svg>`);
    expect(renderToStaticMarkup(<Icon className="size-4 text-slate-500" />)).toBe(`<svg class="lucide size-4 text-slate-500" aria-hidden="true"><use href="${href}"></use></svg>`);
    expect(renderToStaticMarkup(<Icon aria-label="Label" />)).toBe(`<svg class="lucide" aria-label="Label"><use href="${href}"></use></svg>`);
    expect(renderToStaticMarkup(<Icon role="img">{<title>Title</title>}</Icon>)).toBe(`<svg class="lucide" role="img"><title>Title</title><use href="${href}"></use></svg>`);
  });

  it.each(names)('%s: as markup for a card built as a string, the same as the component draws', (name) => {
    const Icon = mine(name);
    expect(iconHtml(Icon).value).toBe(renderToStaticMarkup(<Icon aria-hidden />));
    expect(iconHtml(Icon, 'size-3').value).toBe(renderToStaticMarkup(<Icon aria-hidden className="size-3" />));
  });

  it('the sprite is served as SVG that browsers may keep for good', async () => {
    const response = GET();
    expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await response.text()).toBe(ICON_SPRITE);
  });

  it('every icon the app draws comes from the sprite, not from lucide-react directly', () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
    const direct = ['app', 'components', 'emails', 'lib']
      .flatMap((dir) => files(path.join(root, dir)))
      .filter((file) => readFileSync(file, 'utf8').includes("from 'lucide-react'"))
      .map((file) => path.relative(root, file));
    expect(direct).toEqual([path.join('components', 'ui', 'icons.tsx')]);
  });
});
