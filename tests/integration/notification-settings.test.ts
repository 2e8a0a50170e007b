import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { saveNotificationRulesAction } from '@/app/(staff)/settings/notifications/actions';
import { readClientNotificationRules } from '@/db/queries/notification-rules';
import { MESSAGE_CHANNELS, STATUSES, type Role } from '@/lib/domain/enums';
import { makeDepartment, makeEmployee } from '../helpers/records';
import { signInAs, type Staff } from '../helpers/session-mock';
import { setupTestDatabase } from '../helpers/test-db';

vi.mock('@/lib/auth/session', () => import('../helpers/session-mock'));

/** /settings/notifications: which statuses tell the client, per channel (managers and admins). */
const database = setupTestDatabase();
let departmentId = 0;

async function staff(role: Role): Promise<Staff> {
  const e = await makeEmployee(database(), { departmentId, role });
  return { id: e.id, fullName: e.fullName, email: e.email, role, locale: 'en', departmentId };
}

/** The form as the browser posts it: a field for every ticked box, nothing for the others. */
function ticked(cells: string[]) {
  const form = new FormData();
  for (const cell of cells) form.set(cell, 'on');
  return form;
}

beforeAll(async () => {
  departmentId = (await makeDepartment(database())).id;
});

afterAll(() => signInAs(null));

describe('saving the client notification settings', () => {
  it('a manager saves the whole table: ticked cells on, the rest off', async () => {
    signInAs(await staff('manager'));
    const result = await saveNotificationRulesAction(undefined, ticked(['new:sms', 'ready:sms', 'ready:email', 'in_progress:telegram']));
    expect(result).toMatchObject({ ok: true, message: 'Saved. The next messages follow the new settings.' });
    const rules = await readClientNotificationRules();
    const on = STATUSES.flatMap((s) => MESSAGE_CHANNELS.filter((c) => rules[s][c]).map((c) => `${s}:${c}`));
    expect(on.sort()).toEqual(['in_progress:telegram', 'new:sms', 'ready:email', 'ready:sms']);
  });

  it('a technician is refused and nothing changes', async () => {
    const before = await readClientNotificationRules();
    signInAs(await staff('technician'));
    const result = await saveNotificationRulesAction(undefined, ticked([]));
    expect(result).toMatchObject({ message: 'You do not have permission to do this.' });
    expect(await readClientNotificationRules()).toEqual(before);
  });

  it('a signed-out caller is sent to sign in', async () => {
    signInAs(null);
    await expect(saveNotificationRulesAction(undefined, ticked([]))).rejects.toMatchObject({ digest: expect.stringContaining(';/login;') });
  });

  it('a box with a value no browser sends is refused with nothing saved', async () => {
    const before = await readClientNotificationRules();
    signInAs(await staff('admin'));
    const form = ticked([]);
    form.set('ready:sms', '<script>');
    const result = await saveNotificationRulesAction(undefined, form);
    expect(result.fieldErrors?.['ready:sms']).toEqual(['Choose one of the options.']);
    expect(await readClientNotificationRules()).toEqual(before);
  });
});
