import type { Metadata } from 'next';
import { NotYetAvailable } from '@/components/layout/not-yet-available';
import { requireStaffWhere } from '@/lib/auth/guards';
import { getT } from '@/lib/i18n/server';
import { canSeeOutbox } from '@/lib/permissions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).nav.outbox };
}

export default async function OutboxPage() {
  await requireStaffWhere(canSeeOutbox);
  const t = await getT();
  return <NotYetAvailable title={t.nav.outbox} t={t} />;
}
