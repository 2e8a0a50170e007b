import { parseTicketNumber } from '@/lib/tickets/number';
import { formFields, postForm, type HttpSession } from './http-forms';

/**
 * What a desk keeps doing while a server is killed (the crash tests): new tickets posted through
 * the intake form one after another, every other one also moved to diagnostics, until the server
 * stops answering. Records what the server acknowledged, so a test can look for it afterwards.
 */
export function writeBursts(intakeFields: Record<string, string>) {
  const state = { sent: 0, cutOff: 0, acknowledged: [] as number[], moved: [] as number[] };
  /** `count` intakes through `session`; a request that finds no server ends the burst (counted in cutOff). */
  const burst = async (session: HttpSession, name: string, count: number) => {
    for (let i = 0; i < count; i++) {
      state.sent++;
      const res = await postForm(session, '/tickets/new', { ...intakeFields, title: `Crash ${name}-${i}` }).catch(() => null);
      const location = res?.status === 303 ? res.headers.get('location') : null;
      if (!location) return void state.cutOff++; // the server is gone
      const id = parseTicketNumber(location.split('/').pop()!)!;
      state.acknowledged.push(id);
      if (i % 2 === 1) continue;
      // Every other new ticket also gets a status change, acknowledged by the re-rendered page.
      const status = await formFields(session, location, /data-testid="status-control"/).catch(() => null);
      const moved = status && (await postForm(session, location, { ...status, to: 'diagnostics' }).catch(() => null));
      if (moved?.status !== 200) return void state.cutOff++;
      const page = await moved.text().catch(() => null); // the kill may cut the page off halfway
      if (page === null) return void state.cutOff++;
      if (page.includes('data-testid="status-error"')) throw new Error(`status change of ${id} refused`);
      state.moved.push(id);
    }
  };
  return { state, burst };
}
