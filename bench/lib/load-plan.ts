/**
 * Who signs in for the load test and what each simulated user works on, read from the database
 * before the server starts: the sessions, each worker's own open tickets (disjoint, so two
 * workers never race on one ticket), tickets to open at random, and filter values for the lists.
 */
import Database from 'better-sqlite3';
import { Random } from '../../db/seed/random';
import { OPEN_STATUSES, type Role, type Status, type TicketKind } from '../../lib/domain/enums';

export type Employee = { id: number; email: string; role: Role };
export type OwnTicket = { id: number; status: Status; kind: TicketKind };
export type WorkerPlan = { index: number; employee: Employee; tickets: OwnTicket[] };

export type LoadPlan = {
  tickets: number;
  /** The distinct sign-ins; workers share them round-robin when there are fewer than workers. */
  employees: Employee[];
  workers: WorkerPlan[];
  /** Tickets anyone may open: a random sample of the whole table, mostly closed ones. */
  detailIds: number[];
  /** Technicians for the assignee filter. */
  technicianIds: number[];
  /** Prefixes of client surnames for the search box. */
  searchTerms: string[];
};

/** Each worker's own tickets: enough to move along without revisiting one at once. */
const TICKETS_PER_WORKER = 10;
const DETAIL_SAMPLE = 2000;
const SEARCH_TERMS = 20;
const ASSIGNEE_FILTERS = 20;
const SEED = 20260110;

/**
 * The open statuses a status click moves through. Not `awaiting_approval`: sending the estimate
 * needs its lines first (issue 16), which a status click does not add. The plan picks only tickets
 * in one of these (load-ticket-forms.ts moves them).
 */
export const LOAD_CYCLE: readonly Status[] = OPEN_STATUSES.filter((s) => s !== 'awaiting_approval');

const OPEN_LIST = LOAD_CYCLE.map((s) => `'${s}'`).join(', ');
const isManager = (e: Employee) => e.role === 'manager' || e.role === 'admin';

type Db = Database.Database;

/** Managers and admins first (there are few), then the technicians with the most open work. */
function chooseEmployees(db: Db, users: number): Employee[] {
  const managers = db.prepare(`SELECT id, email, role FROM employees WHERE active = 1 AND role != 'technician' ORDER BY id`).all() as Employee[];
  const technicians = db
    .prepare(
      `SELECT e.id, e.email, e.role FROM employees e
         LEFT JOIN tickets t ON t.assignee_id = e.id AND t.status IN (${OPEN_LIST})
        WHERE e.active = 1 AND e.role = 'technician'
        GROUP BY e.id ORDER BY count(t.id) DESC, e.id`,
    )
    .all() as Employee[];
  const wantedManagers = Math.min(managers.length, Math.max(1, Math.round(users / 8)));
  const chosen = [...managers.slice(0, wantedManagers), ...technicians.slice(0, users - wantedManagers)];
  return chosen.length < users ? [...chosen, ...managers.slice(wantedManagers, wantedManagers + users - chosen.length)] : chosen;
}

/**
 * A technician may move and comment only on tickets assigned to them, so their workers split
 * those; managers' workers take open tickets assigned to nobody among the signed-in technicians.
 */
function assignTickets(db: Db, employees: Employee[], users: number): WorkerPlan[] {
  const workers: WorkerPlan[] = Array.from({ length: users }, (_, index) => ({ index, employee: employees[index % employees.length], tickets: [] }));
  const mine = db.prepare(`SELECT id, status, kind FROM tickets WHERE assignee_id = ? AND status IN (${OPEN_LIST}) ORDER BY id DESC LIMIT ?`);
  for (const employee of employees.filter((e) => !isManager(e))) {
    const sharing = workers.filter((w) => w.employee.id === employee.id);
    const rows = mine.all(employee.id, sharing.length * TICKETS_PER_WORKER) as OwnTicket[];
    rows.forEach((row, i) => sharing[i % sharing.length].tickets.push(row));
  }
  const managerWorkers = workers.filter((w) => isManager(w.employee));
  const techIds = employees.filter((e) => !isManager(e)).map((e) => e.id);
  const pool = db
    .prepare(
      `SELECT id, status, kind FROM tickets
        WHERE status IN (${OPEN_LIST}) AND (assignee_id IS NULL OR assignee_id NOT IN (SELECT value FROM json_each(?)))
        ORDER BY id DESC LIMIT ?`,
    )
    .all(JSON.stringify(techIds), managerWorkers.length * TICKETS_PER_WORKER) as OwnTicket[];
  pool.forEach((row, i) => managerWorkers[i % managerWorkers.length].tickets.push(row));
  return workers;
}

/** Random existing ids between the smallest and the largest (ids may have gaps after deletes). */
function sampleTicketIds(db: Db, rng: Random, count: number): number[] {
  const { lo, hi } = db.prepare('SELECT min(id) AS lo, max(id) AS hi FROM tickets').get() as { lo: number; hi: number };
  const exists = db.prepare('SELECT 1 FROM tickets WHERE id = ?');
  const ids: number[] = [];
  for (let tries = 0; ids.length < count && tries < count * 20; tries++) {
    const id = rng.int(lo, hi);
    if (exists.get(id)) ids.push(id);
  }
  return ids;
}

function searchTerms(db: Db, rng: Random): string[] {
  const { lo, hi } = db.prepare('SELECT min(id) AS lo, max(id) AS hi FROM clients').get() as { lo: number; hi: number };
  const nameOf = db.prepare('SELECT name FROM clients WHERE id = ?');
  const terms = new Set<string>();
  for (let tries = 0; terms.size < SEARCH_TERMS && tries < SEARCH_TERMS * 20; tries++) {
    const row = nameOf.get(rng.int(lo, hi)) as { name: string } | undefined;
    const word = row?.name.split(/\s+/).findLast((w) => w.length >= 4);
    if (word) terms.add(word.slice(0, 5).toLocaleLowerCase());
  }
  return [...terms];
}

export function planLoad(file: string, users: number): LoadPlan {
  const db = new Database(file, { readonly: true });
  try {
    const rng = new Random(SEED);
    const employees = chooseEmployees(db, users);
    if (employees.length === 0) throw new Error(`no active employees in ${file}`);
    const technicianIds = (db.prepare(`SELECT id FROM employees WHERE active = 1 AND role = 'technician' ORDER BY id LIMIT ?`).all(ASSIGNEE_FILTERS) as { id: number }[]).map((r) => r.id);
    return {
      tickets: (db.prepare('SELECT count(*) AS n FROM tickets').get() as { n: number }).n,
      employees,
      workers: assignTickets(db, employees, users),
      detailIds: sampleTicketIds(db, rng, DETAIL_SAMPLE),
      technicianIds,
      searchTerms: searchTerms(db, rng),
    };
  } finally {
    db.close();
  }
}
