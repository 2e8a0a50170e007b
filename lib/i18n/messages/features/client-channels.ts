import type { MessageChannel } from '@/lib/domain/enums';

/**
 * Issue 18, the client's channels: the SMS texts (read through `messagesFor` with the client's
 * locale), /settings/notifications, the stop page /u/<code> and the status page's "Messages about
 * this request". The Russian object must have the same shape.
 */
export const clientChannelsEn = {
  channels: { email: 'E-mail', sms: 'SMS', telegram: 'Telegram' } satisfies Record<MessageChannel, string>,
  sms: {
    /** The long head of a status SMS; the short one is the number alone. */
    request: (number: string) => `Request ${number}`,
    estimate: (amount: string) => `Estimate: ${amount}.`,
    estimateRevised: 'Estimate revised',
    balanceDue: (amount: string) => `To pay: ${amount}.`,
    stop: 'Stop:',
  },
  settings: {
    title: 'Client notifications',
    intro:
      'Which changes of a request the client is told about, and through which channel. A client hears through one channel: the one chosen at intake, or else the first they can receive of Telegram, e-mail and SMS. The client must have agreed to notifications.',
    merge: (seconds: number) =>
      `Quick moves make one message: a status message waits ${seconds} seconds (NOTIFY_MERGE_SECONDS) before it goes out. If the request moves again meanwhile, the client gets one message with the latest status, and nothing if it is back where it started.`,
    mergeOff: 'Status messages go out at once: NOTIFY_MERGE_SECONDS is 0, so quick moves are not merged.',
    answers: 'Answers to a client who wrote to you always go out; this table decides only the status messages.',
    caption: 'Which statuses tell the client, per channel',
    status: 'Status',
    registered: 'Registered',
    cell: (status: string, channel: string) => `${status}: ${channel}`,
    save: 'Save',
    saving: 'Saving…',
    saved: 'Saved. The next messages follow the new settings.',
    invalid: 'The form was not understood. Reload the page and try again.',
  },
  stop: {
    title: { email: (company: string) => `Stop e-mails from ${company}?`, sms: (company: string) => `Stop SMS messages from ${company}?`, telegram: (company: string) => `Stop Telegram messages from ${company}?` },
    body: 'You will no longer get messages about your requests this way. The status page of a request still works, and you can turn the messages back on here.',
    confirm: 'Stop',
    stopped: 'Stopped',
    stoppedBody: { email: 'We will not send you e-mails any more.', sms: 'We will not send you SMS messages any more.', telegram: 'We will not send you Telegram messages any more.' },
    resume: 'Resume messages',
    resumed: 'Messages are on again.',
    invalid: 'This link is not valid',
    invalidBody: 'Check that the whole link was copied, or call the service center.',
    locked: (minutes: number) => `Too many tries from your network. Please try again in ${minutes} min.`,
    oneClickDone: 'Stopped.',
  },
  statusPage: {
    title: 'Messages about this request',
    intro: 'We tell you about this request through these channels. Stopping one takes effect at once.',
    on: 'On',
    off: 'Stopped',
    stop: 'Stop',
    resume: 'Resume',
    noConsent: 'You have not agreed to get messages from us, so we send none. Tell the service center if you want them.',
    stopLabel: (channel: string) => `Stop ${channel}`,
    resumeLabel: (channel: string) => `Resume ${channel}`,
  },
};

export type ClientChannelsMessages = typeof clientChannelsEn;

export const clientChannelsRu: ClientChannelsMessages = {
  channels: { email: 'Эл. почта', sms: 'SMS', telegram: 'Telegram' },
  sms: {
    request: (number) => `Заявка ${number}`,
    estimate: (amount) => `Смета: ${amount}.`,
    estimateRevised: 'Смета изменена',
    balanceDue: (amount) => `К оплате: ${amount}.`,
    stop: 'Стоп:',
  },
  settings: {
    title: 'Уведомления клиентам',
    intro:
      'О каких изменениях заявки сообщать клиенту и по какому каналу. Клиенту пишем по одному каналу: по тому, что выбрали при приёме, а если он не выбран — по первому доступному из Telegram, эл. почты и SMS. Нужно согласие клиента на уведомления.',
    merge: (seconds) =>
      `Быстрые переходы дают одно сообщение: сообщение о статусе ждёт ${seconds} с (NOTIFY_MERGE_SECONDS), прежде чем уйти. Если за это время заявка перейдёт снова, клиент получит одно сообщение с последним статусом, а если она вернулась туда, откуда начала, — ни одного.`,
    mergeOff: 'Сообщения о статусе уходят сразу: NOTIFY_MERGE_SECONDS равен 0, быстрые переходы не объединяются.',
    answers: 'Ответы клиенту, который вам написал, уходят всегда; таблица решает только о сообщениях о статусе.',
    caption: 'О каких статусах сообщать клиенту, по каналам',
    status: 'Статус',
    registered: 'Заявка принята',
    cell: (status, channel) => `${status}: ${channel}`,
    save: 'Сохранить',
    saving: 'Сохраняем…',
    saved: 'Сохранено. Следующие сообщения пойдут по новым настройкам.',
    invalid: 'Форма не распознана. Обновите страницу и попробуйте снова.',
  },
  stop: {
    title: {
      email: (company) => `Больше не присылать письма от «${company}»?`,
      sms: (company) => `Отключить SMS от «${company}»?`,
      telegram: (company) => `Отключить сообщения в Telegram от «${company}»?`,
    },
    body: 'Вы перестанете получать сообщения о своих заявках этим способом. Страница статуса заявки продолжит работать, а включить сообщения снова можно здесь же.',
    confirm: 'Отключить',
    stopped: 'Отключено',
    stoppedBody: { email: 'Мы больше не будем присылать вам письма.', sms: 'Мы больше не будем присылать вам SMS.', telegram: 'Мы больше не будем писать вам в Telegram.' },
    resume: 'Включить снова',
    resumed: 'Сообщения снова включены.',
    invalid: 'Ссылка недействительна',
    invalidBody: 'Проверьте, что ссылка скопирована целиком, или позвоните в сервисный центр.',
    locked: (minutes) => `Слишком много попыток из вашей сети. Попробуйте снова через ${minutes} мин.`,
    oneClickDone: 'Отключено.',
  },
  statusPage: {
    title: 'Сообщения об этой заявке',
    intro: 'Мы сообщаем вам об этой заявке по этим каналам. Отключение действует сразу.',
    on: 'Включено',
    off: 'Отключено',
    stop: 'Отключить',
    resume: 'Включить',
    noConsent: 'Вы не давали согласия на сообщения от нас, поэтому мы их не присылаем. Скажите в сервисном центре, если хотите их получать.',
    stopLabel: (channel) => `Отключить: ${channel}`,
    resumeLabel: (channel) => `Включить: ${channel}`,
  },
};
