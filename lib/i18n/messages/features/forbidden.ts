/** Strings of the 403 page (app/forbidden.tsx). The Russian object must have the same shape. */
export const forbiddenEn = {
  title: 'Not allowed',
  signedInAs: (name: string, role: string) => `You are signed in as ${name} (${role}).`,
  body: 'This page or action needs a role you do not have: the outbox and changes to the price list are for managers and administrators, as are overrides of stock, of a client\'s decision and of closing a repair; employees and departments are managed by administrators, who also delete records.',
  ask: 'If your work needs it, ask an administrator to change your role.',
  home: 'Go to the dashboard',
  help: 'Who may do what (help)',
  /** The heading id of that section in docs/en/index.md. */
  helpAnchor: 'who-may-do-what',
};

export type ForbiddenMessages = typeof forbiddenEn;

export const forbiddenRu: ForbiddenMessages = {
  title: 'Нет доступа',
  signedInAs: (name: string, role: string) => `Вы вошли как ${name} (${role}).`,
  body: 'Эта страница или действие доступны другой роли: исходящие письма, изменение прайс-листа и решения в обход правил (склад, решение клиента, закрытие ремонта) — менеджерам и администраторам, сотрудниками и отделами управляют администраторы, они же удаляют записи.',
  ask: 'Если это нужно для работы, попросите администратора изменить вашу роль.',
  home: 'На главную',
  help: 'Кто что может (справка)',
  helpAnchor: 'кто-что-может',
};
