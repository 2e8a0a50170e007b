import 'server-only';
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { db } from '@/db';
import { clients, employees, inboundMessages, notifications, tickets } from '@/db/tables';
import { OPEN_STATUSES } from '@/lib/domain/enums';
import type { Writer } from './audit';
import { affected, first } from '@/db/exec';

/**
 * Who is behind a Telegram chat, and the writes a chat causes (bind, stop, an incoming message).
 * A chat may belong to several client records (one person, two records) and to an employee.
 */

export async function clientsOfChat(writer: Writer, chatId: string) {
  return await writer
    .select({ id: clients.id, name: clients.name, contactPerson: clients.contactPerson, kind: clients.kind, locale: clients.locale })
    .from(clients)
    .where(eq(clients.telegramChatId, chatId))
    .orderBy(clients.id);
}

export async function employeesOfChat(writer: Writer, chatId: string) {
  return await writer
    .select({ id: employees.id, fullName: employees.fullName, locale: employees.locale })
    .from(employees)
    .where(and(eq(employees.telegramChatId, chatId), eq(employees.active, true)))
    .orderBy(employees.id);
}

export async function findClientForChat(writer: Writer, clientId: number) {
  return await first(
    writer
      .select({ id: clients.id, name: clients.name, contactPerson: clients.contactPerson, kind: clients.kind, locale: clients.locale })
      .from(clients)
      .where(eq(clients.id, clientId))
      .limit(1),
  );
}

export async function findEmployeeForChat(writer: Writer, employeeId: number) {
  return await first(writer.select({ id: employees.id, fullName: employees.fullName, locale: employees.locale }).from(employees).where(eq(employees.id, employeeId)).limit(1));
}

/** The client's chat is this one, and a stop of Telegram is lifted: they opened a new link. */
export async function bindClientChat(writer: Writer, clientId: number, chatId: string, now: Date) {
  await writer.update(clients).set({ telegramChatId: chatId, telegramStoppedAt: null, updatedAt: now }).where(eq(clients.id, clientId));
}

export async function bindEmployeeChat(writer: Writer, employeeId: number, chatId: string, now: Date) {
  await writer.update(employees).set({ telegramChatId: chatId, updatedAt: now }).where(eq(employees.id, employeeId));
}

/**
 * Nothing more goes to this chat: its clients' Telegram is stopped, its employees' notices go by
 * e-mail again. Returns how many people that touched.
 */
export async function stopChat(writer: Writer, chatId: string, now: Date): Promise<number> {
  const c = affected(
    await writer
      .update(clients)
      .set({ telegramStoppedAt: now, updatedAt: now })
      .where(and(eq(clients.telegramChatId, chatId), isNull(clients.telegramStoppedAt))),
  );
  const e = affected(
    await writer
      .update(employees)
      .set({ notifyVia: 'email', updatedAt: now })
      .where(and(eq(employees.telegramChatId, chatId), eq(employees.notifyVia, 'telegram'))),
  );
  return c + e;
}

/** The ticket of the bot's message (a status message, an answer) that the client replied to in this chat. */
export async function ticketOfBotMessage(writer: Writer, chatId: string, messageId: number): Promise<number | undefined> {
  return (
    (await first(
      writer
        .select({ ticketId: notifications.ticketId })
        .from(notifications)
        .where(
          and(
            eq(notifications.channel, 'telegram'),
            eq(notifications.recipientType, 'client'),
            eq(notifications.recipientAddress, chatId),
            eq(notifications.providerMessageId, String(messageId)),
          ),
        )
        .limit(1),
    ))?.ticketId ?? undefined
  );
}

/** A ticket, if it is one of these clients'. */
export async function ticketOfClients(writer: Writer, ticketId: number, clientIds: number[]): Promise<{ id: number; clientId: number } | undefined> {
  return await first(
    writer
      .select({ id: tickets.id, clientId: tickets.clientId })
      .from(tickets)
      .where(and(eq(tickets.id, ticketId), inArray(tickets.clientId, clientIds)))
      .limit(1),
  );
}

/** The clients' most recently updated open ticket: where a message that replies to nothing goes. */
export async function latestOpenTicket(writer: Writer, clientIds: number[]): Promise<{ id: number; clientId: number } | undefined> {
  if (clientIds.length === 0) return undefined;
  return await first(
    writer
      .select({ id: tickets.id, clientId: tickets.clientId })
      .from(tickets)
      .where(and(inArray(tickets.clientId, clientIds), inArray(tickets.status, [...OPEN_STATUSES])))
      .orderBy(desc(tickets.updatedAt), desc(tickets.id))
      .limit(1),
  );
}

export type NewInbound = typeof inboundMessages.$inferInsert;

/** The message, once: a repeated update (same source and external id) inserts nothing and returns undefined. */
export async function insertInbound(writer: Writer, row: NewInbound): Promise<number | undefined> {
  return (await first(writer.insert(inboundMessages).values(row).onConflictDoNothing().returning({ id: inboundMessages.id })))?.id;
}

/** What the status page needs: is the ticket's client connected to the bot (and not stopped)? */
export async function clientTelegramOfTicket(ticketId: number) {
  return await first(
    db()
      .select({ clientId: clients.id, chatId: clients.telegramChatId, stoppedAt: clients.telegramStoppedAt })
      .from(tickets)
      .innerJoin(clients, eq(clients.id, tickets.clientId))
      .where(eq(tickets.id, ticketId))
      .limit(1),
  );
}

/** The employee's chat and choice, for the profile. */
export async function employeeTelegram(writer: Writer, employeeId: number) {
  return await first(writer.select({ chatId: employees.telegramChatId, notifyVia: employees.notifyVia }).from(employees).where(eq(employees.id, employeeId)).limit(1));
}

/** The locale of whoever the chat belongs to (a client first), for the buttons under a message. */
export async function chatLocale(chatId: string) {
  return (await clientsOfChat(db(), chatId))[0]?.locale ?? (await employeesOfChat(db(), chatId))[0]?.locale;
}

export async function setEmployeeNotifyVia(writer: Writer, employeeId: number, via: 'email' | 'telegram', now: Date) {
  await writer.update(employees).set({ notifyVia: via, updatedAt: now }).where(eq(employees.id, employeeId));
}
