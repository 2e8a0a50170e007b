import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LocaleSwitch } from '@/components/layout/locale-switch';
import { currentStaff } from '@/lib/auth/session';
import { getLocale, getT } from '@/lib/i18n/server';
import { safeCallbackPath } from '@/lib/safe-redirect';
import { LoginForm } from './login-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).login.title };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const callbackUrl = safeCallbackPath((await searchParams).callbackUrl);
  if (await currentStaff()) redirect(callbackUrl);
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-6 p-4">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <p className="text-sm text-slate-500">{t.app.name}</p>
        <h1 className="mb-6 text-2xl font-semibold">{t.login.title}</h1>
        <LoginForm
          callbackUrl={callbackUrl}
          labels={{
            email: t.login.email,
            password: t.login.password,
            submit: t.login.submit,
            submitting: t.login.submitting,
            invalid: t.login.invalid,
            locked: t.login.locked,
            failed: t.login.failed,
            emailRequired: t.login.emailRequired,
            passwordRequired: t.login.passwordRequired,
          }}
        />
      </div>
      <LocaleSwitch current={locale} t={t} />
    </main>
  );
}
