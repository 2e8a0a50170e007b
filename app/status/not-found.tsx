import Link from 'next/link';
import { buttonClasses } from '@/components/ui';
import { getT } from '@/lib/i18n/server';
import { CompanyContacts } from './_components/company-contacts';

/** An unknown or replaced link: say so plainly and offer the lookup instead. */
export default async function StatusNotFound() {
  const t = (await getT()).publicStatus;
  return (
    <div className="space-y-5">
      <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5" data-testid="status-not-found">
        <h1 className="text-xl font-semibold">{t.notFound.title}</h1>
        <p className="mt-2 text-slate-700">{t.notFound.body}</p>
        <Link href="/status" className={buttonClasses('primary', 'md', 'mt-4')}>
          {t.notFound.action}
        </Link>
      </section>
      <CompanyContacts t={t} />
    </div>
  );
}
