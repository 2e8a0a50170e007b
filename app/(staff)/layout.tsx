import type { ReactNode } from 'react';
import { AppShell } from '@/components/layout/app-shell';
import { countQuarantined } from '@/db/queries/inbound-messages';
import { requireStaff } from '@/lib/auth/session';
import { getLocale, getT } from '@/lib/i18n/server';
import { canSeeReplies } from '@/lib/permissions';

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const [staff, t, locale] = await Promise.all([requireStaff(), getT(), getLocale()]);
  return (
    <AppShell staff={staff} t={t} locale={locale} counts={canSeeReplies(staff) ? { replies: await countQuarantined() } : undefined}>
      {children}
    </AppShell>
  );
}
