/**
 * Strings of payments on a ticket (the payments card, its forms, the timeline and the refusals).
 * The Russian object must have the same shape. Plain strings only where a client component
 * receives them.
 */
export const paymentsEn = {
  title: 'Payments',
  kinds: { prepayment: 'Prepayment', payment: 'Payment', refund: 'Refund' },
  methods: { cash: 'Cash', card: 'Card', transfer: 'Bank transfer' },
  summary: {
    total: 'Total',
    paid: 'Paid',
    balanceDue: 'Balance due',
    overpaid: 'Overpaid (to give back)',
    settled: 'Nothing is due.',
    noTotal: 'No lines yet: the total is not known.',
  },
  history: {
    title: 'Payment history',
    empty: 'No payments yet.',
    kind: 'Kind',
    method: 'Method',
    amount: 'Amount',
    who: 'Taken by',
    when: 'When',
    reason: 'Reason',
  },
  form: {
    takeTitle: 'Take a payment',
    refundTitle: 'Give money back',
    kind: 'Kind',
    method: 'Method',
    amount: 'Amount',
    amountHint: 'Prefilled with the balance due; change it if the client pays part.',
    reason: 'Reason',
    refundHint: 'At most what was paid. A payment is never edited: a mistake is reversed by a refund.',
    take: 'Take payment',
    taking: 'Saving…',
    refund: 'Refund',
    refunding: 'Saving…',
    fiscalNote: 'Print the fiscal receipt on the shop’s cash register as usual: this records the money on the ticket only.',
  },
  timeline: {
    payment: (kind: string, amount: string, method: string) => `${kind}: ${amount} (${method})`,
    refund: (amount: string, method: string, reason: string) => `Refund: ${amount} (${method}). Reason: ${reason}`,
  },
  errors: {
    notPositive: 'Enter an amount greater than zero.',
    refundForbidden: 'Only a manager or an administrator can give money back.',
    refundExceedsPaid: (paid: string) => `A refund cannot exceed what was paid (${paid}).`,
    reasonRequired: 'Give the reason for the refund.',
  },
};

export type PaymentsMessages = typeof paymentsEn;

export const paymentsRu: PaymentsMessages = {
  title: 'Оплаты',
  kinds: { prepayment: 'Предоплата', payment: 'Оплата', refund: 'Возврат' },
  methods: { cash: 'Наличные', card: 'Карта', transfer: 'Безналичный перевод' },
  summary: {
    total: 'Итого',
    paid: 'Оплачено',
    balanceDue: 'К оплате',
    overpaid: 'Переплата (вернуть клиенту)',
    settled: 'Задолженности нет.',
    noTotal: 'Строк пока нет: итог неизвестен.',
  },
  history: {
    title: 'История оплат',
    empty: 'Оплат пока не было.',
    kind: 'Вид',
    method: 'Способ',
    amount: 'Сумма',
    who: 'Принял',
    when: 'Когда',
    reason: 'Причина',
  },
  form: {
    takeTitle: 'Принять оплату',
    refundTitle: 'Вернуть деньги',
    kind: 'Вид',
    method: 'Способ',
    amount: 'Сумма',
    amountHint: 'Подставлен остаток к оплате; измените, если клиент платит часть.',
    reason: 'Причина',
    refundHint: 'Не больше оплаченного. Оплату нельзя исправить: ошибка исправляется возвратом.',
    take: 'Принять оплату',
    taking: 'Сохраняем…',
    refund: 'Вернуть',
    refunding: 'Сохраняем…',
    fiscalNote: 'Кассовый чек пробивайте на кассе магазина, как обычно: здесь деньги только отмечаются в заявке.',
  },
  timeline: {
    payment: (kind: string, amount: string, method: string) => `${kind}: ${amount} (${method})`,
    refund: (amount: string, method: string, reason: string) => `Возврат: ${amount} (${method}). Причина: ${reason}`,
  },
  errors: {
    notPositive: 'Введите сумму больше нуля.',
    refundForbidden: 'Вернуть деньги может только менеджер или администратор.',
    refundExceedsPaid: (paid: string) => `Возврат не может быть больше оплаченного (${paid}).`,
    reasonRequired: 'Укажите причину возврата.',
  },
};
