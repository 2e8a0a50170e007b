import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as lucide from 'lucide-react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import * as icons from '@/components/ui/icons';

const lucideIcons = lucide as unknown as Record<string, icons.Icon>;
const names = Object.keys(icons).filter((name) => name !== 'default');

describe('static icons', () => {
  it.each(names)('%s draws exactly what lucide draws, with the caller’s class and labels', (name) => {
    const Mine = (icons as unknown as Record<string, icons.Icon>)[name];
    const Theirs = lucideIcons[name];
    expect(Theirs, `lucide-react exports ${name}`).toBeDefined();
    for (const props of [{}, { 'aria-hidden': true }, { className: 'size-4 text-slate-500' }, { 'aria-label': 'Label', className: 'shrink-0' }]) {
      expect(renderToStaticMarkup(<Mine {...props} />)).toBe(renderToStaticMarkup(<Theirs {...props} />));
    }
  });

  it('every icon the app draws comes from the static set, not from lucide-react directly', () => {
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
