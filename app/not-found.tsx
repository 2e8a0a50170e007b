import Link from 'next/link';
import { getT } from '@/lib/i18n/server';

export default async function NotFound() {
  const t = await getT();
  return (
    <main className="mx-auto max-w-xl p-8">
      <h1 className="text-2xl font-semibold">{t.errors.notFound}</h1>
      <p className="mt-2 text-slate-700">{t.errors.notFoundBody}</p>
      <Link href="/" className="mt-4 inline-block text-indigo-700 underline">
        {t.errors.home}
      </Link>
    </main>
  );
}
