import type { Messages } from '@/lib/i18n/messages';
import type { ClientFormLabels } from './client-form';

/** Plain strings for the client form (a client component cannot receive the catalog's functions). */
export function clientFormLabels(t: Messages, mode: 'create' | 'edit'): ClientFormLabels {
  const c = t.clients;
  return {
    fields: c.fields,
    hints: c.hints,
    kinds: c.kinds,
    channelOptions: c.channelOptions,
    locales: t.locales,
    duplicates: {
      title: c.duplicates.title,
      body: c.duplicates.body,
      samePhone: c.duplicates.samePhone,
      sameEmail: c.duplicates.sameEmail,
      saveAnyway: mode === 'create' ? c.duplicates.saveAnyway : c.duplicates.saveAnywayEdit,
    },
    submit: mode === 'create' ? c.create : c.save,
    pending: mode === 'create' ? c.creating : c.saving,
    cancel: t.common.cancel,
  };
}
