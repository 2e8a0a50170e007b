/** Strings of warranty periods and warranty returns. The Russian object must have the same shape. */
export const warrantyEn = {
  title: 'Warranty',
  /** A line's warranty on the ticket page. */
  line: {
    none: 'none',
    notStarted: (days: number) => `from handover, ${days} days`,
    under: (date: string) => `under warranty until ${date}`,
    expired: (date: string) => `expired (ended ${date})`,
  },
  /** An earlier ticket in the device history: its latest line end. */
  history: {
    under: (date: string) => `under warranty until ${date}`,
    expired: 'warranty expired',
  },
  links: {
    label: 'Warranty',
    returnOf: 'Warranty return of',
    returnHint: 'Lines added to this ticket cost nothing unless a price is typed.',
    cameBack: 'Came back under warranty:',
  },
  timeline: {
    returnOf: (number: string) => `Warranty return of ${number}`,
    cameBack: (number: string) => `Came back under warranty: ${number}`,
  },
  list: {
    quickView: 'Warranty returns',
    chip: 'Warranty returns',
  },
  dashboard: {
    title: 'Warranty returns',
    hint: 'Devices taken in again while a line of their earlier repair was under warranty, by department, over the last 30 days: fewer is better.',
    desc: (total: number, departments: number) =>
      total === 0 ? 'No warranty returns in the last 30 days.' : `${total} warranty returns in the last 30 days, in ${departments} departments.`,
    department: 'Department',
    count: 'Warranty returns',
    empty: 'No warranty returns in the last 30 days.',
  },
};

export type WarrantyMessages = typeof warrantyEn;

export const warrantyRu: WarrantyMessages = {
  title: 'Гарантия',
  line: {
    none: 'нет',
    notStarted: (days: number) => `с выдачи, ${days} дн.`,
    under: (date: string) => `на гарантии до ${date}`,
    expired: (date: string) => `истекла (до ${date})`,
  },
  history: {
    under: (date: string) => `на гарантии до ${date}`,
    expired: 'гарантия истекла',
  },
  links: {
    label: 'Гарантия',
    returnOf: 'Гарантийный возврат по заявке',
    returnHint: 'Строки этой заявки стоят 0, если цену не ввести вручную.',
    cameBack: 'Вернулось по гарантии:',
  },
  timeline: {
    returnOf: (number: string) => `Гарантийный возврат по заявке ${number}`,
    cameBack: (number: string) => `Вернулось по гарантии: ${number}`,
  },
  list: {
    quickView: 'Гарантийные возвраты',
    chip: 'Гарантийные возвраты',
  },
  dashboard: {
    title: 'Гарантийные возвраты',
    hint: 'Устройства, принятые снова, пока строка их прошлого ремонта была на гарантии, по отделам за последние 30 дней: чем меньше, тем лучше.',
    desc: (total: number, departments: number) =>
      total === 0 ? 'За последние 30 дней гарантийных возвратов нет.' : `Гарантийных возвратов за последние 30 дней: ${total}, отделов: ${departments}.`,
    department: 'Отдел',
    count: 'Гарантийные возвраты',
    empty: 'За последние 30 дней гарантийных возвратов нет.',
  },
};
