import { randomBytes } from 'node:crypto';
import type { Db } from '@/db';
import { clients, departments, employees, tickets } from '@/db/schema';
import type { Role } from '@/lib/domain/enums';
import type { TicketIntake } from '@/lib/validation/tickets';

let counter = 0;
const next = () => ++counter;

export function makeDepartment(db: Db, name = `Dept ${next()}`) {
  return db.insert(departments).values({ name, nameKey: name.toLocaleLowerCase() }).returning().get();
}

export function makeEmployee(
  db: Db,
  opts: { departmentId: number; role?: Role; email?: string; passwordHash?: string; active?: boolean },
) {
  const n = next();
  return db
    .insert(employees)
    .values({
      fullName: `Employee ${n}`,
      email: opts.email ?? `employee${n}@test.local`,
      departmentId: opts.departmentId,
      role: opts.role ?? 'technician',
      passwordHash: opts.passwordHash ?? 'not-a-hash',
      active: opts.active ?? true,
    })
    .returning()
    .get();
}

export function makeClient(db: Db) {
  const n = next();
  return db.insert(clients).values({ name: `Client ${n}`, phone: `+7912${String(n).padStart(7, '0')}` }).returning().get();
}

export function makeTicket(db: Db, opts: { clientId: number; departmentId: number; assigneeId?: number; createdAt?: Date }) {
  return db
    .insert(tickets)
    .values({
      publicToken: randomBytes(16).toString('base64url'),
      kind: 'repair',
      channel: 'walk_in',
      title: `Ticket ${next()}`,
      ...opts,
    })
    .returning()
    .get();
}

/** What the intake form gives createTicket for a plain repair; `patch` sets what a test cares about. */
export function intakeOf(clientId: number, departmentId: number, patch: Partial<TicketIntake> = {}): TicketIntake {
  return {
    kind: 'repair',
    channel: 'walk_in',
    clientId,
    departmentId,
    assigneeId: null,
    priority: 'normal',
    dueDate: null,
    title: 'Laptop does not start',
    description: '',
    deviceType: null,
    brand: null,
    model: null,
    serialNumber: null,
    accessories: null,
    intakeCondition: null,
    warranty: false,
    ...patch,
  };
}
