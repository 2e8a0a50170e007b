'use client';

import { useActionState } from 'react';
import { Send } from '@/components/ui/icons';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { buttonClasses } from '@/components/ui';
import type { ActionState } from '@/lib/action';
import type { TelegramMessages } from '@/lib/i18n/messages/features/telegram';

type Props = {
  action: (prev: ActionState | undefined, form: FormData) => Promise<ActionState>;
  /** The one-time start link; null when the bot is not set up. */
  link: string | null;
  connected: boolean;
  notifyVia: 'email' | 'telegram';
  t: TelegramMessages['profile'];
};

/** Connect Telegram, and choose where the assignment notices and the digest go. */
export function TelegramSettings({ action, link, connected, notifyVia, t }: Props) {
  const [state, dispatch] = useActionState(action, undefined);
  const chosen = state?.values?.notifyVia ?? notifyVia;
  const error = state?.fieldErrors?.notifyVia?.[0];
  return (
    <div className="grid max-w-xl gap-4">
      <p className="text-sm text-slate-600">{t.intro}</p>
      <p className="text-sm font-medium" data-testid="telegram-state">
        {link === null && !connected ? t.notConfigured : connected ? t.connected : t.notConnected}
      </p>
      {link && (
        <div className="grid gap-1">
          <a href={link} target="_blank" rel="noopener noreferrer" className={buttonClasses(connected ? 'secondary' : 'primary', 'md', 'justify-self-start')} data-testid="telegram-connect-link">
            <Send aria-hidden /> {connected ? t.reconnect : t.connect}
          </a>
          <p className="text-sm text-slate-500">{t.linkHint}</p>
        </div>
      )}
      <form action={dispatch} className="grid gap-3" data-testid="notify-via-form" noValidate>
        <FormMessage state={state} />
        <fieldset className="grid gap-2" aria-describedby={error ? 'notify-via-error' : undefined}>
          <legend className="mb-1 text-sm font-medium text-slate-800">{t.channel}</legend>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="notifyVia" value="email" defaultChecked={chosen === 'email'} key={`e-${chosen}`} className="size-4" />
            {t.email}
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="notifyVia" value="telegram" defaultChecked={chosen === 'telegram'} key={`t-${chosen}`} disabled={!connected} className="size-4" />
            {t.telegram}
          </label>
          {error && (
            <p id="notify-via-error" role="alert" className="text-sm font-medium text-danger-700">
              {error}
            </p>
          )}
        </fieldset>
        <div>
          <SubmitButton>{t.save}</SubmitButton>
        </div>
      </form>
    </div>
  );
}
