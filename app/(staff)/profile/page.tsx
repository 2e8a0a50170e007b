import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui';
import { getEmployee } from '@/db/queries/employees';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password';
import { OneButtonForm } from '@/components/forms/one-button-form';
import { listStaffSessions } from '@/db/queries/staff-sessions';
import { currentSessionId, requireStaff } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { LOCALES } from '@/lib/domain/enums';
import { getLocale, getT } from '@/lib/i18n/server';
import { formatPhone } from '@/lib/phone';
import { SessionList } from '../_components/session-list';
import { changeOwnPasswordAction, endOwnSessionAction, signOutEverywhereAction, updateProfileAction } from './actions';
import { ChangePasswordForm } from './_components/change-password-form';
import { ProfileForm } from './_components/profile-form';
import { TelegramSettings } from './_components/telegram-settings';
import { chooseNotifyViaAction } from './telegram-actions';
import { telegramStartLink } from '@/lib/channels/telegram/links';
import { staffTelegramState } from '@/lib/channels/telegram/staff';

export async function generateMetadata(): Promise<Metadata> {
  await requireStaff();
  return { title: (await getT()).employees.profile.title };
}

export default async function ProfilePage() {
  const [staff, t, locale, sessionId] = await Promise.all([requireStaff(), getT(), getLocale(), currentSessionId()]);
  const me = await getEmployee(staff.id);
  if (!me) notFound();
  const e = t.employees;
  const p = e.profile;
  const s = e.sessions;

  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <div className="space-y-1">
        <h1 id="page-title" className="text-2xl font-semibold">
          {p.title}
        </h1>
        <p className="text-slate-600">{p.intro}</p>
        <p className="text-sm text-slate-600" data-testid="profile-summary">
          {me.email} · {t.roles[me.role]} · {me.departmentName}
        </p>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>{p.detailsTitle}</CardTitle>
        </CardHeader>
        <CardContent>
          <ProfileForm
            action={updateProfileAction}
            initial={{ fullName: me.fullName, phone: me.phone && formatPhone(me.phone), locale: me.locale, digestOptOut: me.digestOptOut }}
            locales={LOCALES.map((l) => ({ value: l, label: t.locales[l] }))}
            labels={{
              fullName: e.fields.fullName,
              phone: e.fields.phone,
              phoneHint: e.hints.phone,
              locale: e.fields.locale,
              localeHint: e.hints.profileLocale,
              digestOptOut: e.fields.digestOptOut,
              digestHint: e.hints.digestOptOut,
              submit: p.save,
            }}
          />
        </CardContent>
      </Card>
      <Card data-testid="profile-telegram">
        <CardHeader>
          <CardTitle>{t.telegram.profile.title}</CardTitle>
        </CardHeader>
        <CardContent>
          <TelegramSettings action={chooseNotifyViaAction} link={await telegramStartLink({ employeeId: staff.id })} {...await staffTelegramState(staff.id)} t={t.telegram.profile} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{p.passwordTitle}</CardTitle>
        </CardHeader>
        <CardContent className="space-y-3">
          <p className="text-sm text-slate-600">{p.passwordBody}</p>
          <ChangePasswordForm
            action={changeOwnPasswordAction}
            labels={{
              currentPassword: p.currentPassword,
              newPassword: p.newPassword,
              confirmPassword: p.confirmPassword,
              hint: e.hints.password(MIN_PASSWORD_LENGTH),
              submit: p.submit,
            }}
          />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{s.title}</CardTitle>
        </CardHeader>
        <CardContent className="space-y-4">
          <p className="text-sm text-slate-600">{s.intro}</p>
          <SessionList
            sessions={await listStaffSessions(staff.id)}
            currentId={sessionId}
            t={t}
            locale={locale}
            timeZone={env().APP_TIMEZONE}
            rowAction={(session, browser) => (
              <OneButtonForm action={endOwnSessionAction} fields={{ id: session.id }} submit={s.end} submitLabel={s.endLabel(browser)} />
            )}
          />
          <OneButtonForm id="sign-out-everywhere" action={signOutEverywhereAction} body={s.signOutEverywhereBody} submit={s.signOutEverywhere} danger />
        </CardContent>
      </Card>
    </section>
  );
}
