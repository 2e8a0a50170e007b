import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { Alert, Button } from '@/components/ui';
import { readClientChannels } from '@/db/queries/client-channels';
import { reserveLinkVisit } from '@/lib/channels/link-throttle';
import { stoppedAtKey } from '@/lib/channels/reach';
import { stopTarget } from '@/lib/channels/stop';
import { env } from '@/lib/env';
import { getT } from '@/lib/i18n/server';
import { clientAddress } from '@/lib/security/client-address';
import { minutesUntil } from '@/lib/status/lookup';
import { resumeByLinkAction, stopByLinkAction } from '../actions';

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const doneSchema = z.object({ done: z.enum(['stopped', 'resumed']).optional().catch(undefined) });

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: { absolute: env().COMPANY_NAME },
    robots: { index: false, follow: false },
    // The address is the key to the client's messages: it must not travel in a Referer header.
    // Not 'no-referrer': under it a form posted without JavaScript carries `Origin: null`, which Next refuses.
    referrer: 'same-origin',
  };
}

/**
 * /u/<code>: the link at the end of every message. Opening it changes nothing (mail scanners open
 * links); the one button stops the channel at once. A bad or forged code is a 404 that says only
 * that the link is not valid. Every visit counts towards the per-address limit of the public links.
 */
export default async function StopPage({ params, searchParams }: Props) {
  const [{ code }, query, messages] = await Promise.all([params, searchParams, getT()]);
  const t = messages.clientChannels.stop;
  const visit = await reserveLinkVisit('stop', clientAddress(await headers()));
  if (!visit.allowed) {
    return (
      <Alert tone="warning" data-testid="stop-locked">
        {t.locked(minutesUntil(visit.lockedUntil))}
      </Alert>
    );
  }
  const target = stopTarget(code);
  const client = target && await readClientChannels(target.clientId);
  if (!target || !client) notFound();
  const { done } = doneSchema.parse(query);
  const stopped = client[stoppedAtKey(target.channel)] !== null;
  const company = env().COMPANY_NAME;

  return (
    <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6" data-testid="stop-page" data-stopped={stopped}>
      {stopped ? (
        <>
          <h1 className="text-2xl font-semibold">{t.stopped}</h1>
          <p className="text-slate-700">{t.stoppedBody[target.channel]}</p>
          <form action={resumeByLinkAction}>
            <input type="hidden" name="code" value={code} />
            <Button type="submit" variant="secondary" data-testid="stop-resume">
              {t.resume}
            </Button>
          </form>
        </>
      ) : (
        <>
          {done === 'resumed' && (
            <Alert tone="success" data-testid="stop-resumed">
              {t.resumed}
            </Alert>
          )}
          <h1 className="text-2xl font-semibold">{t.title[target.channel](company)}</h1>
          <p className="text-slate-700">{t.body}</p>
          <form action={stopByLinkAction}>
            <input type="hidden" name="code" value={code} />
            <Button type="submit" variant="danger" data-testid="stop-confirm">
              {t.confirm}
            </Button>
          </form>
        </>
      )}
    </section>
  );
}
