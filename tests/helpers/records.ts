import { randomBytes } from 'node:crypto';
import type { Db } from '@/db';
import { one } from '@/db/exec';
import { clients, departments, employees, tickets } from '@/db/tables';
import type { Role } from '@/lib/domain/enums';
import type { TicketIntake } from '@/lib/validation/tickets';

/**
 * Rows a test arranges before it calls the app, on either engine (tests/helpers/test-db.ts): the
 * tables of the run's engine, each write awaited and its row returned.
 */
let counter = 0;
const next = () => ++counter;

export function makeDepartment(db: Db, name = `Dept ${next()}`) {
  return one(db.insert(departments).values({ name, nameKey: name.toLocaleLowerCase() }).returning());
}

export function makeEmployee(db: Db, opts: { departmentId: number; role?: Role; email?: string; passwordHash?: string; active?: boolean }) {
  const n = next();
  return one(
    db
      .insert(employees)
      .values({
        fullName: `Employee ${n}`,
        email: opts.email ?? `employee${n}@test.local`,
        departmentId: opts.departmentId,
        role: opts.role ?? 'technician',
        passwordHash: opts.passwordHash ?? 'not-a-hash',
        active: opts.active ?? true,
      })
      .returning(),
  );
}

export function makeClient(db: Db) {
  const n = next();
  return one(db.insert(clients).values({ name: `Client ${n}`, phone: `+7912${String(n).padStart(7, '0')}` }).returning());
}

export function makeTicket(db: Db, opts: { clientId: number; departmentId: number; assigneeId?: number; createdAt?: Date }) {
  return one(
    db
      .insert(tickets)
      .values({ publicToken: randomBytes(16).toString('base64url'), kind: 'repair', channel: 'walk_in', title: `Ticket ${next()}`, ...opts })
      .returning(),
  );
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
