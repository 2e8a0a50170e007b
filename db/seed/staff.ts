/** Departments and employees: the demo accounts first, then a manager per department and technicians. */
import type Database from 'better-sqlite3';
import type { Locale, Role } from '@/lib/domain/enums';
import { DAY, HOUR } from './clock';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { DEPARTMENTS, POSITIONS } from './departments';
import { personName, translit, UniqueEmails } from './names';
import type { Random } from './random';

export interface Staff {
  departmentIds: number[];
  /** Everyone seeded, the demo accounts included. */
  count: number;
  /** Per department: the manager who assigns and hands over. */
  managerOf: number[];
  /** Per department: active technicians, the demo technician twice so the demo account has work. */
  techniciansOf: number[][];
  /** Per department: technicians who have left; they appear only on old, finished tickets. */
  formerTechniciansOf: number[][];
  /** Per department: everyone active who may register a ticket. */
  receptionOf: number[][];
}

export interface PasswordHashes {
  /** One per demo account, in DEMO_ACCOUNTS order. */
  demo: readonly string[];
  /**
   * Every other employee's: one random password, never printed, so no one can sign in as them
   * until an admin sets a password. Shared, as argon2 costs ~30 ms a hash and a million-ticket
   * seed has 200 employees; a password no one knows gains nothing from being unique.
   */
  shared: string;
}

interface Plan {
  role: Role;
  department: number;
  /** An English-speaking technician: English name, position and interface, in a Russian team. */
  english?: boolean;
}

/** Every seventh technician: two in the default demo of 20 employees, a small minority in any bigger one. */
const ENGLISH_TECHNICIAN_EVERY = 7;

/** Who gets which role: demo accounts, a manager for every other department, one more admin, technicians. */
function planRoles(count: number, departments: number): Plan[] {
  const plans: Plan[] = DEMO_ACCOUNTS.map((a) => ({ role: a.role, department: 0 }));
  for (let d = 1; d < departments && plans.length < count; d++) plans.push({ role: 'manager', department: d });
  if (plans.length < count) plans.push({ role: 'admin', department: 0 });
  for (let j = 0; plans.length < count; j++) {
    plans.push({ role: 'technician', department: j % departments, english: j % ENGLISH_TECHNICIAN_EVERY === 3 });
  }
  return plans;
}

export function insertDepartments(sqlite: Database.Database, now: number, days: number): number[] {
  const insert = sqlite.prepare(
    'INSERT INTO departments (name, name_key, description, email, phone, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const base = now - (days + 400) * DAY;
  return DEPARTMENTS.map((d, i) => {
    const at = base + i * HOUR;
    return Number(insert.run(d.name, d.name.trim().toLocaleLowerCase(), d.description, d.email, d.phone, at, at).lastInsertRowid);
  });
}

export function insertEmployees(
  sqlite: Database.Database,
  rng: Random,
  opts: { count: number; now: number; days: number; departmentIds: number[]; hashes: PasswordHashes },
): Staff {
  const insert = sqlite.prepare(
    `INSERT INTO employees (full_name, email, phone, position, department_id, role, password_hash, active, locale,
       digest_opt_out, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const departments = opts.departmentIds.length;
  const staff: Staff = {
    departmentIds: opts.departmentIds,
    count: 0,
    managerOf: [],
    techniciansOf: opts.departmentIds.map(() => []),
    formerTechniciansOf: opts.departmentIds.map(() => []),
    receptionOf: opts.departmentIds.map(() => []),
  };
  const emails = new UniqueEmails(DEMO_ACCOUNTS.map((a) => a.email));
  const plans = planRoles(Math.max(opts.count, DEMO_ACCOUNTS.length), departments);
  const base = opts.now - (opts.days + 300) * DAY;
  const lastTechnician = plans.length >= 8 ? plans.length - 1 : -1; // someone who has left: shows the inactive state

  plans.forEach((plan, i) => {
    const demo = DEMO_ACCOUNTS[i];
    const english = !demo && plan.english === true;
    const locale: Locale = english ? 'en' : 'ru';
    const name = personName(rng, english);
    const fullName = demo ? demo.fullName : `${name.first} ${name.last}`;
    const email = demo ? demo.email : emails.take(`${translit(name.first)}.${translit(name.last)}`, 'demo.test');
    const position = demo ? demo.position : rng.pick(POSITIONS[plan.role])[locale];
    const active = i !== lastTechnician;
    const digestOptOut = !demo && rng.chance(0.1);
    const phone = `+7916${String(rng.int(0, 9_999_999)).padStart(7, '0')}`;
    const at = base + i * 3 * HOUR;
    const hash = demo ? opts.hashes.demo[i] : opts.hashes.shared;
    const departmentId = opts.departmentIds[plan.department];
    const id = Number(
      insert.run(fullName, email, phone, position, departmentId, plan.role, hash, active ? 1 : 0, locale, digestOptOut ? 1 : 0, at, at)
        .lastInsertRowid,
    );

    staff.count++;
    if (plan.role === 'manager' && staff.managerOf[plan.department] === undefined) staff.managerOf[plan.department] = id;
    if (plan.role === 'technician') {
      const list = active ? staff.techniciansOf[plan.department] : staff.formerTechniciansOf[plan.department];
      list.push(id);
      if (demo) list.push(id);
    }
    if (active) staff.receptionOf[plan.department].push(id);
  });

  fillGaps(staff);
  return staff;
}

/** With very few employees some departments have no manager or technician: borrow from department 0. */
function fillGaps(staff: Staff) {
  const anyManager = staff.managerOf.find((id) => id !== undefined) ?? staff.receptionOf[0][0];
  const allTechnicians = staff.techniciansOf.flat();
  for (let d = 0; d < staff.departmentIds.length; d++) {
    staff.managerOf[d] ??= anyManager;
    if (staff.techniciansOf[d].length === 0) staff.techniciansOf[d] = allTechnicians.length > 0 ? allTechnicians : [staff.managerOf[d]];
    if (staff.receptionOf[d].length === 0) staff.receptionOf[d] = [staff.managerOf[d]];
  }
}
