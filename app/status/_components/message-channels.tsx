import { Badge, Button } from '@/components/ui';
import { clientIdByPublicToken, readClientChannels } from '@/db/queries/client-channels';
import { channelsOnFile, stoppedAtKey } from '@/lib/channels/reach';
import { getT } from '@/lib/i18n/server';
import { resumeChannelOnStatusAction, stopChannelOnStatusAction } from '../channel-actions';

/**
 * "Messages about this request": the channels the client has on file (never the addresses), each
 * on or stopped, with its Stop / Resume button. The forms post the page's token and the channel;
 * the action finds the client through the token, so no form can name another client.
 */
export async function MessageChannels({ token }: { token: string }) {
  const clientId = await clientIdByPublicToken(token);
  const client = clientId === undefined ? undefined : await readClientChannels(clientId);
  if (!client) return null;
  const channels = channelsOnFile(client);
  if (channels.length === 0) return null;
  const m = await getT();
  const t = m.clientChannels.statusPage;
  return (
    <section id="messages" aria-labelledby="messages-title" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5" data-testid="message-channels">
      <h2 id="messages-title" className="text-base font-semibold">
        {t.title}
      </h2>
      {!client.notify ? (
        <p className="mt-2 text-sm text-slate-700">{t.noConsent}</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-600">{t.intro}</p>
          <ul className="mt-3 divide-y divide-slate-100">
            {channels.map((channel) => {
              const stopped = client[stoppedAtKey(channel)] !== null;
              const name = m.clientChannels.channels[channel];
              return (
                <li key={channel} className="flex flex-wrap items-center justify-between gap-2 py-2" data-testid={`channel-${channel}`} data-stopped={stopped}>
                  <span className="flex items-center gap-2">
                    <span className="font-medium">{name}</span>
                    <Badge tone={stopped ? 'neutral' : 'success'}>{stopped ? t.off : t.on}</Badge>
                  </span>
                  <form action={stopped ? resumeChannelOnStatusAction : stopChannelOnStatusAction}>
                    <input type="hidden" name="token" value={token} />
                    <input type="hidden" name="channel" value={channel} />
                    <Button type="submit" size="sm" variant="secondary" aria-label={stopped ? t.resumeLabel(name) : t.stopLabel(name)}>
                      {stopped ? t.resume : t.stop}
                    </Button>
                  </form>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
