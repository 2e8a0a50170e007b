import { attachmentsEn } from './features/attachments';
import { cashReportEn } from './features/cash-report';
import { catalogEn } from './features/catalog';
import { clientsEn } from './features/clients';
import { clientChannelsEn } from './features/client-channels';
import { conversationEn } from './features/conversation';
import { repliesEn } from './features/replies';
import { telegramEn } from './features/telegram';
import { dashboardEn } from './features/dashboard';
import { departmentsEn } from './features/departments';
import { employeesEn } from './features/employees';
import { documentsEn } from './features/documents';
import { estimatesEn } from './features/estimates';
import { forbiddenEn } from './features/forbidden';
import { errorPageEn } from './features/error-page';
import { notFoundEn } from './features/not-found';
import { helpEn } from './features/help';
import { localeSwitchEn } from './features/locale-switch';
import { notificationsEn } from './features/notifications';
import { paymentsEn } from './features/payments';
import { publicStatusEn } from './features/public-status';
import { ticketDetailEn } from './features/ticket-detail';
import { ticketIntakeEn } from './features/ticket-intake';
import { ticketListEn } from './features/ticket-list';
import { ticketsEn } from './features/tickets';
import { warrantyEn } from './features/warranty';

/** English catalog. The Russian one must have the same shape (checked by its type). */
export const en = {
  app: { name: 'Service Desk CRM', tagline: 'Repair and support service center' },
  common: {
    save: 'Save',
    cancel: 'Cancel',
    delete: 'Delete',
    edit: 'Edit',
    close: 'Close',
    confirm: 'Confirm',
    search: 'Search',
    back: 'Back',
    yes: 'Yes',
    no: 'No',
    none: '—',
    language: 'Language',
    skipToContent: 'Skip to content',
  },
  locales: { ru: 'Русский', en: 'English' },
  roles: { admin: 'Administrator', manager: 'Manager', technician: 'Technician' },
  nav: {
    main: 'Main navigation',
    dashboard: 'Dashboard',
    tickets: 'Tickets',
    clients: 'Clients',
    employees: 'Employees',
    departments: 'Departments',
    catalog: 'Price list',
    cashReport: 'Cash report',
    notificationSettings: 'Client notifications',
    outbox: 'Outbox',
    replies: 'Client replies',
    signOut: 'Sign out',
    menu: 'Menu',
    openMenu: 'Open menu',
    closeMenu: 'Close menu',
    signedInAs: 'Signed in as',
  },
  login: {
    title: 'Staff sign-in',
    email: 'E-mail',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    invalid: 'Wrong e-mail or password.',
    locked: 'Too many failed attempts. Sign-in for this e-mail is paused for 15 minutes.',
    failed: 'Sign-in failed. Please try again.',
    emailRequired: 'Enter your e-mail.',
    passwordRequired: 'Enter your password.',
  },
  notYet: {
    title: 'Not available yet',
    body: 'This section is being built and is not part of the current release. Nothing here is shown until it works with real data.',
  },
  dashboard: dashboardEn,
  statuses: {
    new: 'New',
    diagnostics: 'Diagnostics',
    awaiting_approval: 'Awaiting approval',
    in_progress: 'In progress',
    awaiting_parts: 'Awaiting parts',
    ready: 'Ready',
    closed: 'Closed',
    cancelled: 'Cancelled',
  },
  priorities: { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' },
  ticketTable: {
    caption: 'Tickets',
    number: 'No.',
    title: 'Title',
    client: 'Client',
    status: 'Status',
    priority: 'Priority',
    assignee: 'Assignee',
    created: 'Created',
    due: 'Due',
    unassigned: 'Unassigned',
    empty: 'No tickets.',
    open: 'Open',
    closedGroup: 'Closed and cancelled',
    all: 'All',
    showAll: 'Show all in the ticket list',
  },
  list: {
    search: 'Search',
    searchPlaceholder: 'Name, phone or e-mail',
    apply: 'Apply',
    reset: 'Reset',
    sort: 'Sort',
    next: 'Next',
    previous: 'Previous',
    pages: 'Pages',
    empty: 'Nothing found.',
    shown: (n: number) => `${n} shown`,
  },
  history: {
    title: 'History',
    empty: 'No changes recorded yet.',
    create: 'Created',
    update: 'Changed',
    delete: 'Deleted',
    by: 'by',
    system: 'system',
    deletedEmployee: 'deleted employee',
    field: 'Field',
    from: 'Was',
    to: 'Now',
  },
  deletion: {
    confirmTitle: 'Delete for good?',
    confirmBody: 'This cannot be undone. The deletion is written to the audit log.',
  },
  validation: {
    required: 'Required.',
    too_long: (max: number) => `Too long: at most ${max} characters.`,
    invalid_email: 'Enter a valid e-mail address, e.g. name@example.com.',
    invalid_phone: 'Enter a valid phone number, e.g. +7 912 345-67-89.',
    invalid_choice: 'Choose one of the options.',
    invalid_characters: 'Remove the control characters (such as NUL) from this text.',
    invalid_date: 'Enter a valid date.',
    invalid_number: 'Enter a number.',
    password_too_short: (min: number) => `At least ${min} characters.`,
    password_too_simple: 'Too simple: mix letters of both cases, digits or symbols.',
    taken: 'Already in use.',
    too_large: (max: number) => `Too large: at most ${max}.`,
    whole_number: 'Enter a whole number.',
    at_least_one: 'Enter at least 1.',
    invalid_ticket_number: 'Enter a ticket number such as SC-000042.',
  },
  departments: departmentsEn,
  employees: employeesEn,
  clients: clientsEn,
  tickets: ticketsEn,
  ticketDetail: ticketDetailEn,
  ticketIntake: ticketIntakeEn,
  ticketList: ticketListEn,
  attachments: attachmentsEn,
  publicStatus: publicStatusEn,
  notifications: notificationsEn,
  help: helpEn,
  forbidden: forbiddenEn,
  catalog: catalogEn,
  estimates: estimatesEn,
  payments: paymentsEn,
  cashReport: cashReportEn,
  documents: documentsEn,
  warranty: warrantyEn,
  conversation: conversationEn,
  replies: repliesEn,
  clientChannels: clientChannelsEn,
  telegram: telegramEn,
  localeSwitch: localeSwitchEn,
  errors: {
    summary: 'Not saved yet. Please correct these fields:',
    forbidden: 'You do not have permission to do this.',
    notFound: notFoundEn.title,
    notFoundBody: notFoundEn.body,
    unexpected: errorPageEn.title,
    unexpectedBody: errorPageEn.body,
    retry: errorPageEn.retry,
    home: 'Go to the dashboard',
  },
};

export type Messages = typeof en;
