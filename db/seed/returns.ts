/**
 * Devices that come back, so the ticket page's device history has something to show: each
 * client's last repaired device is remembered, and a later ticket of theirs may bring the same
 * one (same serial number) back: under warranty soon after the repair, as a paid repair later.
 * Column-wise in typed arrays, like the ClientBook: a million-ticket run has ~150,000 clients.
 */
import type { Content, ReturningDevice } from './content';
import type { Random } from './random';

export type Comeback = 'none' | 'paid' | 'warranty';

type DeviceContent = Pick<Content, 'pick' | 'serialNumber'>;

/** Share of tickets that bring a device back, of those whose client could. */
const RETURN_CHANCE = 0.12;
/** Share of the returns inside the warranty period that the warranty covers (the rest: another fault). */
const WARRANTY_CHANCE = 0.75;
/**
 * Ages here are estimated from a ticket's place in the run, not from the clock (so the choice
 * never depends on the time of day), and may be off by a day or so: a device comes back at
 * least this many days after its repair closed...
 */
const MIN_GAP_DAYS = 3;
/** ...and a warranty return at most this many: inside the 90 days our repairs carry (the public page says so). */
const WARRANTY_GAP_DAYS = 85;
/** The first repair and at most two returns. */
const MAX_VISITS = 3;

export class RepairHistory {
  /** Days before "now" the client's last repair closed; NaN while they have no device to bring back. */
  private readonly closedAge: Float64Array;
  private readonly ticket: Int32Array;
  private readonly department: Uint8Array;
  private readonly device: Uint8Array;
  private readonly brand: Uint8Array;
  private readonly model: Uint8Array;
  private readonly fault: Uint8Array;
  private readonly visits: Uint8Array;
  private readonly serials: (string | undefined)[];
  private readonly back: ReturningDevice = { pick: { device: 0, brand: 0, model: 0, fault: 0 }, serialNumber: '', earlierTicket: 0 };

  constructor(clients: number) {
    this.closedAge = new Float64Array(clients).fill(NaN);
    this.ticket = new Int32Array(clients);
    this.department = new Uint8Array(clients);
    this.device = new Uint8Array(clients);
    this.brand = new Uint8Array(clients);
    this.model = new Uint8Array(clients);
    this.fault = new Uint8Array(clients);
    this.visits = new Uint8Array(clients);
    this.serials = new Array<string | undefined>(clients);
  }

  /** Whether the client's ticket at `ageDays` brings their device back, and on which terms. Draws only when it could. */
  comesBack(rng: Random, client: number, ageDays: number): Comeback {
    const gap = this.closedAge[client] - ageDays; // NaN (nothing to bring back) fails every comparison
    if (!(gap >= MIN_GAP_DAYS) || this.visits[client] >= MAX_VISITS || !rng.chance(RETURN_CHANCE)) return 'none';
    return gap <= WARRANTY_GAP_DAYS && rng.chance(WARRANTY_CHANCE) ? 'warranty' : 'paid';
  }

  /** The department that repaired the client's device. */
  departmentOf(client: number): number {
    return this.department[client];
  }

  /** The client's device as it was repaired; one object, refilled on every call. */
  deviceOf(client: number): ReturningDevice {
    const back = this.back;
    back.pick.device = this.device[client];
    back.pick.brand = this.brand[client];
    back.pick.model = this.model[client];
    back.pick.fault = this.fault[client];
    back.serialNumber = this.serials[client] ?? '';
    back.earlierTicket = this.ticket[client];
    return back;
  }

  /**
   * Notes a repair that has closed `closedAge` days before "now": the client may bring this
   * device back later (instead of whatever they could have brought before). `returned`: this
   * repair was itself a return of the device.
   */
  repaired(client: number, ticket: number, department: number, content: DeviceContent, closedAge: number, returned: boolean) {
    this.visits[client] = returned ? this.visits[client] + 1 : 1;
    this.closedAge[client] = closedAge;
    this.ticket[client] = ticket;
    this.department[client] = department;
    this.device[client] = content.pick.device;
    this.brand[client] = content.pick.brand;
    this.model[client] = content.pick.model;
    this.fault[client] = content.pick.fault;
    this.serials[client] = content.serialNumber ?? undefined;
  }

  /** The device came back and is not repaired yet (or was taken away unrepaired): it does not come back again. */
  forget(client: number) {
    this.closedAge[client] = NaN;
  }
}
