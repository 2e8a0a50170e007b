/** Questions clients call about, in both languages: the raw material of consultation tickets. */
import type { Bilingual } from './catalog-repairs';

export interface Question {
  title: Bilingual;
  description: Bilingual;
  answer: Bilingual;
}

const q = (titleRu: string, titleEn: string, descRu: string, descEn: string, answerRu: string, answerEn: string): Question => ({
  title: { ru: titleRu, en: titleEn },
  description: { ru: descRu, en: descEn },
  answer: { ru: answerRu, en: answerEn },
});

export const QUESTIONS: readonly Question[] = [
  q(
    'Перенос данных на новый телефон', 'Moving data to a new phone',
    'Купили новый смартфон, как перенести контакты, фото и WhatsApp?', 'Bought a new phone; how do I move contacts, photos and WhatsApp?',
    'Объяснили перенос через облачную копию и встроенный мастер переноса.', 'Explained the cloud backup and the built-in transfer wizard.',
  ),
  q(
    'Какой ноутбук выбрать для учёбы', 'Which laptop to buy for school',
    'Нужен ноутбук для студента до 60 000 ₽, что посоветуете?', 'Need a student laptop under 60,000 ₽; what would you suggest?',
    'Подобрали три модели с SSD и 16 ГБ памяти, отправили ссылки.', 'Suggested three models with an SSD and 16 GB RAM, sent links.',
  ),
  q(
    'Настройка Wi-Fi роутера', 'Wi-Fi router set-up',
    'После смены провайдера пропал интернет на всех устройствах.', 'Lost internet on every device after changing providers.',
    'Помогли ввести настройки PPPoE и сменить пароль сети.', 'Helped enter the PPPoE settings and change the network password.',
  ),
  q(
    'Стоит ли ремонтировать старый принтер', 'Is an old printer worth repairing',
    'Принтеру 8 лет, мнёт бумагу. Есть ли смысл чинить?', 'The printer is 8 years old and jams. Worth fixing?',
    'Ремонт роликов дешевле нового принтера, рекомендовали ремонт.', 'New rollers cost far less than a new printer; recommended the repair.',
  ),
  q(
    'Восстановление удалённых файлов', 'Recovering deleted files',
    'Случайно очистили флешку с фотографиями, можно ли восстановить?', 'Accidentally wiped a USB stick with photos; can they be recovered?',
    'Посоветовали не записывать на флешку и принести её на восстановление.', 'Advised not to write to the stick and to bring it in for recovery.',
  ),
  q(
    'Гарантия на ремонт', 'Repair warranty',
    'Какая гарантия на замену экрана и что она покрывает?', 'What warranty covers a screen replacement?',
    'Разъяснили условия: 90 дней на работу и запчасть, кроме механических повреждений.', 'Explained the terms: 90 days on parts and labour, except physical damage.',
  ),
  q(
    'Подключение МФУ к сети офиса', 'Connecting an MFP to the office network',
    'Нужно, чтобы печатали все пять компьютеров в офисе.', 'All five office computers need to print.',
    'Дали инструкцию по сетевой установке и общему доступу к сканеру.', 'Sent instructions for network install and shared scanning.',
  ),
  q(
    'Телефон просит пароль от аккаунта', 'Phone asks for the account password',
    'После сброса настроек телефон требует старый аккаунт Google.', 'After a factory reset the phone wants the old Google account.',
    'Объяснили процедуру восстановления доступа к аккаунту с документами о покупке.', 'Explained account recovery with proof of purchase.',
  ),
];
