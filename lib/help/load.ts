import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locale } from '@/lib/domain/enums';
import { HELP_PAGES, isHelpScreenshot, type HelpPage } from './pages';
import { guideTitle } from './render';

/** The guide lives in docs/ beside the app; `next start` runs from the project folder. */
const DOCS_DIR = path.join(process.cwd(), 'docs');

export function guideFile(locale: Locale, page: HelpPage): string {
  return path.join(DOCS_DIR, locale, `${page}.md`);
}

export async function readGuidePage(locale: Locale, page: HelpPage): Promise<string> {
  return readFile(guideFile(locale, page), 'utf8');
}

/** Every page's title in reading order, for the guide's table of contents. */
export async function guideContents(locale: Locale): Promise<{ page: HelpPage; title: string }[]> {
  return Promise.all(
    HELP_PAGES.map(async (page) => ({ page, title: guideTitle(await readGuidePage(locale, page).catch(() => '')) || page })),
  );
}

/** The file of an allow-listed screenshot (`<name>.png` in docs/screenshots/<locale>/), or null. */
export function screenshotFile(locale: string, file: string): string | null {
  const match = /^([a-z0-9-]+)\.png$/.exec(file);
  if ((locale !== 'ru' && locale !== 'en') || !match || !isHelpScreenshot(match[1])) return null;
  return path.join(DOCS_DIR, 'screenshots', locale, `${match[1]}.png`);
}
