import { Mail, MapPin, Phone } from '@/components/ui/icons';
import { env } from '@/lib/env';
import type { PublicStatusMessages } from '@/lib/i18n/messages/features/public-status';

/** The company's own contacts from the settings; never an employee's. */
export function CompanyContacts({ t, number }: { t: PublicStatusMessages; number?: string }) {
  const { COMPANY_NAME, COMPANY_PHONE, COMPANY_EMAIL, COMPANY_ADDRESS } = env();
  const link = 'font-medium text-primary-700 underline-offset-2 hover:underline';
  return (
    <section aria-labelledby="contacts-title" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5" data-testid="company-contacts">
      <h2 id="contacts-title" className="text-base font-semibold">
        {t.page.contacts}
      </h2>
      {number && <p className="mt-1 text-sm text-slate-600">{t.page.contactsHint(number)}</p>}
      <p className="mt-3 text-sm font-medium">{COMPANY_NAME}</p>
      <ul className="mt-2 grid gap-2 text-sm">
        {COMPANY_PHONE && (
          <li className="flex items-center gap-2">
            <Phone aria-hidden className="size-4 text-slate-500" />
            <span className="sr-only">{t.page.phone}: </span>
            <a href={`tel:${COMPANY_PHONE.replace(/[^\d+]/g, '')}`} className={link}>
              {COMPANY_PHONE}
            </a>
          </li>
        )}
        {COMPANY_EMAIL && (
          <li className="flex items-center gap-2">
            <Mail aria-hidden className="size-4 text-slate-500" />
            <span className="sr-only">{t.page.email}: </span>
            <a href={`mailto:${COMPANY_EMAIL}`} className={link}>
              {COMPANY_EMAIL}
            </a>
          </li>
        )}
        {COMPANY_ADDRESS && (
          <li className="flex items-center gap-2">
            <MapPin aria-hidden className="size-4 text-slate-500" />
            <span className="sr-only">{t.page.address}: </span>
            <span>{COMPANY_ADDRESS}</span>
          </li>
        )}
      </ul>
    </section>
  );
}
