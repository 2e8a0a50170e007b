import type { Metadata } from 'next';
import { NotYetAvailable } from '@/components/layout/not-yet-available';
import { requireStaff } from '@/lib/auth/session';
import { getT } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).dashboard.title };
}

export default async function DashboardPage() {
  const [staff, t] = await Promise.all([requireStaff(), getT()]);
  return (
    <div className="space-y-6">
      <p className="text-lg text-slate-700" data-testid="welcome">
        {t.dashboard.welcome(staff.fullName)}
      </p>
      <NotYetAvailable title={t.dashboard.title} t={t} />
    </div>
  );
}
