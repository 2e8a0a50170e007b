import { db, transaction } from '@/db';
import { employeeTelegram, setEmployeeNotifyVia } from '@/db/queries/telegram-chats';
import type { StaffChannel } from '@/lib/domain/enums';

/**
 * The employee's choice of channel for their notices and digest. Telegram only with a connected
 * chat, read in the writing transaction. False: refused (no chat connected).
 */
export async function chooseStaffChannel(employeeId: number, via: StaffChannel, now = new Date()): Promise<boolean> {
  return transaction((tx) => {
    if (via === 'telegram' && !employeeTelegram(tx, employeeId)?.chatId) return false;
    setEmployeeNotifyVia(tx, employeeId, via, now);
    return true;
  });
}

/** What the profile shows: the chat connected or not, and the current choice. */
export function staffTelegramState(employeeId: number) {
  const row = employeeTelegram(db(), employeeId);
  return { connected: Boolean(row?.chatId), notifyVia: row?.notifyVia ?? 'email' };
}
