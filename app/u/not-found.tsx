import { getT } from '@/lib/i18n/server';

/** A bad, cut or forged stop link: said plainly, with nothing about whose link it might have been. */
export default async function StopLinkNotFound() {
  const t = (await getT()).clientChannels.stop;
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5" data-testid="stop-invalid">
      <h1 className="text-xl font-semibold">{t.invalid}</h1>
      <p className="mt-2 text-slate-700">{t.invalidBody}</p>
    </section>
  );
}
