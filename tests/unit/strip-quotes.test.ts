import { describe, expect, it } from 'vitest';
import { htmlToText, replyOf, stripQuotes } from '@/lib/inbound/strip-quotes';

const QUOTE = '> Здравствуйте, Иван!\n> Статус вашей заявки SC-000042 изменился: Готово.\n>\n> Service Desk';

describe('a client reply without the quoted history', () => {
  it.each([
    [
      'Gmail, Russian (any weekday)',
      `Спасибо, заберу завтра после обеда.\n\nпн, 1 дек. 2026 г. в 10:00, Service Desk <no-reply@service.ru>:\n\n${QUOTE}\n`,
      'Спасибо, заберу завтра после обеда.',
    ],
    [
      'Gmail, Russian, attribution wrapped over two lines',
      `Можно забрать в субботу?\n\nчт, 4 дек. 2026 г. в 18:45, Сервисный центр «Ремонт-Сервис» <\nreply+16-0123456789abcdef@replies.service.ru>:\n\n${QUOTE}`,
      'Можно забрать в субботу?',
    ],
    [
      'Gmail, English',
      'Thanks, I will pick it up tomorrow.\n\nOn Mon, Dec 1, 2026 at 10:00 AM Service Desk <no-reply@service.test> wrote:\n\n> Hello, John!\n> Your request SC-000042 is ready.\n',
      'Thanks, I will pick it up tomorrow.',
    ],
    [
      'Apple Mail, English, with "Sent from my iPhone"',
      'Please call me before you replace the screen.\n\nSent from my iPhone\n\n> On 1 Dec 2026, at 10:00, Service Desk <no-reply@service.test> wrote:\n>\n> Hello!',
      'Please call me before you replace the screen.',
    ],
    [
      'Apple Mail, Russian',
      'Согласен на замену дисплея.\n\nОтправлено с iPhone\n\n> 1 дек. 2026 г., в 10:00, Service Desk <no-reply@service.ru> написал(а):\n>\n> Здравствуйте!',
      'Согласен на замену дисплея.',
    ],
    [
      'Yandex Mail',
      'Добрый день! Батарею тоже поменяйте, пожалуйста.\n\n01.12.2026, 10:00, "Service Desk" <no-reply@service.ru>:\n' + QUOTE,
      'Добрый день! Батарею тоже поменяйте, пожалуйста.',
    ],
    [
      'Mail.ru, with its mobile signature',
      'Хорошо, жду звонка.\n\n--\nОтправлено из мобильной Почты Mail.ru\n\nПонедельник, 1 декабря 2026, 10:00 +03:00 от Service Desk <no-reply@service.ru>:\n' + QUOTE,
      'Хорошо, жду звонка.',
    ],
    [
      'Mail.ru, desktop, without a signature',
      'А сколько будет стоить?\n\n\nПонедельник, 1 декабря 2026, 10:00 +03:00 от Service Desk <no-reply@service.ru>:\n' + QUOTE,
      'А сколько будет стоить?',
    ],
    [
      'Outlook, English header block',
      'Approved, go ahead.\n\nRegards,\nJohn\n\n________________________________\nFrom: Service Desk <no-reply@service.test>\nSent: Monday, December 1, 2026 10:00 AM\nTo: John Smith <john@example.com>\nSubject: Request SC-000042: Awaiting your decision\n\nHello, John!',
      'Approved, go ahead.\n\nRegards,\nJohn',
    ],
    [
      'Outlook, Russian header block',
      'Согласовано.\n\nОт: Service Desk <no-reply@service.ru>\nОтправлено: 1 декабря 2026 г. 10:00\nКому: Иван Петров <ivan@example.ru>\nТема: Заявка SC-000042: ждём вашего решения\n\nЗдравствуйте!',
      'Согласовано.',
    ],
    [
      '"-----Original Message-----"',
      'Yes, please.\n\n-----Original Message-----\nFrom: Service Desk\nHello!',
      'Yes, please.',
    ],
    [
      '"-----Исходное сообщение-----"',
      'Да, делайте.\n\n-----Исходное сообщение-----\nОт: Service Desk\nЗдравствуйте!',
      'Да, делайте.',
    ],
    [
      'Thunderbird, Russian "пишет:"',
      'Спасибо!\n\n01.12.2026 10:00, Service Desk пишет:\n' + QUOTE,
      'Спасибо!',
    ],
    [
      'a "-- " signature',
      'Call me after six.\n\n-- \nJohn Smith\n+7 912 000-00-00',
      'Call me after six.',
    ],
  ])('%s', (_name, mail, expected) => {
    expect(stripQuotes(mail)).toBe(expected);
  });

  it('keeps a reply written below the quote', () => {
    const mail = 'On Mon, Dec 1, 2026 at 10:00 AM Service Desk <no-reply@service.test> wrote:\n> Is the price fine?\n\nYes, the price is fine.';
    expect(stripQuotes(mail)).toBe('Yes, the price is fine.');
  });

  it('keeps answers interleaved between quoted lines, dropping the quoted ones', () => {
    const mail = '> Замена дисплея — 5 000 ₽. Согласны?\nДа.\n> Заберёте сами?\nДа, в субботу.';
    expect(stripQuotes(mail)).toBe('Да.\nДа, в субботу.');
  });

  it('does not cut at a line that merely starts with "От:" or mentions a date', () => {
    const mail = 'От: меня лично спасибо мастеру.\nПриду 05.12.2026 в 10:00.';
    expect(stripQuotes(mail)).toBe(mail);
  });

  it('returns empty only when there is nothing but the quote', () => {
    expect(stripQuotes(`пн, 1 дек. 2026 г. в 10:00, Service Desk <no-reply@service.ru>:\n${QUOTE}`)).toBe('');
  });
});

describe('an HTML-only reply', () => {
  it('is turned into text and stripped like a plain one (Gmail HTML)', () => {
    const html =
      '<div dir="ltr">Спасибо, <b>заберу</b> завтра.<br><img src="data:image/png;base64,AAAA"></div><br>' +
      '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">вт, 2 дек. 2026 г. в 09:15, Service Desk &lt;<a href="mailto:no-reply@service.ru">no-reply@service.ru</a>&gt;:<br></div>' +
      '<blockquote class="gmail_quote"><p>Здравствуйте! Ваша заявка готова.</p></blockquote></div>';
    const { body, original } = replyOf({ text: null, html });
    expect(body).toBe('Спасибо, заберу завтра.');
    expect(original).toContain('Ваша заявка готова');
    expect(htmlToText(html)).not.toContain('data:image');
  });

  it('prefers the plain part when there is one', () => {
    expect(replyOf({ text: 'Ok\n\n> quoted', html: '<p>Other</p>' })).toEqual({ original: 'Ok\n\n> quoted', body: 'Ok' });
  });
});
