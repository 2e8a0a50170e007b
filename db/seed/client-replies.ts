/**
 * Client messages in the demo (issue 18): a few open tickets whose client wrote back — by e-mail
 * or in Telegram — and is waiting for an answer, so the "client replied" badge, the replied=1
 * quick view and the dashboard's count have something to show; and two replies nobody could place,
 * for the managers' quarantine list. Chosen after the tickets, in SQL, so a million-ticket run
 * costs a few dozen rows.
 */
import type Database from 'better-sqlite3';
import type { Bilingual } from './catalog-repairs';

/** How many open tickets wait for an answer. */
const REPLIED_TICKETS = 12;

const REPLIES: readonly Bilingual[] = [
  { ru: 'Здравствуйте! Согласен на ремонт, делайте.', en: 'Hello! I agree to the repair, please go ahead.' },
  { ru: 'Подскажите, пожалуйста, когда можно будет забрать?', en: 'Could you tell me when I can pick it up?' },
  { ru: 'А можно поставить оригинальную запчасть? Доплачу, если нужно.', en: 'Can you fit an original part? I will pay extra if needed.' },
  { ru: 'Заберу завтра после 18:00, если можно.', en: 'I will pick it up tomorrow after 6 pm, if that is fine.' },
  { ru: 'Пароль от телефона: 1234. Данные не удаляйте, пожалуйста.', en: 'The phone’s passcode is 1234. Please do not wipe my data.' },
];

const MINUTE = 60_000;

export function insertClientReplies(sqlite: Database.Database, now: number): number {
  const picked = sqlite
    .prepare(
      `SELECT t.id, c.locale, c.email IS NOT NULL AS hasEmail FROM tickets t JOIN clients c ON c.id = t.client_id
       WHERE t.status IN ('awaiting_approval', 'ready', 'in_progress') AND t.assignee_id IS NOT NULL AND c.notify = 1
       ORDER BY t.id DESC LIMIT ?`,
    )
    .all(REPLIED_TICKETS) as { id: number; locale: 'ru' | 'en'; hasEmail: number }[];
  const event = sqlite.prepare(
    `INSERT INTO ticket_events (ticket_id, kind, actor_id, actor_name, body, is_public, details, created_at)
     VALUES (?, 'client_message', NULL, NULL, ?, 1, ?, ?)`,
  );
  const mark = sqlite.prepare('UPDATE tickets SET client_replied_at = ? WHERE id = ? AND client_replied_at IS NULL');
  picked.forEach((ticket, i) => {
    const at = now - (i + 1) * 47 * MINUTE;
    const via = ticket.hasEmail && i % 3 !== 0 ? 'email' : 'telegram';
    event.run(ticket.id, REPLIES[i % REPLIES.length][ticket.locale], JSON.stringify({ via, attachments: 0 }), at);
    mark.run(at, ticket.id);
  });

  const quarantine = sqlite.prepare(
    `INSERT INTO inbound_messages (source, external_id, sender, recipient, subject, body, original, state, reason, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'quarantined', ?, ?)`,
  );
  const stranger = 'Добрый день! Вы ремонтируете кофемашины? Сколько стоит диагностика?';
  quarantine.run('email', 'demo-stranger', 'unknown.sender@mail.test', 'reply@service-desk.local', 'Вопрос', stranger, stranger, 'unknown_sender', now - 3 * 60 * MINUTE);
  const lost = 'Спасибо, получил.';
  quarantine.run('telegram', 'demo-no-ticket', 'telegram:5550001', '', '', lost, lost, 'no_ticket', now - 5 * 60 * MINUTE);
  return picked.length;
}
