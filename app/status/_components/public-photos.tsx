import { listPublicPhotos } from '@/db/queries/attachments';
import { getT } from '@/lib/i18n/server';
import { fillIn } from '@/lib/attachments/format';
import { hasThumbnail } from '@/lib/attachments/sniff';

/**
 * The photos the staff chose to show on the client's status page: `<PublicPhotos ticketId token />`.
 * Only client-visible photos are listed, and every URL carries the ticket's token, which the
 * attachment routes check; nothing else (staff-only photos, documents, names of people) appears.
 */
export async function PublicPhotos({ ticketId, token }: { ticketId: number; token: string }) {
  const photos = await listPublicPhotos(ticketId);
  if (photos.length === 0) return null;
  const m = (await getT()).attachments.public;
  const q = `?token=${encodeURIComponent(token)}`;
  return (
    <section aria-labelledby="photos-title" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5" data-testid="public-photos">
      <h2 id="photos-title" className="text-base font-semibold">
        {m.title}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{m.hint}</p>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        {photos.map((photo, index) => (
          <li key={photo.id}>
            <a href={`/api/attachments/${photo.id}${q}`} target="_blank" rel="noopener noreferrer" aria-label={m.open} data-testid="public-photo">
              {hasThumbnail(photo.mime) ? (
                // eslint-disable-next-line @next/next/no-img-element -- served by our own route, which checks the token
                <img
                  src={`/api/attachments/${photo.id}/thumbnail${q}`}
                  alt={fillIn(m.alt, { count: index + 1 })}
                  loading="lazy"
                  className="aspect-square w-full rounded-md object-cover ring-1 ring-slate-200"
                />
              ) : (
                <span className="grid aspect-square w-full place-items-center rounded-md bg-slate-100 text-sm text-slate-600 ring-1 ring-slate-200">
                  {fillIn(m.alt, { count: index + 1 })}
                </span>
              )}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
