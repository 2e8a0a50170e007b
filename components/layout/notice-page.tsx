import Link from 'next/link';

/** A page that only says where the reader is not and where to go: the 401 and 404 pages. */
export function NoticePage({ title, body, link }: { title: string; body: string; link: { href: string; label: string } }) {
  return (
    <main className="mx-auto max-w-xl p-8">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="mt-2 text-slate-700">{body}</p>
      <Link href={link.href} className="mt-4 inline-block text-indigo-700 underline">
        {link.label}
      </Link>
    </main>
  );
}
