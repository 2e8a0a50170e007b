import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { marked, type Tokens } from 'marked';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO, openBrowser, signedInBrowsers, type BrowserSession } from './browser';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MERMAID_BUNDLE = path.join(ROOT, 'node_modules/mermaid/dist/mermaid.min.js');

type Diagram = { where: string; source: string };

/** Every ```mermaid block of docs/<lang>/*.md. */
function diagrams(): Diagram[] {
  const found: Diagram[] = [];
  for (const lang of ['ru', 'en']) {
    const dir = path.join(ROOT, 'docs', lang);
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      let n = 0;
      void marked.walkTokens(marked.lexer(readFileSync(path.join(dir, name), 'utf8')), (token) => {
        if (token.type === 'code' && (token as Tokens.Code).lang?.trim() === 'mermaid') {
          n += 1;
          found.push({ where: `${lang}/${name} #${n}`, source: (token as Tokens.Code).text });
        }
      });
    }
  }
  return found;
}

let session: BrowserSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('the diagrams of the guide', () => {
  it('every Mermaid block of docs/ parses and draws with the real Mermaid', async () => {
    const blocks = diagrams();
    expect(blocks.length).toBeGreaterThanOrEqual(16);
    session = await openBrowser('en-US');
    const { page } = session;
    // A blank page of its own: the app's CSP does not apply here, and no server is involved.
    await page.setContent('<html><body></body></html>');
    await page.addScriptTag({ path: MERMAID_BUNDLE });
    const problems = await page.evaluate(async (list) => {
      const mermaid = (window as unknown as { mermaid: { initialize: (c: object) => void; parse: (s: string) => Promise<unknown>; render: (id: string, s: string) => Promise<{ svg: string }> } }).mermaid;
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
      const out: string[] = [];
      for (const [i, { where, source }] of list.entries()) {
        try {
          await mermaid.parse(source);
          const { svg } = await mermaid.render(`diagram-${i}`, source);
          if (!svg.includes('<svg')) out.push(`${where}: drew no SVG`);
        } catch (error) {
          out.push(`${where}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      return out;
    }, blocks);
    expect(problems).toEqual([]);
  });
});

describe('Help in the app', () => {
  const signedIn = signedInBrowsers('ru-RU');

  it('opens the guide for the current page in the user’s language', async () => {
    const page = await signedIn(DEMO.manager);
    await page.goto('/tickets');
    const lang = await page.locator('html').getAttribute('lang');
    expect(['ru', 'en']).toContain(lang);
    await page.getByTestId('help-link').click();
    await page.waitForURL((url) => url.pathname === '/help/tickets');

    const title = /^#\s+(.+)$/m.exec(readFileSync(path.join(ROOT, 'docs', lang!, 'tickets.md'), 'utf8'))![1];
    await expect.poll(() => page.locator('[data-testid=help-article] h1').textContent()).toBe(title);
    // The screenshots of the guide are served to signed-in staff, and only the listed ones.
    const shot = page.locator('[data-testid=help-article] img').first();
    expect(await shot.getAttribute('src')).toMatch(new RegExp(`^/help/img/${lang}/[a-z0-9-]+\\.png$`));
    expect((await page.request.get('/help/img/en/not-a-screenshot.png')).status()).toBe(404);
    // Links between pages of the guide stay inside the app.
    await page.locator('[data-testid=help-article] a[href="/help/export"]').first().click();
    await page.waitForURL((url) => url.pathname === '/help/export');
    expect((await page.goto('/help/no-such-page'))?.status()).toBe(404);
  });
});
