import { plural } from '@/lib/i18n/plural';

/**
 * Issue 18: the client's messages (e-mail replies, Telegram) and staff's answers — the subjects of
 * the mails about them, and (added by the conversation pages) their labels. Same shape in Russian.
 */
export const conversationEn = {
  mail: {
    clientMessageSubject: (number: string, client: string) => `${number}: ${client} wrote`,
    staffMessageSubject: (number: string) => `Request ${number}: a message from the service center`,
    clientHeading: (client: string) => `${client} wrote`,
    clientIntro: (client: string, number: string, via: string) => `${client} wrote about ${number}, ${via}:`,
    answerHint: 'Answer from the ticket page: the reply reaches the client through their channel and appears on their status page.',
    openTicket: 'Open the ticket',
    staffHeading: 'A message from the service center',
    staffIntro: (number: string) => `About your request ${number}:`,
    signed: (author: string, company: string) => `${author}, ${company}`,
    statusButton: 'Open the request status',
  },
  /** How a message travelled, after a comma: "Ivan Petrov, by e-mail". */
  via: { email: 'by e-mail', telegram: 'in Telegram', sms: 'by SMS' },
  timeline: {
    fromClient: (client: string, via: string) => `${client}, ${via}`,
    client: 'client',
    files: (n: number) => `${n} ${plural('en', n, { one: 'file', other: 'files' })} from the message added to the ticket’s attachments`,
    refusedFiles: (names: string) => `Not added (not an allowed type, or too large): ${names}`,
    toClient: (employee: string, via: string) => `${employee} to the client, ${via}`,
    notDelivered: (employee: string) => `${employee} to the client — not delivered: the client cannot be reached`,
  },
  reply: {
    title: 'Reply to the client',
    body: 'Message',
    willGo: (via: string) => `It goes to the client ${via} and appears on their status page.`,
    unreachable: 'The client cannot be reached now (no consent to messages, no contact on file, or every channel stopped): the message will only appear on their status page.',
    submit: 'Send',
    sending: 'Sending…',
    sent: (via: string) => `Sent to the client ${via}.`,
    notSent: 'Saved on the timeline and the status page, but not sent: the client cannot be reached.',
    readOnly: 'Only the assignee, a manager or an administrator can reply to the client on this ticket.',
  },
  replied: {
    badge: 'Client replied',
    since: (when: string) => `The client wrote on ${when} and is waiting for an answer.`,
    markAnswered: 'Mark as answered',
    markHint: 'Answered another way, by phone or in person: the mark goes, nothing is sent.',
    marked: 'Marked as answered.',
  },
  list: {
    quickView: 'Client replied',
    chip: 'Client replied',
    rowBadge: 'client replied',
  },
  dashboard: {
    waiting: (n: number) => `Clients waiting for an answer: ${n}`,
    mineHint: 'On your tickets. Open the list to answer them.',
    allHint: 'On all tickets. Open the list to answer them.',
  },
  status: {
    you: 'You',
    yours: (via: string) => `Your message, ${via}`,
    center: 'Message from the service center',
  },
};

export type ConversationMessages = typeof conversationEn;

export const conversationRu: ConversationMessages = {
  mail: {
    clientMessageSubject: (number, client) => `${number}: сообщение от клиента ${client}`,
    staffMessageSubject: (number) => `Заявка ${number}: сообщение от сервисного центра`,
    clientHeading: (client) => `Клиент ${client} написал`,
    clientIntro: (client, number, via) => `${client} пишет о заявке ${number}, ${via}:`,
    answerHint: 'Ответьте со страницы заявки: ответ уйдёт клиенту по его каналу и появится на его странице статуса.',
    openTicket: 'Открыть заявку',
    staffHeading: 'Сообщение от сервисного центра',
    staffIntro: (number) => `По вашей заявке ${number}:`,
    signed: (author, company) => `${author}, ${company}`,
    statusButton: 'Открыть статус заявки',
  },
  via: { email: 'по эл. почте', telegram: 'в Telegram', sms: 'по SMS' },
  timeline: {
    fromClient: (client, via) => `${client}, ${via}`,
    client: 'клиент',
    files: (n) => `${n} ${plural('ru', n, { one: 'файл', few: 'файла', other: 'файлов' })} из сообщения ${plural('ru', n, { one: 'добавлен', other: 'добавлены' })} к вложениям заявки`,
    refusedFiles: (names) => `Не добавлены (недопустимый тип или слишком большой размер): ${names}`,
    toClient: (employee, via) => `${employee} — клиенту, ${via}`,
    notDelivered: (employee) => `${employee} — клиенту: не доставлено, с клиентом нет связи`,
  },
  reply: {
    title: 'Ответить клиенту',
    body: 'Сообщение',
    willGo: (via) => `Уйдёт клиенту ${via} и появится на его странице статуса.`,
    unreachable: 'Сейчас с клиентом нет связи (нет согласия на сообщения, нет контактов или все каналы отключены): сообщение появится только на его странице статуса.',
    submit: 'Отправить',
    sending: 'Отправляем…',
    sent: (via) => `Отправлено клиенту ${via}.`,
    notSent: 'Сохранено в ленте и на странице статуса, но не отправлено: с клиентом нет связи.',
    readOnly: 'Отвечать клиенту по этой заявке может исполнитель, менеджер или администратор.',
  },
  replied: {
    badge: 'Клиент ответил',
    since: (when) => `Клиент написал ${when} и ждёт ответа.`,
    markAnswered: 'Отметить как отвеченное',
    markHint: 'Ответили иначе — по телефону или лично: отметка снимется, ничего не отправится.',
    marked: 'Отмечено как отвеченное.',
  },
  list: {
    quickView: 'Клиент ответил',
    chip: 'Клиент ответил',
    rowBadge: 'клиент ответил',
  },
  dashboard: {
    waiting: (n) => `Клиенты ждут ответа: ${n}`,
    mineHint: 'По вашим заявкам. Откройте список, чтобы ответить.',
    allHint: 'По всем заявкам. Откройте список, чтобы ответить.',
  },
  status: {
    you: 'Вы',
    yours: (via) => `Ваше сообщение, ${via}`,
    center: 'Сообщение сервисного центра',
  },
};
