import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { marked, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { screenshotFile } from '@/lib/help/load';
import { HELP_PAGES, HELP_SCREENSHOTS, helpHref, helpPageFor } from '@/lib/help/pages';
import { guideImage, guideLink, renderGuide, slugify } from '@/lib/help/render';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DOCS = path.join(ROOT, 'docs');
const LANGS = ['ru', 'en'] as const;

/**
 * SPEC §4, the URL contract, copied here: the tests also run where the spec is not (CI). Each path
 * must be described in both languages.
 */
const CONTRACT_PATHS = [
  '/login',
  '/',
  '/tickets',
  '/tickets/new',
  '/tickets/[number]',
  '/tickets/[number]/edit',
  '/tickets/[number]/print',
  '/clients',
  '/clients/new',
  '/clients/[id]',
  '/clients/[id]/edit',
  '/employees',
  '/employees/new',
  '/employees/[id]',
  '/employees/[id]/edit',
  '/departments',
  '/departments/new',
  '/departments/[id]',
  '/departments/[id]/edit',
  '/outbox',
  '/status',
  '/status/[token]',
  '/status/[token]/opengraph-image',
  '/api/cron/digest',
  '/api/health',
];

const DIAGRAM_TYPES = ['erDiagram', 'stateDiagram-v2', 'sequenceDiagram', 'flowchart'];

type Doc = { file: string; lang: (typeof LANGS)[number]; name: string; text: string; tokens: Token[] };

function guideFiles(lang: string): string[] {
  return readdirSync(path.join(DOCS, lang))
    .filter((f) => f.endsWith('.md'))
    .sort();
}

const DOCS_BY_LANG: Doc[] = LANGS.flatMap((lang) =>
  guideFiles(lang).map((name) => {
    const file = path.join(DOCS, lang, name);
    const text = readFileSync(file, 'utf8');
    return { file, lang, name, text, tokens: marked.lexer(text) };
  }),
);

const README = (() => {
  const file = path.join(ROOT, 'README.md');
  const text = readFileSync(file, 'utf8');
  return { file, text, tokens: marked.lexer(text) };
})();

function collect<T extends Token>(tokens: Token[], type: T['type']): T[] {
  const found: T[] = [];
  void marked.walkTokens(tokens, (token) => {
    if (token.type === type) found.push(token as T);
  });
  return found;
}

/** Heading anchors as GitHub makes them: slug, then -1, -2 … for repeats. */
function anchorsOf(tokens: Token[]): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const heading of collect<Tokens.Heading>(tokens, 'heading')) {
    const base = slugify(heading.text);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

const anchorCache = new Map<string, Set<string>>();
function anchorsOfFile(file: string): Set<string> {
  if (!anchorCache.has(file)) anchorCache.set(file, anchorsOf(marked.lexer(readFileSync(file, 'utf8'))));
  return anchorCache.get(file)!;
}

/** Every broken relative link or image of a Markdown file, as "target (why)". */
function brokenTargets(file: string, tokens: Token[]): string[] {
  const targets = [...collect<Tokens.Link>(tokens, 'link'), ...collect<Tokens.Image>(tokens, 'image')].map((t) => t.href);
  const broken: string[] = [];
  for (const target of targets) {
    if (/^(?:https?:|mailto:)/i.test(target)) continue;
    const [rawPath, anchor] = target.split('#');
    const resolved = rawPath ? path.resolve(path.dirname(file), decodeURI(rawPath)) : file;
    if (!existsSync(resolved)) {
      broken.push(`${target} (no such file)`);
      continue;
    }
    if (anchor && resolved.endsWith('.md') && !anchorsOfFile(resolved).has(decodeURIComponent(anchor))) {
      broken.push(`${target} (no such heading)`);
    }
  }
  return broken;
}

function mermaidBlocks(tokens: Token[]): string[] {
  return collect<Tokens.Code>(tokens, 'code')
    .filter((c) => c.lang?.trim() === 'mermaid')
    .map((c) => c.text);
}

function diagramType(source: string): string {
  const first = source.split('\n').find((line) => line.trim() && !line.trim().startsWith('%%')) ?? '';
  return first.trim().split(/\s+/)[0];
}

/** The screenshot names the e2e suite takes (the PAGES array of tests/e2e/screenshots.e2e.ts). */
const SHOT_NAMES = new Set([...readFileSync(path.join(ROOT, 'tests/e2e/screenshots.e2e.ts'), 'utf8').matchAll(/name:\s*'([a-z0-9-]+)'/g)].map((m) => m[1]));

describe('the user guide in docs/', () => {
  it('has the same pages in Russian and English, and they are the pages the in-app help serves', () => {
    expect(guideFiles('ru')).toEqual(guideFiles('en'));
    expect(guideFiles('en')).toEqual([...HELP_PAGES].map((p) => `${p}.md`).sort());
  });

  it.each(LANGS)('describes every page of the URL contract (SPEC §4) in %s, outside the overview table', (lang) => {
    const pages = DOCS_BY_LANG.filter((d) => d.lang === lang && d.name !== 'index.md');
    const missing = CONTRACT_PATHS.filter((p) => !pages.some((d) => d.text.includes(`\`${p}\``)));
    expect(missing).toEqual([]);
    const index = DOCS_BY_LANG.find((d) => d.lang === lang && d.name === 'index.md')!;
    expect(CONTRACT_PATHS.filter((p) => !index.text.includes(`\`${p}\``))).toEqual([]);
  });

  it.each(LANGS)('links every page from the overview (%s)', (lang) => {
    const index = DOCS_BY_LANG.find((d) => d.lang === lang && d.name === 'index.md')!;
    const linked = new Set(collect<Tokens.Link>(index.tokens, 'link').map((l) => l.href.split('#')[0]));
    expect(guideFiles(lang).filter((f) => f !== 'index.md' && !linked.has(f))).toEqual([]);
  });

  it('has no broken relative link, image or heading anchor in docs/ or the README', () => {
    const broken = [
      ...DOCS_BY_LANG.flatMap((d) => brokenTargets(d.file, d.tokens).map((b) => `${d.lang}/${d.name}: ${b}`)),
      ...brokenTargets(README.file, README.tokens).map((b) => `README.md: ${b}`),
    ];
    expect(broken).toEqual([]);
  });

  it('shows only screenshots of its own language that the e2e suite regenerates and the app may serve', () => {
    const problems: string[] = [];
    for (const d of DOCS_BY_LANG) {
      for (const image of collect<Tokens.Image>(d.tokens, 'image')) {
        const match = /^\.\.\/screenshots\/(ru|en)\/([a-z0-9-]+)\.png$/.exec(image.href);
        if (!match) problems.push(`${d.lang}/${d.name}: ${image.href} is not a guide screenshot`);
        else if (match[1] !== d.lang) problems.push(`${d.lang}/${d.name}: ${image.href} is in the other language`);
        else if (!(HELP_SCREENSHOTS as readonly string[]).includes(match[2])) problems.push(`${d.lang}/${d.name}: ${match[2]} is not in HELP_SCREENSHOTS`);
        else if (!SHOT_NAMES.has(match[2])) problems.push(`${d.lang}/${d.name}: ${match[2]} is not taken by tests/e2e/screenshots.e2e.ts`);
        if (!image.text.trim()) problems.push(`${d.lang}/${d.name}: ${image.href} has no alt text`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('uses the same screenshots and diagrams on each page in both languages', () => {
    for (const name of guideFiles('en')) {
      const [ru, en] = LANGS.map((lang) => DOCS_BY_LANG.find((d) => d.lang === lang && d.name === name)!);
      const shots = (d: Doc) => collect<Tokens.Image>(d.tokens, 'image').map((i) => path.basename(i.href));
      expect(shots(ru), name).toEqual(shots(en));
      expect(mermaidBlocks(ru.tokens).map(diagramType), name).toEqual(mermaidBlocks(en.tokens).map(diagramType));
    }
  });

  it('draws only the allowed kinds of Mermaid diagram, and all four that the guide needs', () => {
    for (const lang of LANGS) {
      const types = DOCS_BY_LANG.filter((d) => d.lang === lang).flatMap((d) => mermaidBlocks(d.tokens).map(diagramType));
      expect(types.filter((t) => !DIAGRAM_TYPES.includes(t))).toEqual([]);
      for (const kind of DIAGRAM_TYPES) expect(types, `${lang}: ${kind}`).toContain(kind);
      // One sequence diagram per notification (created, status changed, assigned, digest) and the delivery path.
      expect(types.filter((t) => t === 'sequenceDiagram').length).toBeGreaterThanOrEqual(5);
    }
  });

  it('renders every page for the in-app help with a title', () => {
    for (const d of DOCS_BY_LANG) {
      const { title, html } = renderGuide(d.text, { diagram: 'diagram' });
      expect(title, `${d.lang}/${d.name}`).not.toBe('');
      expect(html).not.toContain('<script');
    }
  });
});

describe('the in-app help', () => {
  it('opens the page of the guide that explains the current screen', () => {
    const cases: [string, string][] = [
      ['/', 'dashboard'],
      ['/tickets', 'tickets'],
      ['/tickets/new', 'intake'],
      ['/tickets/SC-000042', 'ticket'],
      ['/tickets/SC-000042/edit', 'ticket'],
      ['/tickets/SC-000042/print', 'public-link'],
      ['/clients', 'clients'],
      ['/clients/12/edit', 'clients'],
      ['/employees/3', 'employees'],
      ['/departments/new', 'departments'],
      ['/outbox/5', 'outbox'],
      ['/profile', 'profile'],
      ['/help/tickets', 'index'],
      ['/something-else', 'index'],
    ];
    for (const [pathname, page] of cases) expect(helpPageFor(pathname), pathname).toBe(page);
    expect(helpHref('index')).toBe('/help');
    expect(helpHref('intake')).toBe('/help/intake');
  });

  it('escapes raw HTML instead of passing it through', () => {
    const { html } = renderGuide('# T\n\n<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)> here.\n', { diagram: 'd' });
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;script&gt;');
  });

  it('shows Mermaid diagrams as their source with a note', () => {
    const { html } = renderGuide('# T\n\n```mermaid\nflowchart LR\n  a --> b\n```\n', { diagram: 'A diagram' });
    expect(html).toContain('<figcaption>A diagram</figcaption>');
    expect(html).toContain('a --&gt; b');
  });

  it('turns guide links into help links and drops links that lead elsewhere', () => {
    expect(guideLink('intake.md')).toEqual({ href: '/help/intake', external: false });
    expect(guideLink('index.md#who-may-do-what')).toEqual({ href: '/help#who-may-do-what', external: false });
    expect(guideLink('#steps')).toEqual({ href: '#steps', external: false });
    expect(guideLink('https://resend.com')).toEqual({ href: 'https://resend.com', external: true });
    expect(guideLink('../../README.md')).toBeNull();
    expect(guideLink('secrets.md')).toBeNull();
    expect(guideLink('javascript:alert(1)')).toBeNull();
    const { html } = renderGuide('# T\n\n[ok](tickets.md) [no](javascript:alert(1)) [out](https://example.com)\n', { diagram: 'd' });
    expect(html).toContain('<a href="/help/tickets">ok</a>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<span>no</span>');
    expect(html).toContain('target="_blank" rel="noopener noreferrer"');
  });

  it('serves only allow-listed screenshots', () => {
    expect(guideImage('../screenshots/ru/tickets.png')).toBe('/help/img/ru/tickets.png');
    expect(guideImage('../screenshots/ru/not-listed.png')).toBeNull();
    expect(guideImage('https://example.com/x.png')).toBeNull();
    expect(screenshotFile('en', 'tickets.png')).toBe(path.join(process.cwd(), 'docs', 'screenshots', 'en', 'tickets.png'));
    for (const [lang, file] of [['en', '../../.env'], ['en', 'tickets.png/..'], ['de', 'tickets.png'], ['en', 'unknown.png'], ['en', 'tickets.jpg']]) {
      expect(screenshotFile(lang, file), `${lang}/${file}`).toBeNull();
    }
  });

  it('gives headings the anchors GitHub gives them', () => {
    expect(slugify('The client’s status page')).toBe('the-clients-status-page');
    expect(slugify('Шаг 1. Клиент')).toBe('шаг-1-клиент');
    const { html } = renderGuide('# Title\n\n## Editing\n\n## Editing\n', { diagram: 'd' });
    expect(html).toContain('<h2 id="editing">');
    expect(html).toContain('<h2 id="editing-1">');
  });
});
