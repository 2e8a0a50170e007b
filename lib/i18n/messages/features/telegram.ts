/**
 * Issue 18: the Telegram bot — its replies in the chat, the buttons under its messages, the parts
 * of its messages the e-mail strings do not cover, and where people connect it (status page,
 * receipt, profile). The Russian object must have the same shape.
 */
export const telegramEn = {
  bot: {
    clientConnected: (name: string) =>
      `Done, ${name}: messages about your requests will come here. To write to us about a request, just send a message here. /stop turns the messages off.`,
    employeeConnected: (name: string) =>
      `Done, ${name}: this chat is connected. To get your assignment notices and the daily digest here, choose Telegram in your profile. /stop sends them back to e-mail.`,
    linkInvalid: 'This link is no longer valid. Open a new one: “Connect Telegram” on your request’s status page (staff: in the profile).',
    clientStopped: 'Done: no more messages here. To turn them back on, press “Connect Telegram” on your request’s status page.',
    employeeStopped: 'Done: your notices go to your e-mail again. To get them here, connect Telegram again in your profile.',
    unknownSender: 'We do not know this chat yet. To get updates and write to us about a request, press “Connect Telegram” on your request’s status page.',
    received: (number: string) => `Thank you, we received your message and added it to request ${number}.`,
    noTicket: 'Thank you, we received your message. You have no open request with us right now, so please call us if it is urgent.',
    statusButton: 'Status',
    stopButton: 'Stop messages',
    openButton: 'Open',
  },
  text: {
    status: 'Status',
    decide: 'Approve or decline it on your request’s page:',
    statusPage: 'Status page:',
    from: (author: string) => `${author}:`,
    reply: 'To answer, reply to this message.',
    clientWrote: (client: string, via: string) => `${client} wrote (${via}):`,
    via: { email: 'e-mail', telegram: 'Telegram' },
    digestMore: (n: number) => `…and ${n} more`,
    overdue: 'overdue',
    open: 'Open:',
  },
  statusPage: {
    title: 'Updates in Telegram',
    body: 'Get a message in Telegram when your request moves on, and write to us there.',
    connect: 'Connect Telegram',
    connected: 'Telegram is connected: messages about your requests come there. To stop them, send /stop to the bot.',
  },
  receipt: {
    title: 'Updates in Telegram',
    hint: 'Scan with your phone and press Start: status messages will come to Telegram.',
  },
  profile: {
    title: 'Telegram',
    intro: 'Get your assignment notices and the daily digest in Telegram instead of e-mail.',
    connect: 'Connect Telegram',
    reconnect: 'Connect another chat',
    linkHint: 'The link works once, within an hour: open it on the phone with your Telegram and press Start.',
    connected: 'Telegram is connected.',
    notConnected: 'Telegram is not connected yet.',
    notConfigured: 'The Telegram bot is not set up on this server.',
    channel: 'Send my assignment notices and digest by',
    email: 'E-mail',
    telegram: 'Telegram',
    telegramNeedsChat: 'Connect Telegram first, then choose it.',
    save: 'Save',
    saved: 'Saved.',
  },
};

export type TelegramMessages = typeof telegramEn;

export const telegramRu: TelegramMessages = {
  bot: {
    clientConnected: (name) =>
      `Готово, ${name}: сообщения о ваших заявках будут приходить сюда. Чтобы написать нам по заявке, просто отправьте сообщение в этот чат. /stop отключает сообщения.`,
    employeeConnected: (name) =>
      `Готово, ${name}: чат подключён. Чтобы получать сюда уведомления о назначениях и ежедневную сводку, выберите Telegram в своём профиле. /stop вернёт их на почту.`,
    linkInvalid: 'Эта ссылка больше не действует. Откройте новую: «Подключить Telegram» на странице статуса заявки (сотрудникам — в профиле).',
    clientStopped: 'Готово: сообщений сюда больше не будет. Чтобы включить их снова, нажмите «Подключить Telegram» на странице статуса заявки.',
    employeeStopped: 'Готово: уведомления снова приходят на почту. Чтобы получать их здесь, подключите Telegram в профиле ещё раз.',
    unknownSender: 'Мы пока не знаем этот чат. Чтобы получать новости и писать нам о заявке, нажмите «Подключить Telegram» на странице статуса заявки.',
    received: (number) => `Спасибо, мы получили ваше сообщение и добавили его к заявке ${number}.`,
    noTicket: 'Спасибо, мы получили ваше сообщение. Открытых заявок у вас сейчас нет, поэтому если дело срочное, позвоните нам.',
    statusButton: 'Статус',
    stopButton: 'Не присылать',
    openButton: 'Открыть',
  },
  text: {
    status: 'Статус',
    decide: 'Согласовать или отказаться можно на странице заявки:',
    statusPage: 'Страница статуса:',
    from: (author) => `${author}:`,
    reply: 'Чтобы ответить, ответьте на это сообщение.',
    clientWrote: (client, via) => `${client} пишет (${via}):`,
    via: { email: 'почта', telegram: 'Telegram' },
    digestMore: (n) => `…и ещё ${n}`,
    overdue: 'просрочена',
    open: 'Открыть:',
  },
  statusPage: {
    title: 'Новости в Telegram',
    body: 'Получайте сообщение в Telegram, когда заявка продвигается, и пишите нам там.',
    connect: 'Подключить Telegram',
    connected: 'Telegram подключён: сообщения о ваших заявках приходят туда. Чтобы их отключить, отправьте боту /stop.',
  },
  receipt: {
    title: 'Новости в Telegram',
    hint: 'Наведите камеру телефона и нажмите «Запустить»: сообщения о статусе будут приходить в Telegram.',
  },
  profile: {
    title: 'Telegram',
    intro: 'Получайте уведомления о назначениях и ежедневную сводку в Telegram вместо почты.',
    connect: 'Подключить Telegram',
    reconnect: 'Подключить другой чат',
    linkHint: 'Ссылка действует один раз в течение часа: откройте её на телефоне с вашим Telegram и нажмите «Запустить».',
    connected: 'Telegram подключён.',
    notConnected: 'Telegram ещё не подключён.',
    notConfigured: 'Бот Telegram на этом сервере не настроен.',
    channel: 'Присылать уведомления о назначениях и сводку',
    email: 'На почту',
    telegram: 'В Telegram',
    telegramNeedsChat: 'Сначала подключите Telegram, потом выберите его.',
    save: 'Сохранить',
    saved: 'Сохранено.',
  },
};
