import type { DurationParts } from '@/lib/dashboard/duration';
import { plural } from '@/lib/i18n/plural';

/** Strings of the dashboard (`/`); the Russian object must have the same shape. */
export const dashboardEn = {
  title: 'Dashboard',
  welcome: (name: string) => `Welcome, ${name}`,
  asOf: (time: string) => `Figures as of ${time}`,
  showTable: 'Show the figures as a table',
  shown: (shown: number, all: number) => `Showing ${shown} of ${num(all)}.`,
  loading: 'Loading the figures…',
  mine: {
    title: 'My open tickets today',
    empty: 'You have no open tickets.',
    overdue: 'Overdue',
    all: (n: number) => `All my open tickets (${num(n)})`,
  },
  waiting: {
    title: 'Waiting on my tickets',
    hint: 'Tickets of yours that wait for the client’s approval or for parts, longest wait first.',
    empty: 'None of your tickets is waiting for approval or parts.',
    since: 'Waiting since',
    waited: 'Waiting for',
    all: (n: number) => `All of them (${num(n)})`,
  },
  approved: {
    title: 'Approved — start work',
    hint: 'Your tickets in progress whose estimate the client approved, with no work recorded yet; approved longest ago first.',
    empty: 'No approved estimate is waiting for you to start.',
    total: 'Total',
    approvedAt: 'Approved',
    all: (n: number) => `All my tickets in progress (${num(n)})`,
  },
  team: {
    title: 'The service center',
    byStatus: 'Open tickets by status',
    openTotal: 'All open',
    unassigned: 'Unassigned',
    unassignedHint: 'Open tickets nobody is responsible for',
    overdue: 'Overdue',
    overdueHint: 'Open tickets due before today',
    overdueEmpty: 'Nothing is overdue.',
    overdueAll: (n: number) => `All overdue tickets (${num(n)})`,
    dueOn: 'Due',
    daysLate: (n: number) => `${n} ${plural('en', n, { one: 'day', other: 'days' })} late`,
  },
  workload: {
    title: 'Open tickets per employee',
    desc: (people: number, tickets: number, top: string) =>
      people === 0
        ? 'Nobody has open tickets.'
        : `${num(tickets)} open tickets held by ${num(people)} employees; the most by ${top}. Each bar links to that employee’s open tickets.`,
    employee: 'Employee',
    count: 'Open tickets',
    inactive: 'inactive',
    mostLoaded: (shown: number, all: number) => `The ${shown} most loaded of ${num(all)} employees.`,
    empty: 'Nobody has open tickets.',
  },
  trend: {
    title: 'Created and closed per day, last 30 days',
    desc: (created: number, closed: number, from: string, to: string) =>
      `From ${from} to ${to}: ${num(created)} tickets created and ${num(closed)} closed.`,
    day: 'Day',
    created: 'Created',
    closed: 'Closed',
  },
  readiness: {
    title: 'Median time from intake to “Ready”, last 30 days',
    hint: 'Tickets that first became ready in the last 30 days, per department.',
    desc: (departments: number) =>
      departments === 0
        ? 'No ticket became ready in the last 30 days.'
        : `Median time from registration to the first move to “Ready” in ${departments} departments.`,
    department: 'Department',
    median: 'Median',
    tickets: 'Tickets',
    empty: 'No ticket became ready in the last 30 days.',
  },
  estimates: {
    title: 'Estimates and the clients’ decisions',
    hint: 'Estimates decided in the last 30 days, by the department that sent them; the time to decide runs from sending the estimate (the move to “Awaiting approval”) to the decision.',
    rate: 'Approval rate',
    rateOf: (approved: number, decided: number) => `${num(approved)} of ${num(decided)} approved`,
    noDecisions: 'No decisions in 30 days',
    median: 'Median time to decision',
    awaiting: 'Awaiting decision',
    awaitingOf: (n: number) => `${num(n)} ${plural('en', n, { one: 'estimate', other: 'estimates' })} sent, not decided yet`,
    allDepartments: 'All departments',
    department: 'Department',
    approved: 'Approved',
    decided: 'Decided',
    count: 'Estimates',
    total: 'Total',
    rateChart: {
      title: 'Approval rate by department, last 30 days',
      desc: (departments: number, overall: string) =>
        departments === 0 ? 'No estimate was decided in the last 30 days.' : `Share of decided estimates the clients approved, in ${departments} departments; ${overall} overall.`,
      empty: 'No estimate was decided in the last 30 days.',
    },
    timeChart: {
      title: 'Median time from “Awaiting approval” to the decision, last 30 days',
      desc: (departments: number, overall: string) =>
        departments === 0 ? 'No estimate was decided in the last 30 days.' : `Median time the clients took to decide, in ${departments} departments; ${overall} overall.`,
      empty: 'No estimate was decided in the last 30 days.',
    },
    awaitingChart: {
      title: 'Estimate total awaiting a decision',
      desc: (departments: number, total: string) =>
        departments === 0 ? 'No estimate is awaiting a decision.' : `Estimates sent and not yet decided, by department: ${total} in all.`,
      empty: 'No estimate is awaiting a decision.',
    },
  },
  revenue: {
    title: 'Revenue, last 30 days',
    hint: 'Money taken at the desk, net of refunds, and what closed repairs brought in. Work revenue counts the work lines of tickets closed in 30 days, after each line’s own discount; a discount on the whole ticket is not split among its lines and is left out.',
    taken: 'Taken in 30 days',
    takenNote: 'Prepayments and payments less refunds',
    average: 'Average ticket total',
    averageOf: (n: number) => `Over ${num(n)} closed ${plural('en', n, { one: 'repair', other: 'repairs' })} with a bill`,
    noClosed: 'No repair closed with a bill in 30 days',
    perDay: {
      title: 'Money taken per day, last 30 days',
      desc: (total: string, from: string, to: string) => `${total} taken, net of refunds, from ${from} to ${to}.`,
      net: 'Net taken',
    },
    byDepartment: {
      title: 'Work revenue per department',
      desc: (n: number, total: string) => (n === 0 ? 'No work lines on tickets closed in 30 days.' : `${total} of work on tickets closed in 30 days, in ${num(n)} departments.`),
      empty: 'No work lines on tickets closed in 30 days.',
    },
    byTechnician: {
      title: 'Work revenue per technician',
      desc: (n: number, total: string) => (n === 0 ? 'No work lines on tickets closed in 30 days.' : `${total} of work on tickets closed in 30 days, by ${num(n)} assignees.`),
      empty: 'No work lines on tickets closed in 30 days.',
      top: (shown: number, all: number) => `The ${shown} highest of ${num(all)}.`,
    },
    day: 'Day',
    department: 'Department',
    technician: 'Technician',
    unassigned: 'Nobody assigned',
    work: 'Work revenue',
  },
  tickDays: (n: number) => `${n} d`,
  tickHours: (n: number) => `${n} h`,
  duration: ({ days, hours, minutes }: DurationParts) =>
    days > 0 ? `${days} d ${hours} h` : hours > 0 ? `${hours} h ${minutes} min` : `${minutes} min`,
};

