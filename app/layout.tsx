import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { ViewerProvider } from '@/components/layout/viewer';
import { currentStaff } from '@/lib/auth/session';
import { getLocale, getT } from '@/lib/i18n/server';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: { default: t.app.name, template: `%s · ${t.app.name}` }, description: t.app.tagline };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t, staff] = await Promise.all([getLocale(), getT(), currentStaff()]);
  const viewer = { locale, staff: staff && { name: staff.fullName, role: t.roles[staff.role] } };
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <ViewerProvider viewer={viewer}>{children}</ViewerProvider>
      </body>
    </html>
  );
}
