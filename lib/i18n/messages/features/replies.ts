/**
 * Issue 18: /replies, the client replies that could not be matched to a ticket (quarantine).
 * Same shape in Russian.
 */
export const repliesEn = {
  title: 'Client replies to check',
  intro:
    'Replies that came by e-mail but could not be put on a ticket by themselves: the sender is not the ticket’s client, or the reply address is unknown. Nothing here is on a ticket or visible to anyone until you attach it.',
  empty: 'No replies are waiting. Every reply found its ticket.',
  count: (n: number) => `${n} waiting`,
  columns: { received: 'Received', sender: 'From', recipient: 'To', subject: 'Subject', reason: 'Why it is here' },
  noSubject: '(no subject)',
  reasons: {
    unknown_sender: 'The sender is not the client of the ticket the reply address names',
    unknown_address: 'The reply address names no ticket (mistyped, forged or outdated)',
    no_ticket: 'The ticket no longer exists',
  } as Record<string, string>,
  original: 'The message as received',
  attach: {
    ticket: 'Ticket number',
    ticketHint: 'For example SC-000042 or 42. The message goes on that ticket as the client’s, visible to the client.',
    button: 'Attach to ticket',
    pending: 'Attaching…',
  },
  dismiss: { button: 'Dismiss', pending: 'Dismissing…' },
  errors: {
    notQuarantined: 'This message has already been attached or dismissed.',
    ticketNotFound: 'There is no ticket with this number.',
  },
};

export const repliesRu: typeof repliesEn = {
  title: 'Ответы клиентов на проверку',
  intro:
    'Ответы, пришедшие по почте, которые не удалось самостоятельно привязать к заявке: отправитель — не клиент этой заявки или адрес для ответа неизвестен. Пока вы не привяжете сообщение, его нет ни в заявке, ни у клиента.',
  empty: 'Ничего не ждёт проверки: все ответы нашли свои заявки.',
  count: (n: number) => `ждут: ${n}`,
  columns: { received: 'Получено', sender: 'От кого', recipient: 'Кому', subject: 'Тема', reason: 'Почему здесь' },
  noSubject: '(без темы)',
  reasons: {
    unknown_sender: 'Отправитель — не клиент заявки, указанной в адресе для ответа',
    unknown_address: 'Адрес для ответа не указывает на заявку (опечатка, подделка или устаревший адрес)',
    no_ticket: 'Заявки больше нет',
  },
  original: 'Сообщение как оно пришло',
  attach: {
    ticket: 'Номер заявки',
    ticketHint: 'Например, SC-000042 или 42. Сообщение появится в этой заявке как сообщение клиента, клиент его тоже увидит.',
    button: 'Привязать к заявке',
    pending: 'Привязываем…',
  },
  dismiss: { button: 'Отклонить', pending: 'Отклоняем…' },
  errors: {
    notQuarantined: 'Это сообщение уже привязано или отклонено.',
    ticketNotFound: 'Заявки с таким номером нет.',
  },
};
