import { createStaffSession } from '@/db/queries/staff-sessions';
import { randomBytes } from 'node:crypto';
import type { Db } from '@/db';
import { one } from '@/db/exec';
import { notifications } from '@/db/tables';
import { createTicket } from '@/lib/tickets/commands';
import { hashPassword } from '@/lib/auth/password';
import { storeAttachment } from '@/lib/attachments/commands';
import type { Role } from '@/lib/domain/enums';
import { intakeOf, makeClient, makeDepartment, makeEmployee } from '../../helpers/records';
import type { Staff } from '../../helpers/session-mock';

let phones = 0;

export type Who = 'anonymous' | Role;
export const EVERYONE: Who[] = ['anonymous', 'technician', 'manager', 'admin'];

export const CALLER_PASSWORD = 'Current-pass-2026';
let callerHash: Promise<string> | undefined;

/** Fresh records for one call: the technician is the caller when `who` is technician. */
export async function arrange(db: Db, who: Who) {
  callerHash ??= hashPassword(CALLER_PASSWORD);
  const passwordHash = await callerHash;
  const dept = await makeDepartment(db);
  const staff = async (role: Role): Promise<Staff> => {
    const e = await makeEmployee(db, { departmentId: dept.id, role, passwordHash });
    return { id: e.id, fullName: e.fullName, email: e.email, role, locale: 'en', departmentId: dept.id };
  };
  const caller = who === 'anonymous' ? null : await staff(who);
  const technician = who === 'technician' ? caller! : await staff('technician');
  const colleague = await staff('technician');
  const client = await makeClient(db);
  const createTicketFor = async (assigneeId: number | null) =>
    await createTicket(
      intakeOf(client.id, dept.id, { assigneeId, title: 'Matrix' }),
      { ...technician, role: 'manager' },
    );
  const ticket = createTicketFor;
  const failedNotification = () =>
    one(
      db
        .insert(notifications)
        .values({
          kind: 'digest',
          recipientType: 'employee',
          recipientAddress: 'x@test.local',
          locale: 'en',
          subject: 'Digest',
          html: '<p>x</p>',
          text: 'x',
          state: 'failed',
          dedupeKey: `matrix:${randomBytes(8).toString('hex')}`,
        })
        .returning(),
    );
  /** A photo on the technician's ticket, uploaded by a colleague (so the technician is not its uploader). */
  const attachment = async () => {
    const ticket = await createTicketFor(technician.id);
    return storeAttachment({ ticketId: ticket.id, name: 'photo.png', bytes: pngBytes(), visible: true }, { ...colleague, role: 'manager' });
  };
  const unique = () => randomBytes(4).toString('hex');
  /** Another sign-in of the caller (the technician's when anonymous), as the profile lists it. */
  const otherSession = async () => (await createStaffSession({ employeeId: (caller ?? technician).id, userAgent: 'Matrix', address: '', ttlMs: 3_600_000 })).id;
  const phone = () => `+7913${String(++phones).padStart(7, '0')}`;
  const emptyDepartment = async () => (await makeDepartment(db)).id;
  return { dept, caller, callerPassword: CALLER_PASSWORD, technician, colleague, client, ticket, attachment, failedNotification, unique, phone, emptyDepartment, otherSession };
}

export type Arranged = Awaited<ReturnType<typeof arrange>>;

/** A distinct, valid 1×1 PNG each time (the trailing chunk differs), so uploads never collide as duplicates. */
export function pngBytes(): Uint8Array {
  const base = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  return new Uint8Array(Buffer.concat([base, randomBytes(8)]));
}
