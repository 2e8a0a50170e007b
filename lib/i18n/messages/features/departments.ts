/** Strings of the departments pages; the Russian object must have the same shape. */
export const departmentsEn = {
  title: 'Departments',
  new: 'New department',
  newTitle: 'New department',
  editTitle: (name: string) => `Edit ${name}`,
  fields: {
    name: 'Name',
    description: 'Description',
    email: 'Contact e-mail',
    phone: 'Phone',
  },
  columns: { employees: 'Employees', openTickets: 'Open tickets' },
  sort: { name: 'By name', newest: 'Newest first' },
  searchPlaceholder: 'Name, e-mail or phone',
  employeesTitle: 'Employees',
  noEmployees: 'No employees in this department.',
  inactive: 'Deactivated',
  ticketsTitle: 'Tickets',
  ticketsCount: (open: number, all: number) => `${open} open of ${all}`,
  allTickets: 'All tickets of this department',
  contacts: 'Contacts',
  created: 'Department created.',
  saved: 'Changes saved.',
  nameTaken: 'A department with this name already exists.',
  deleteBlocked: (employees: number, tickets: number) =>
    `This department cannot be deleted: it still has ${employees} employee(s) and ${tickets} ticket(s). ` +
    'Move the employees to another department and move or delete its tickets first.',
  deleted: 'Department deleted.',
};

export const departmentsRu: typeof departmentsEn = {
  title: 'Отделы',
  new: 'Новый отдел',
  newTitle: 'Новый отдел',
  editTitle: (name: string) => `Изменить: ${name}`,
  fields: {
    name: 'Название',
    description: 'Описание',
    email: 'Эл. почта для связи',
    phone: 'Телефон',
  },
  columns: { employees: 'Сотрудники', openTickets: 'Открытые заявки' },
  sort: { name: 'По названию', newest: 'Сначала новые' },
  searchPlaceholder: 'Название, почта или телефон',
  employeesTitle: 'Сотрудники',
  noEmployees: 'В отделе нет сотрудников.',
  inactive: 'Деактивирован',
  ticketsTitle: 'Заявки',
  ticketsCount: (open: number, all: number) => `Открытых: ${open} из ${all}`,
  allTickets: 'Все заявки отдела',
  contacts: 'Контакты',
  created: 'Отдел создан.',
  saved: 'Изменения сохранены.',
  nameTaken: 'Отдел с таким названием уже есть.',
  deleteBlocked: (employees: number, tickets: number) =>
    `Отдел нельзя удалить: в нём ещё сотрудников — ${employees}, заявок — ${tickets}. ` +
    'Сначала переведите сотрудников в другой отдел и перенесите или удалите его заявки.',
  deleted: 'Отдел удалён.',
};
