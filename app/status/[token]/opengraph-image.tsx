import { ImageResponse } from 'next/og';
import { getPublicTicket } from '@/db/queries/public-status';
import { env } from '@/lib/env';
import { statusCardModel } from '@/lib/status/card';
import { StatusCard } from '../_components/status-card';

export const alt = 'Статус заявки · Request status';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
// The status changes and a replaced link must stop answering at once: never prerendered or cached.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ token: string }> };

/** The link-preview card in the client's own language: company, number, status, progress. */
export default async function Image({ params }: Props) {
  const ticket = await getPublicTicket((await params).token);
  if (!ticket) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
  const model = statusCardModel(ticket, ticket.locale, env().COMPANY_NAME);
  return new ImageResponse(<StatusCard model={model} />, { ...size, headers: { 'cache-control': 'no-store' } });
}
