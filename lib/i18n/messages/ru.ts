import type { Messages } from './en';
import { attachmentsRu } from './features/attachments';
import { cashReportRu } from './features/cash-report';
import { catalogRu } from './features/catalog';
import { clientsRu } from './features/clients';
import { clientChannelsRu } from './features/client-channels';
import { conversationRu } from './features/conversation';
import { repliesRu } from './features/replies';
import { telegramRu } from './features/telegram';
import { dashboardRu } from './features/dashboard';
import { departmentsRu } from './features/departments';
import { employeesRu } from './features/employees';
import { documentsRu } from './features/documents';
import { estimatesRu } from './features/estimates';
import { forbiddenRu } from './features/forbidden';
import { errorPageRu } from './features/error-page';
import { notFoundRu } from './features/not-found';
import { helpRu } from './features/help';
import { localeSwitchRu } from './features/locale-switch';
import { notificationsRu } from './features/notifications';
import { paymentsRu } from './features/payments';
import { publicStatusRu } from './features/public-status';
import { ticketDetailRu } from './features/ticket-detail';
import { ticketIntakeRu } from './features/ticket-intake';
import { ticketListRu } from './features/ticket-list';
import { ticketsRu } from './features/tickets';
import { warrantyRu } from './features/warranty';

export const ru: Messages = {
  app: { name: 'Service Desk CRM', tagline: 'Сервисный центр: ремонт и техническая поддержка' },
  common: {
    save: 'Сохранить',
    cancel: 'Отмена',
    delete: 'Удалить',
    edit: 'Изменить',
    close: 'Закрыть',
    confirm: 'Подтвердить',
    search: 'Поиск',
    back: 'Назад',
    yes: 'Да',
    no: 'Нет',
    none: '—',
    language: 'Язык',
    skipToContent: 'Перейти к содержимому',
  },
  locales: { ru: 'Русский', en: 'English' },
  roles: { admin: 'Администратор', manager: 'Менеджер', technician: 'Мастер' },
  nav: {
    main: 'Главное меню',
    dashboard: 'Сводка',
    tickets: 'Заявки',
    clients: 'Клиенты',
    employees: 'Сотрудники',
    departments: 'Отделы',
    catalog: 'Прайс-лист',
    cashReport: 'Касса',
    notificationSettings: 'Уведомления клиентам',
    outbox: 'Исходящие',
    replies: 'Ответы клиентов',
    signOut: 'Выйти',
    menu: 'Меню',
    openMenu: 'Открыть меню',
    closeMenu: 'Закрыть меню',
    signedInAs: 'Вы вошли как',
  },
  login: {
    title: 'Вход для сотрудников',
    email: 'Эл. почта',
    password: 'Пароль',
    submit: 'Войти',
    submitting: 'Входим…',
    invalid: 'Неверная эл. почта или пароль.',
    locked: 'Слишком много неудачных попыток. Вход для этой почты приостановлен на 15 минут.',
    failed: 'Не удалось войти. Попробуйте ещё раз.',
    emailRequired: 'Введите эл. почту.',
    passwordRequired: 'Введите пароль.',
  },
  notYet: {
    title: 'Раздел пока недоступен',
    body: 'Этот раздел ещё в разработке и не входит в текущую версию. Здесь ничего не показывается, пока он не заработает на настоящих данных.',
  },
  dashboard: dashboardRu,
  statuses: {
    new: 'Новая',
    diagnostics: 'Диагностика',
    awaiting_approval: 'Ждёт согласования',
    in_progress: 'В работе',
    awaiting_parts: 'Ждёт запчасти',
    ready: 'Готова',
    closed: 'Закрыта',
    cancelled: 'Отменена',
  },
  priorities: { low: 'Низкий', normal: 'Обычный', high: 'Высокий', urgent: 'Срочный' },
  ticketTable: {
    caption: 'Заявки',
    number: '№',
    title: 'Тема',
    client: 'Клиент',
    status: 'Статус',
    priority: 'Приоритет',
    assignee: 'Ответственный',
    created: 'Создана',
    due: 'Срок',
    unassigned: 'Не назначена',
    empty: 'Заявок нет.',
    open: 'Открытые',
    closedGroup: 'Закрытые и отменённые',
    all: 'Все',
    showAll: 'Открыть в списке заявок',
  },
  list: {
    search: 'Поиск',
    searchPlaceholder: 'Имя, телефон или эл. почта',
    apply: 'Применить',
    reset: 'Сбросить',
    sort: 'Сортировка',
    next: 'Дальше',
    previous: 'Назад',
    pages: 'Страницы',
    empty: 'Ничего не найдено.',
    shown: (n: number) => `Показано: ${n}`,
  },
  history: {
    title: 'История изменений',
    empty: 'Изменений пока нет.',
    create: 'Создано',
    update: 'Изменено',
    delete: 'Удалено',
    by: '—',
    system: 'система',
    deletedEmployee: 'удалённый сотрудник',
    field: 'Поле',
    from: 'Было',
    to: 'Стало',
  },
  deletion: {
    confirmTitle: 'Удалить безвозвратно?',
    confirmBody: 'Это действие нельзя отменить. Удаление будет записано в журнал.',
  },
  validation: {
    required: 'Обязательное поле.',
    too_long: (max: number) => `Слишком длинно: не больше ${max} символов.`,
    invalid_email: 'Введите корректный адрес эл. почты, например name@example.com.',
    invalid_phone: 'Введите корректный номер телефона, например +7 912 345-67-89.',
    invalid_choice: 'Выберите один из вариантов.',
    invalid_characters: 'Уберите из текста управляющие символы (например, NUL).',
    invalid_date: 'Введите корректную дату.',
    invalid_number: 'Введите число.',
    password_too_short: (min: number) => `Не короче ${min} символов.`,
    password_too_simple: 'Слишком простой: сочетайте строчные и заглавные буквы, цифры или знаки.',
    taken: 'Уже используется.',
    too_large: (max: number) => `Слишком много: не больше ${max}.`,
    whole_number: 'Введите целое число.',
    at_least_one: 'Введите не меньше 1.',
    invalid_ticket_number: 'Введите номер заявки, например SC-000042.',
  },
  departments: departmentsRu,
  employees: employeesRu,
  clients: clientsRu,
  tickets: ticketsRu,
  ticketDetail: ticketDetailRu,
  ticketIntake: ticketIntakeRu,
  ticketList: ticketListRu,
  attachments: attachmentsRu,
  publicStatus: publicStatusRu,
  notifications: notificationsRu,
  help: helpRu,
  forbidden: forbiddenRu,
  catalog: catalogRu,
  estimates: estimatesRu,
  payments: paymentsRu,
  cashReport: cashReportRu,
  documents: documentsRu,
  warranty: warrantyRu,
  conversation: conversationRu,
  replies: repliesRu,
  clientChannels: clientChannelsRu,
  telegram: telegramRu,
  localeSwitch: localeSwitchRu,
  errors: {
    summary: 'Пока не сохранено. Исправьте, пожалуйста, эти поля:',
    forbidden: 'У вас нет прав на это действие.',
    notFound: notFoundRu.title,
    notFoundBody: notFoundRu.body,
    unexpected: errorPageRu.title,
    unexpectedBody: errorPageRu.body,
    retry: errorPageRu.retry,
    home: 'На главную',
  },
};
