import Link from 'next/link';
import { currentStaff } from '@/lib/auth/session';
import { helpHref } from '@/lib/help/pages';
import { getT } from '@/lib/i18n/server';

/** The 403 page: what is not allowed (and for whom), and where to go instead. */
export default async function Forbidden() {
  const [t, staff] = await Promise.all([getT(), currentStaff()]);
  const f = t.forbidden;
  const link = 'text-primary-700 underline underline-offset-2';
  return (
    <main className="mx-auto max-w-xl space-y-3 p-8" data-testid="forbidden">
      <h1 className="text-2xl font-semibold">{f.title}</h1>
      <div className="space-y-2 text-slate-700" role="alert">
        {staff && <p>{f.signedInAs(staff.fullName, t.roles[staff.role])}</p>}
        <p>{f.body}</p>
        <p>{f.ask}</p>
      </div>
      <p className="flex flex-wrap gap-x-6 gap-y-2 pt-2">
        <Link href="/" className={link}>
          {f.home}
        </Link>
        <Link href={`${helpHref('index')}#${f.helpAnchor}`} className={link}>
          {f.help}
        </Link>
      </p>
    </main>
  );
}
