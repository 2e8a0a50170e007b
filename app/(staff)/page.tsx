import type { Metadata } from 'next';
import { Suspense } from 'react';
import { requireStaff } from '@/lib/auth/session';
import { canSeeCenterFigures } from '@/lib/permissions';
import { env } from '@/lib/env';
import { getLocale, getT } from '@/lib/i18n/server';
import { toLocalDate } from '@/lib/time/local-date';
import { MailServiceBanner } from './_components/mail-service-banner';
import { personalFigures } from './_dashboard/data';
import { ClientsWaiting } from './_dashboard/clients-waiting';
import { ApprovedTickets, MyTickets, WaitingTickets } from './_dashboard/personal-section';
import { TeamSection } from './_dashboard/team-section';
import { TeamSkeleton } from './_dashboard/team-skeleton';

export async function generateMetadata(): Promise<Metadata> {
  await requireStaff();
  return { title: (await getT()).dashboard.title };
}

/**
 * Everyone's own work first (always read for this request), then, for managers and admins, the
 * center's figures: the counts at most 5 s old, the 30-day history at most 60 s old (see
 * _dashboard/data.ts). That part streams in behind a skeleton, so it never holds back the first paint.
 */
export default async function DashboardPage() {
  const [staff, t, locale] = await Promise.all([requireStaff(), getT(), getLocale()]);
  const d = t.dashboard;
  const timeZone = env().APP_TIMEZONE;
  const now = new Date();
  const today = toLocalDate(now, timeZone);
  const mine = await personalFigures(staff.id, now);
  const seesCenter = canSeeCenterFigures(staff);

  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <h1 id="page-title" className="text-2xl font-semibold">
          {d.title}
        </h1>
        <p className="text-slate-700" data-testid="welcome">
          {d.welcome(staff.fullName)}
        </p>
      </div>
      <MailServiceBanner staff={staff} locale={locale} outboxLink />
      <ClientsWaiting staff={staff} t={t} />
      <div className="grid gap-6 2xl:grid-cols-2">
        <MyTickets open={mine.mine} t={t} d={d} locale={locale} />
        <WaitingTickets waiting={mine.waiting} now={now} timeZone={timeZone} t={t} d={d} locale={locale} />
        <ApprovedTickets approved={mine.approved} timeZone={timeZone} t={t} d={d} locale={locale} />
      </div>
      {seesCenter && (
        <section aria-labelledby="team-title" className="space-y-4" data-testid="team-section">
          <h2 id="team-title" className="text-xl font-semibold">
            {d.team.title}
          </h2>
          <Suspense fallback={<TeamSkeleton label={d.loading} />}>
            <TeamSection now={now} today={today} timeZone={timeZone} t={t} d={d} locale={locale} />
          </Suspense>
        </section>
      )}
    </div>
  );
}
