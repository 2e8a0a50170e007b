import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cn } from '@/components/ui';
import { requireStaff } from '@/lib/auth/session';
import { guideContents, readGuidePage } from '@/lib/help/load';
import { helpHref, isHelpPage, type HelpPage } from '@/lib/help/pages';
import { renderGuide } from '@/lib/help/render';
import { getLocale, getT } from '@/lib/i18n/server';

type Props = { params: Promise<{ slug?: string[] }> };

/** `/help` is the overview; `/help/<page>` one page of the guide; anything else is a 404. */
function pageOf(slug: string[] | undefined): HelpPage | null {
  if (!slug || slug.length === 0) return 'index';
  return slug.length === 1 && isHelpPage(slug[0]) && slug[0] !== 'index' ? slug[0] : null;
}

async function load(slug: string[] | undefined) {
  const page = pageOf(slug);
  if (!page) notFound();
  const [locale, messages] = await Promise.all([getLocale(), getT()]);
  const t = messages.help;
  const markdown = await readGuidePage(locale, page).catch(() => notFound());
  return { page, locale, t, guide: renderGuide(markdown, { diagram: t.diagram }) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireStaff();
  const { guide, t } = await load((await params).slug);
  return { title: `${guide.title} · ${t.title}` };
}

// The guide's HTML gets its typography here: it is rendered from Markdown, so it carries no classes.
const ARTICLE = cn(
  'min-w-0 max-w-3xl space-y-4 text-slate-800 leading-relaxed',
  '[&_h1]:text-2xl [&_h1]:font-semibold [&_h1]:text-slate-900',
  '[&_h2]:mt-8 [&_h2]:border-b [&_h2]:border-slate-200 [&_h2]:pb-1 [&_h2]:text-xl [&_h2]:font-semibold [&_h2]:text-slate-900',
  '[&_h3]:mt-6 [&_h3]:text-lg [&_h3]:font-semibold [&_h3]:text-slate-900',
  // Underlined, not only coloured: a link inside running text must not rely on colour alone (WCAG 1.4.1).
  '[&_a]:text-primary-700 [&_a]:underline [&_a]:underline-offset-2 [&_a:hover]:decoration-2',
  '[&_ul]:list-disc [&_ul]:space-y-1 [&_ul]:pl-6 [&_ol]:list-decimal [&_ol]:space-y-1 [&_ol]:pl-6',
  '[&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_code]:py-0.5 [&_code]:text-[0.9em]',
  '[&_pre]:overflow-x-auto [&_pre]:rounded-md [&_pre]:bg-slate-900 [&_pre]:p-4 [&_pre]:text-sm [&_pre]:text-slate-100',
  '[&_pre_code]:bg-transparent [&_pre_code]:p-0',
  '[&_table]:block [&_table]:overflow-x-auto [&_table]:text-sm',
  '[&_th]:border [&_th]:border-slate-200 [&_th]:bg-slate-50 [&_th]:px-3 [&_th]:py-2 [&_th]:text-left',
  '[&_td]:border [&_td]:border-slate-200 [&_td]:px-3 [&_td]:py-2 [&_td]:align-top',
  '[&_blockquote]:border-l-4 [&_blockquote]:border-primary-100 [&_blockquote]:bg-primary-50 [&_blockquote]:px-4 [&_blockquote]:py-2',
  '[&_img]:rounded-md [&_img]:border [&_img]:border-slate-200 [&_img]:shadow-sm',
  '[&_figcaption]:mb-2 [&_figcaption]:text-sm [&_figcaption]:text-slate-600',
);

export default async function HelpPage({ params }: Props) {
  await requireStaff();
  const { page, locale, t, guide } = await load((await params).slug);
  const contents = await guideContents(locale);
  return (
    <div className="grid gap-6 lg:grid-cols-[15rem_1fr]">
      <nav aria-label={t.contents} className="no-print lg:sticky lg:top-4 lg:self-start" data-testid="help-contents">
        <p className="mb-2 text-sm font-semibold text-slate-900">{t.title}</p>
        <ul className="space-y-0.5 text-sm">
          {contents.map((entry) => (
            <li key={entry.page}>
              <Link
                href={helpHref(entry.page)}
                aria-current={entry.page === page ? 'page' : undefined}
                className={cn(
                  'block rounded px-2 py-1',
                  entry.page === page ? 'bg-primary-50 font-medium text-primary-800' : 'text-slate-700 hover:bg-slate-100',
                )}
              >
                {entry.title}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <article className={ARTICLE} lang={locale} data-testid="help-article" dangerouslySetInnerHTML={{ __html: guide.html }} />
    </div>
  );
}
