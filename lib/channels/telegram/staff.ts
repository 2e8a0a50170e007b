import { db, transaction } from '@/db';
import { employeeTelegram, setEmployeeNotifyVia } from '@/db/queries/telegram-chats';
import type { StaffChannel } from '@/lib/domain/enums';

/**
 * The employee's choice of channel for their notices and digest. Telegram only with a connected
 * chat, read in the writing transaction. False: refused (no chat connected).
 */
export async function chooseStaffChannel(employeeId: number, via: StaffChannel, now = new Date()): Promise<boolean> {
  return transaction(async (tx) => {
    if (via === 'telegram' && !(await employeeTelegram(tx, employeeId))?.chatId) return false;
    await setEmployeeNotifyVia(tx, employeeId, via, now);
    return true;
  });
}

/** What the profile shows: the chat connected or not, and the current choice. */
export async function staffTelegramState(employeeId: number) {
  const row = await employeeTelegram(db(), employeeId);
  return { connected: Boolean(row?.chatId), notifyVia: row?.notifyVia ?? 'email' };
}
