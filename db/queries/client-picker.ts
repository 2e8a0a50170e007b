import 'server-only';
import { getClient, listClients } from '@/db/queries/clients';
import { phoneSearchDigits } from '@/lib/clients/phone-search';
import type { ClientKind } from '@/lib/domain/enums';
import { formatPhone } from '@/lib/phone';

/** What the ticket intake's client picker shows of a client; nothing more leaves the server. */
export type PickedClient = { id: number; name: string; kind: ClientKind; phone: string | null; email: string | null };

export const PICKER_LIMIT = 10;

function picked(row: { id: number; name: string; kind: ClientKind; phone: string | null; email: string | null }): PickedClient {
  return { id: row.id, name: row.name, kind: row.kind, phone: row.phone ? formatPhone(row.phone) : null, email: row.email };
}

/** Clients whose name, contact person or e-mail contains `q` (any case), or whose phone has its digits. */
export async function findClientsForPicker(q: string, phoneRegion: string, limit = PICKER_LIMIT): Promise<PickedClient[]> {
  const filters = { q, phoneDigits: phoneSearchDigits(q, phoneRegion) };
  return (await listClients(filters, 'name', {}, limit)).rows.map(picked);
}

export async function getPickedClient(id: number): Promise<PickedClient | null> {
  const row = await getClient(id);
  return row ? picked(row) : null;
}
