/** Strings of the clients pages; the Russian object must have the same shape. */

/** Russian plural form for a count: one (1, 21), few (2–4, 22–24), many (5–20, 25…). */
function ruPlural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

export const clientsEn = {
  title: 'Clients',
  newClient: 'New client',
  newTitle: 'New client',
  editTitle: (name: string) => `Edit: ${name}`,
  caption: 'Clients',
  searchPlaceholder: 'Name, contact person, phone or e-mail',
  sortName: 'By name',
  sortNewest: 'Newest first',
  empty: 'No clients match.',
  fields: {
    kind: 'Type',
    name: 'Name',
    contactPerson: 'Contact person',
    phone: 'Phone',
    email: 'E-mail',
    locale: 'Language',
    notify: 'Agrees to notifications',
    notes: 'Notes',
  },
  columns: { openTickets: 'Open tickets' },
  hints: {
    name: 'Full name of a person, or the name of a company.',
    contactPerson: 'Whom to talk to at the company.',
    phone: 'Any usual format, e.g. 8 912 345-67-89 or +7 (912) 345-67-89.',
    email: 'A phone or an e-mail is required; both are better.',
    locale: 'E-mails and the status page are in this language.',
    notify: 'Ticket updates are sent by e-mail only with this consent.',
  },
  kinds: { person: 'Person', company: 'Company' },
  phoneOrEmail: 'Enter a phone or an e-mail: at least one is needed to reach the client.',
  duplicates: {
    title: 'This may be a client we already have',
    body: 'Open the matching client to check. If this really is someone else, save anyway.',
    samePhone: 'same phone',
    sameEmail: 'same e-mail',
    saveAnyway: 'Save as a new client anyway',
    saveAnywayEdit: 'Save anyway',
  },
  create: 'Create client',
  creating: 'Creating…',
  save: 'Save changes',
  saving: 'Saving…',
  contacts: 'Contacts',
  details: 'Details',
  notifyYes: 'Yes, by e-mail',
  notifyNo: 'No',
  noNotes: 'No notes.',
  newTicket: 'New ticket for this client',
  tickets: 'Tickets',
  ticketsTotal: (n: number) => `${n} ${n === 1 ? 'ticket' : 'tickets'} in total`,
  allInList: 'All their tickets in the ticket list',
  ticketPages: 'Pages of the client’s tickets',
  deleteTrigger: 'Delete client',
  deleteBody: (name: string) => `${name} will be deleted for good. This cannot be undone.`,
  errors: {
    notFound: 'This client no longer exists.',
    hasTickets: (n: number) =>
      `Cannot delete: the client has ${n} ${n === 1 ? 'ticket' : 'tickets'}. Delete ${n === 1 ? 'it' : 'them'} first, or keep the client.`,
  },
};

export const clientsRu: typeof clientsEn = {
  title: 'Клиенты',
  newClient: 'Новый клиент',
  newTitle: 'Новый клиент',
  editTitle: (name: string) => `Изменить: ${name}`,
  caption: 'Клиенты',
  searchPlaceholder: 'Имя, контактное лицо, телефон или эл. почта',
  sortName: 'По имени',
  sortNewest: 'Сначала новые',
  empty: 'Подходящих клиентов нет.',
  fields: {
    kind: 'Тип',
    name: 'Имя или название',
    contactPerson: 'Контактное лицо',
    phone: 'Телефон',
    email: 'Эл. почта',
    locale: 'Язык',
    notify: 'Согласен на уведомления',
    notes: 'Заметки',
  },
  columns: { openTickets: 'В работе' },
  hints: {
    name: 'ФИО частного лица или название организации.',
    contactPerson: 'С кем говорить в организации.',
    phone: 'В любом привычном виде, например 8 912 345-67-89 или +7 (912) 345-67-89.',
    email: 'Нужен телефон или эл. почта, лучше и то и другое.',
    locale: 'На этом языке клиент получает письма и видит страницу статуса.',
    notify: 'Письма о ходе заявки отправляются только с этим согласием.',
  },
  kinds: { person: 'Частное лицо', company: 'Организация' },
  phoneOrEmail: 'Укажите телефон или эл. почту: без них с клиентом не связаться.',
  duplicates: {
    title: 'Возможно, этот клиент уже есть',
    body: 'Откройте найденного клиента и проверьте. Если это действительно другой человек или организация, сохраните всё равно.',
    samePhone: 'тот же телефон',
    sameEmail: 'та же эл. почта',
    saveAnyway: 'Всё равно создать нового клиента',
    saveAnywayEdit: 'Всё равно сохранить',
  },
  create: 'Создать клиента',
  creating: 'Создаём…',
  save: 'Сохранить изменения',
  saving: 'Сохраняем…',
  contacts: 'Контакты',
  details: 'Сведения',
  notifyYes: 'Да, по эл. почте',
  notifyNo: 'Нет',
  noNotes: 'Заметок нет.',
  newTicket: 'Новая заявка для клиента',
  tickets: 'Заявки',
  ticketsTotal: (n: number) => `Всего ${n} ${ruPlural(n, 'заявка', 'заявки', 'заявок')}`,
  allInList: 'Все заявки клиента в общем списке',
  ticketPages: 'Страницы заявок клиента',
  deleteTrigger: 'Удалить клиента',
  deleteBody: (name: string) => `Клиент «${name}» будет удалён окончательно. Отменить это нельзя.`,
  errors: {
    notFound: 'Этого клиента уже нет.',
    hasTickets: (n: number) =>
      `Удалить нельзя: у клиента ${n} ${ruPlural(n, 'заявка', 'заявки', 'заявок')}. Сначала удалите ${ruPlural(n, 'её', 'их', 'их')} или оставьте клиента.`,
  },
};
