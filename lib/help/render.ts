import { Marked, type Tokens } from 'marked';
import { helpHref, isHelpPage, isHelpScreenshot } from './pages';

/**
 * Markdown of the guide → HTML for the in-app help. The guide is our own text, but nothing in it
 * is trusted to be HTML: raw HTML is shown as text, links go only to guide pages, anchors and
 * http(s)/mailto addresses, and images only to the allow-listed screenshots. Mermaid diagrams
 * are shown as their source with a note (the browser bundle is not shipped with the app).
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** GitHub's heading anchors: lower case, punctuation dropped, each space a hyphen. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

const EXTERNAL = /^(?:https?:\/\/|mailto:)/i;
const GUIDE_PAGE = /^(?:\.\/)?([a-z-]+)\.md(#.*)?$/;
const SCREENSHOT = /^\.\.\/screenshots\/(ru|en)\/([a-z0-9-]+)\.png$/;

export type GuideLink = { href: string; external: boolean };

/** Where a link of the guide leads in the app, or null when it names something outside the guide. */
export function guideLink(target: string): GuideLink | null {
  if (EXTERNAL.test(target)) return { href: target, external: true };
  if (target.startsWith('#')) return { href: target, external: false };
  const page = GUIDE_PAGE.exec(target);
  if (page && isHelpPage(page[1])) return { href: `${helpHref(page[1])}${page[2] ?? ''}`, external: false };
  return null;
}

/** The in-app address of a screenshot the guide shows, or null for anything else. */
export function guideImage(target: string): string | null {
  const match = SCREENSHOT.exec(target);
  return match && isHelpScreenshot(match[2]) ? `/help/img/${match[1]}/${match[2]}.png` : null;
}

export type RenderedGuide = { title: string; html: string };

export function renderGuide(markdown: string, labels: { diagram: string }): RenderedGuide {
  const seen = new Map<string, number>();
  const uniqueId = (text: string) => {
    const base = slugify(text) || 'section';
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}-${n}`;
  };
  let title = '';
  const marked = new Marked({
    gfm: true,
    renderer: {
      html: ({ text }) => escapeHtml(text),
      code({ text, lang }: Tokens.Code) {
        const source = `<pre><code>${escapeHtml(text)}</code></pre>`;
        if (lang?.trim() === 'mermaid') {
          return `<figure class="guide-diagram"><figcaption>${escapeHtml(labels.diagram)}</figcaption>${source}</figure>\n`;
        }
        return `${source}\n`;
      },
      heading({ tokens, depth, text }: Tokens.Heading) {
        if (depth === 1 && !title) title = text.replace(/[`*_]/g, '');
        return `<h${depth} id="${escapeHtml(uniqueId(text))}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
      link({ href, tokens }: Tokens.Link) {
        const inner = this.parser.parseInline(tokens);
        const to = guideLink(href);
        if (!to) return `<span>${inner}</span>`;
        const rel = to.external ? ' target="_blank" rel="noopener noreferrer"' : '';
        return `<a href="${escapeHtml(to.href)}"${rel}>${inner}</a>`;
      },
      image({ href, text }: Tokens.Image) {
        const src = guideImage(href);
        return src ? `<img src="${src}" alt="${escapeHtml(text)}" loading="lazy">` : escapeHtml(text);
      },
    },
  });
  const html = marked.parse(markdown, { async: false });
  return { title, html };
}

/** The page's title: its first level-1 heading. */
export function guideTitle(markdown: string): string {
  const line = /^#\s+(.+)$/m.exec(markdown);
  return line ? line[1].replace(/[`*_]/g, '').trim() : '';
}
