import type { Metadata } from 'next';
import { NotYetAvailable } from '@/components/layout/not-yet-available';
import { getT } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).nav.employees };
}

export default async function Page() {
  const t = await getT();
  return <NotYetAvailable title={t.nav.employees} t={t} />;
}
