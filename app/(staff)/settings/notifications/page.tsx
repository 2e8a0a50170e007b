import type { Metadata } from 'next';
import { readClientNotificationRules } from '@/db/queries/notification-rules';
import { requireStaffWhere } from '@/lib/auth/guards';
import { MESSAGE_CHANNELS, STATUSES } from '@/lib/domain/enums';
import { env } from '@/lib/env';
import { getT } from '@/lib/i18n/server';
import { canEditNotificationRules } from '@/lib/permissions';
import { ruleField } from '@/lib/validation/notification-rules';
import { saveNotificationRulesAction } from './actions';
import { RulesForm } from './_components/rules-form';

export async function generateMetadata(): Promise<Metadata> {
  await requireStaffWhere(canEditNotificationRules);
  return { title: (await getT()).clientChannels.settings.title };
}

/** /settings/notifications: which statuses tell the client, per channel (managers and admins). */
export default async function NotificationSettingsPage() {
  await requireStaffWhere(canEditNotificationRules);
  const t = await getT();
  const s = t.clientChannels.settings;
  const rules = await readClientNotificationRules();
  const mergeSeconds = env().NOTIFY_MERGE_SECONDS;
  // The "new" row is the registration message: nobody "moves" a ticket to new.
  const channels = MESSAGE_CHANNELS.map((channel) => ({ channel, label: t.clientChannels.channels[channel] }));
  const rows = STATUSES.map((status) => {
    const label = status === 'new' ? s.registered : t.statuses[status];
    const cells = channels.map((c) => ({ name: ruleField(status, c.channel), label: s.cell(label, c.label), checked: rules[status][c.channel] }));
    return { status, label, cells };
  });

  return (
    <section aria-labelledby="page-title" className="max-w-3xl space-y-5">
      <div className="space-y-2">
        <h1 id="page-title" className="text-2xl font-semibold">
          {s.title}
        </h1>
        <p className="text-slate-700">{s.intro}</p>
        <p className="text-slate-700" data-testid="merge-note">
          {mergeSeconds > 0 ? s.merge(mergeSeconds) : s.mergeOff}
        </p>
        <p className="text-sm text-slate-600">{s.answers}</p>
      </div>
      <RulesForm
        action={saveNotificationRulesAction}
        rows={rows}
        channels={channels}
        labels={{ caption: s.caption, status: s.status, save: s.save, saving: s.saving }}
      />
    </section>
  );
}
