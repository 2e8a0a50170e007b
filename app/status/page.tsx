import type { Metadata } from 'next';
import { env } from '@/lib/env';
import { getT } from '@/lib/i18n/server';
import { CompanyContacts } from './_components/company-contacts';
import { LookupForm } from './_components/lookup-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = (await getT()).publicStatus;
  return { title: { absolute: `${t.lookup.title} · ${env().COMPANY_NAME}` }, description: t.lookup.intro };
}

/** Find a request by its number and the client's phone or e-mail. */
export default async function StatusLookupPage() {
  const t = (await getT()).publicStatus;
  const l = t.lookup;
  return (
    <div className="space-y-5">
      <section aria-labelledby="lookup-title" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <h1 id="lookup-title" className="text-2xl font-semibold">
          {l.title}
        </h1>
        <p className="mt-2 mb-5 text-slate-700">{l.intro}</p>
        <LookupForm
          labels={{ number: l.number, numberHint: l.numberHint, contact: l.contact, contactHint: l.contactHint, submit: l.submit, pending: l.pending }}
        />
      </section>
      <CompanyContacts t={t} />
    </div>
  );
}
