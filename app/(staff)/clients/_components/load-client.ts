import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getClient } from '@/db/queries/clients';
import { parseClientId } from '@/lib/validation/clients';

/** The client of a `/clients/[id]` route, or the 404 page for an unknown or malformed id. Once per request. */
export const loadClientOrNotFound = cache(async (rawId: string) => {
  const id = parseClientId(rawId);
  const client = id === null ? undefined : await getClient(id);
  if (!client) notFound();
  return client;
});