export type DashboardMessages = typeof dashboardEn;

export const dashboardRu: DashboardMessages = {
  title: 'Сводка',
  welcome: (name: string) => `Здравствуйте, ${name}`,
  asOf: (time: string) => `Данные на ${time}`,
  showTable: 'Показать цифры таблицей',
  shown: (shown: number, all: number) => `Показаны ${shown} из ${numRu(all)}.`,
  loading: 'Считаем показатели…',
  mine: {
    title: 'Мои открытые заявки на сегодня',
    empty: 'У вас нет открытых заявок.',
    overdue: 'Просрочена',
    all: (n: number) => `Все мои открытые заявки (${numRu(n)})`,
  },
  waiting: {
    title: 'Мои заявки в ожидании',
    hint: 'Ваши заявки, которые ждут согласования клиента или запчастей; дольше всех ждущие — сверху.',
    empty: 'Ни одна ваша заявка не ждёт согласования или запчастей.',
    since: 'Ждёт с',
    waited: 'Ждёт уже',
    all: (n: number) => `Все такие заявки (${numRu(n)})`,
  },
  approved: {
    title: 'Согласовано — можно начинать',
    hint: 'Ваши заявки в работе, смету по которым клиент согласовал, а выполненные работы ещё не записаны; раньше согласованные — сверху.',
    empty: 'Согласованных смет, ждущих начала работ, нет.',
    total: 'Сумма',
    approvedAt: 'Согласовано',
    all: (n: number) => `Все мои заявки в работе (${numRu(n)})`,
  },
  team: {
    title: 'Сервисный центр',
    byStatus: 'Открытые заявки по статусам',
    openTotal: 'Все открытые',
    unassigned: 'Без ответственного',
    unassignedHint: 'Открытые заявки, за которые никто не отвечает',
    overdue: 'Просрочены',
    overdueHint: 'Открытые заявки со сроком раньше сегодняшнего дня',
    overdueEmpty: 'Просроченных заявок нет.',
    overdueAll: (n: number) => `Все просроченные заявки (${numRu(n)})`,
    dueOn: 'Срок',
    daysLate: (n: number) => `просрочена на ${n} ${plural('ru', n, { one: 'день', few: 'дня', other: 'дней' })}`,
  },
  workload: {
    title: 'Открытые заявки по сотрудникам',
    desc: (people: number, tickets: number, top: string) =>
      people === 0
        ? 'Открытых заявок ни у кого нет.'
        : `${numRu(tickets)} ${plural('ru', tickets, { one: 'открытая заявка', few: 'открытые заявки', other: 'открытых заявок' })} у ${numRu(people)} ${plural('ru', people, { one: 'сотрудника', other: 'сотрудников' })}; больше всего — у сотрудника ${top}. Каждая полоса ведёт к открытым заявкам сотрудника.`,
    employee: 'Сотрудник',
    count: 'Открытых заявок',
    inactive: 'отключён',
    mostLoaded: (shown: number, all: number) => `${shown} самых загруженных из ${numRu(all)} сотрудников.`,
    empty: 'Открытых заявок ни у кого нет.',
  },
  trend: {
    title: 'Создано и закрыто по дням за 30 дней',
    desc: (created: number, closed: number, from: string, to: string) =>
      `С ${from} по ${to}: создано ${numRu(created)} ${plural('ru', created, { one: 'заявка', few: 'заявки', other: 'заявок' })}, закрыто ${numRu(closed)}.`,
    day: 'День',
    created: 'Создано',
    closed: 'Закрыто',
  },
  readiness: {
    title: 'Медиана времени от приёма до «Готово» за 30 дней',
    hint: 'Заявки, впервые ставшие готовыми за последние 30 дней, по отделам.',
    desc: (departments: number) =>
      departments === 0
        ? 'За последние 30 дней ни одна заявка не стала готовой.'
        : `Медиана времени от регистрации заявки до первого перехода в «Готово» в ${departments} ${plural('ru', departments, { one: 'отделе', other: 'отделах' })}.`,
    department: 'Отдел',
    median: 'Медиана',
    tickets: 'Заявок',
    empty: 'За последние 30 дней ни одна заявка не стала готовой.',
  },
  estimates: {
    title: 'Сметы и решения клиентов',
    hint: 'Сметы, по которым клиенты приняли решение за последние 30 дней, по отделу, который отправил смету; время решения — от отправки сметы (перехода в «Ждёт согласования») до решения.',
    rate: 'Доля согласованных',
    rateOf: (approved: number, decided: number) => `согласовано ${numRu(approved)} из ${numRu(decided)}`,
    noDecisions: 'За 30 дней решений не было',
    median: 'Медиана времени до решения',
    awaiting: 'Ждут решения',
    awaitingOf: (n: number) =>
      `${numRu(n)} ${plural('ru', n, { one: 'смета отправлена', few: 'сметы отправлены', other: 'смет отправлено' })}, решения ещё нет`,
    allDepartments: 'Все отделы',
    department: 'Отдел',
    approved: 'Согласовано',
    decided: 'Решений',
    count: 'Смет',
    total: 'Сумма',
    rateChart: {
      title: 'Доля согласованных смет по отделам за 30 дней',
      desc: (departments: number, overall: string) =>
        departments === 0
          ? 'За последние 30 дней решений по сметам не было.'
          : `Доля смет, которые клиенты согласовали, в ${departments} ${plural('ru', departments, { one: 'отделе', other: 'отделах' })}; всего — ${overall}.`,
      empty: 'За последние 30 дней решений по сметам не было.',
    },
    timeChart: {
      title: 'Медиана времени от «Ждёт согласования» до решения за 30 дней',
      desc: (departments: number, overall: string) =>
        departments === 0
          ? 'За последние 30 дней решений по сметам не было.'
          : `Медиана времени, за которое клиенты принимали решение, в ${departments} ${plural('ru', departments, { one: 'отделе', other: 'отделах' })}; всего — ${overall}.`,
      empty: 'За последние 30 дней решений по сметам не было.',
    },
    awaitingChart: {
      title: 'Сумма смет, ждущих решения',
      desc: (departments: number, total: string) =>
        departments === 0 ? 'Ни одна смета не ждёт решения.' : `Отправленные сметы без решения клиента по отделам: всего ${total}.`,
      empty: 'Ни одна смета не ждёт решения.',
    },
  },
  revenue: {
    title: 'Выручка за 30 дней',
    hint: 'Деньги, принятые в кассе, за вычетом возвратов, и что принесли закрытые ремонты. Выручка за работы — строки работ заявок, закрытых за 30 дней, после скидки каждой строки; скидка на всю заявку между строками не делится и не учитывается.',
    taken: 'Принято за 30 дней',
    takenNote: 'Предоплаты и оплаты за вычетом возвратов',
    average: 'Средний чек',
    averageOf: (n: number) => `По ${numRu(n)} ${plural('ru', n, { one: 'закрытому ремонту', other: 'закрытым ремонтам' })} со счётом`,
    noClosed: 'За 30 дней не закрыто ни одного ремонта со счётом',
    perDay: {
      title: 'Принято денег по дням за 30 дней',
      desc: (total: string, from: string, to: string) => `Принято ${total} за вычетом возвратов с ${from} по ${to}.`,
      net: 'Принято',
    },
    byDepartment: {
      title: 'Выручка за работы по отделам',
      desc: (n: number, total: string) => (n === 0 ? 'В заявках, закрытых за 30 дней, нет строк работ.' : `Работы на ${total} в заявках, закрытых за 30 дней; отделов: ${numRu(n)}.`),
      empty: 'В заявках, закрытых за 30 дней, нет строк работ.',
    },
    byTechnician: {
      title: 'Выручка за работы по мастерам',
      desc: (n: number, total: string) => (n === 0 ? 'В заявках, закрытых за 30 дней, нет строк работ.' : `Работы на ${total} в заявках, закрытых за 30 дней; исполнителей: ${numRu(n)}.`),
      empty: 'В заявках, закрытых за 30 дней, нет строк работ.',
      top: (shown: number, all: number) => `${shown} наибольших из ${numRu(all)}.`,
    },
    day: 'День',
    department: 'Отдел',
    technician: 'Мастер',
    unassigned: 'Без исполнителя',
    work: 'Выручка за работы',
  },
  tickDays: (n: number) => `${n} д`,
  tickHours: (n: number) => `${n} ч`,
  duration: ({ days, hours, minutes }: DurationParts) =>
    days > 0 ? `${days} д ${hours} ч` : hours > 0 ? `${hours} ч ${minutes} мин` : `${minutes} мин`,
};

const enNumber = new Intl.NumberFormat('en-GB');
const ruNumber = new Intl.NumberFormat('ru-RU');
function num(n: number): string {
  return enNumber.format(n);
}
function numRu(n: number): string {
  return ruNumber.format(n);
}
