/**
 * One simulated member of staff: until the deadline, picks an operation by weight (a list, a
 * ticket, a status change, a comment), makes it as a browser without JavaScript would, and
 * records its latency and outcome. No think time: each worker keeps one request in flight.
 */
import { cumulative, Random } from '../../db/seed/random';
import { ticketHref } from '../../lib/tickets/number';
import { nextPageHref } from './load-html';
import { exchange, statusFailure, type Reply, type Session } from './load-http';
import type { LoadPlan, OwnTicket, WorkerPlan } from './load-plan';
import type { Failure, Operation, Recorder } from './load-stats';
import { commentFailure, nextStatus, readTicketForms, statusChangeFailure, type TicketForms } from './load-ticket-forms';

export const MIX: Record<Operation, number> = { list: 40, detail: 30, status: 15, comment: 15 };
const LIST_MIX = { default: 25, status: 20, assignee: 20, search: 15, 'next page': 20 } as const;
type ListVariant = keyof typeof LIST_MIX;
const STATUS_FILTERS = ['open', 'new', 'in_progress', 'awaiting_parts', 'ready', 'closed'] as const;

const OPS = Object.keys(MIX) as Operation[];
const OP_WEIGHTS = cumulative(Object.values(MIX));
const LIST_VARIANTS = Object.keys(LIST_MIX) as ListVariant[];
const LIST_WEIGHTS = cumulative(Object.values(LIST_MIX));

type Mine = OwnTicket & { forms: TicketForms | null };
/** Requests started before `measureFrom` go to the warm-up recorder, the rest to the measured one. */
export type WorkerContext = { session: Session; plan: LoadPlan; warmup: Recorder; measured: Recorder; measureFrom: number; deadline: number };

export class SimulatedUser {
  private readonly rng: Random;
  private readonly mine: Mine[];
  private turn = 0;
  private comments = 0;
  private nextHref: string | null = null;

  constructor(
    private readonly worker: WorkerPlan,
    private readonly ctx: WorkerContext,
  ) {
    this.rng = new Random(1000 + worker.index);
    this.mine = worker.tickets.map((t) => ({ ...t, forms: null }));
  }

  async run() {
    while (performance.now() < this.ctx.deadline) {
      const op = this.rng.weighted(OPS, OP_WEIGHTS);
      if (op === 'list') await this.list();
      else if (op === 'detail') await this.detail();
      else if (op === 'status') await this.changeStatus();
      else await this.comment();
    }
  }

  /** Records one request; a reply is judged by `judge` (default: a 200), a failed one needs no judging. */
  private async request(op: Operation, variant: string, path: string, form?: Record<string, string>, judge?: (r: Reply) => Failure | null): Promise<Reply | null> {
    const recorder = performance.now() < this.ctx.measureFrom ? this.ctx.warmup : this.ctx.measured;
    const answer = await exchange(this.ctx.session, path, form);
    if ('failure' in answer) {
      recorder.record({ op, variant, ms: answer.ms, failure: answer.failure, path });
      return null;
    }
    const failure = statusFailure(answer) ?? judge?.(answer) ?? null;
    recorder.record({ op, variant, ms: answer.ms, failure, path });
    return failure ? null : answer;
  }

  /** After a failed write the ticket's state is unknown: the worker leaves it, so one error stays one error. */
  private drop(ticket: Mine) {
    this.mine.splice(this.mine.indexOf(ticket), 1);
  }

  private listPath(): [ListVariant, string] {
    const variant = this.rng.weighted(LIST_VARIANTS, LIST_WEIGHTS);
    const { plan } = this.ctx;
    const technician = this.worker.employee.role === 'technician';
    switch (variant) {
      case 'status':
        return [variant, `/tickets?status=${this.rng.pick(STATUS_FILTERS)}`];
      case 'assignee':
        return [variant, `/tickets?assignee=${technician && this.rng.chance(0.5) ? 'me' : this.rng.pick(plan.technicianIds)}`];
      case 'search':
        return [variant, `/tickets?q=${encodeURIComponent(this.rng.pick(plan.searchTerms))}`];
      case 'next page':
        return this.nextHref ? [variant, this.nextHref] : ['default', '/tickets'];
      default:
        return [variant, '/tickets'];
    }
  }

  private async list() {
    const [variant, path] = this.listPath();
    const reply = await this.request('list', variant, path, undefined, judgeListPage);
    // The next "next page" goes on from whichever list was seen last, as a user clicking on would.
    if (reply) this.nextHref = nextPageHref(reply.html);
  }

  /** Half the time one of the worker's own tickets (which refreshes its forms), else any ticket. */
  private async detail() {
    if (this.mine.length > 0 && this.rng.chance(0.5)) {
      await this.openOwn(this.rng.pick(this.mine));
      return;
    }
    await this.request('detail', 'any ticket', ticketHref(this.rng.pick(this.ctx.plan.detailIds)), undefined, judgeTicketPage);
  }

  private async openOwn(ticket: Mine): Promise<TicketForms | null> {
    const reply = await this.request('detail', 'own ticket', ticketHref(ticket.id), undefined, judgeOwnTicketPage);
    ticket.forms = reply ? readTicketForms(reply.html) : null;
    return ticket.forms;
  }

  /** The worker's tickets in turn, so each has time to settle before its next write. */
  private async ownTicketForms(): Promise<Mine | null> {
    if (this.mine.length === 0) return null;
    const ticket = this.mine[this.turn++ % this.mine.length];
    return (ticket.forms ?? (await this.openOwn(ticket))) ? ticket : null;
  }

  private async changeStatus() {
    const ticket = await this.ownTicketForms();
    if (!ticket?.forms) return this.detail(); // nothing of its own to move: a read instead
    const to = nextStatus(ticket, this.worker.employee.role);
    const before = ticket.forms.version;
    const reply = await this.request('status', `→ ${to}`, ticketHref(ticket.id), { ...ticket.forms.status, to }, (r) => statusChangeFailure(r.html, before));
    if (!reply) return this.drop(ticket);
    ticket.forms = readTicketForms(reply.html);
    ticket.status = to;
  }

  private async comment() {
    const ticket = await this.ownTicketForms();
    if (!ticket?.forms) return this.detail();
    const body = `Проверка под нагрузкой: клиенту перезвонили (w${this.worker.index}-${++this.comments})`;
    const form = { ...ticket.forms.comment, body, visibility: 'internal' };
    const reply = await this.request('comment', 'internal', ticketHref(ticket.id), form, (r) => commentFailure(r.html, body));
    if (!reply) return this.drop(ticket);
    ticket.forms = readTicketForms(reply.html);
  }
}

function judgeListPage(r: Reply): Failure | null {
  return r.html.includes('data-testid="ticket-total"') ? null : { kind: 'unexpected page', detail: 'no ticket list on the page' };
}

function judgeTicketPage(r: Reply): Failure | null {
  return r.html.includes('data-testid="ticket-number"') ? null : { kind: 'unexpected page', detail: 'no ticket on the page' };
}

/** The worker may move and comment on its own tickets, so their page must offer both forms. */
function judgeOwnTicketPage(r: Reply): Failure | null {
  return judgeTicketPage(r) ?? (readTicketForms(r.html) ? null : { kind: 'unexpected page', detail: 'no status or comment form on an own ticket' });
}
