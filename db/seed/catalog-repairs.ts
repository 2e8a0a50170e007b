/** Devices and their typical faults, in both languages: the raw material of repair tickets. */

export interface Bilingual {
  ru: string;
  en: string;
}

export interface Fault {
  title: Bilingual;
  description: Bilingual;
  diagnosis: Bilingual;
  workDone: Bilingual;
  /** What the client says when the repair did not last and the device comes back under warranty. */
  comeback: { title: Bilingual; description: Bilingual };
  /** Typical price range of the repair, whole roubles. */
  costRub: readonly [number, number];
}

export interface DeviceKind {
  type: Bilingual;
  brands: readonly { name: string; models: readonly string[] }[];
  serial: 'imei' | 'serial';
  faults: readonly Fault[];
}

const t = (ru: string, en: string): Bilingual => ({ ru, en });

const LAPTOP_FAULTS: readonly Fault[] = [
  {
    title: t('Не включается', "Won't power on"),
    description: t('После грозы ноутбук перестал включаться, индикатор зарядки не горит.', 'Stopped turning on after a storm; the charging light stays off.'),
    diagnosis: t('Выгорел контроллер питания на материнской плате.', 'Burnt power controller on the motherboard.'),
    workDone: t('Заменён контроллер питания, проверена работа от батареи и сети.', 'Replaced the power controller; tested on battery and mains.'),
    comeback: {
      title: t('Снова не включается после ремонта', 'Will not power on again after the repair'),
      description: t('После ремонта платы проработал недолго и снова перестал включаться.', 'Worked for a while after the board repair, then stopped powering on again.'),
    },
    costRub: [4500, 12000],
  },
  {
    title: t('Сильно греется и шумит', 'Overheats and is noisy'),
    description: t('Вентилятор постоянно гудит, в играх ноутбук выключается.', 'The fan is always loud; shuts down while gaming.'),
    diagnosis: t('Система охлаждения забита пылью, термопаста высохла.', 'Cooling system clogged with dust, thermal paste dried out.'),
    workDone: t('Чистка системы охлаждения, замена термопасты и термопрокладок.', 'Cleaned the cooling system, replaced thermal paste and pads.'),
    comeback: {
      title: t('Снова греется после чистки', 'Overheating again after the cleaning'),
      description: t('Вентилятор опять гудит, под нагрузкой ноутбук выключается.', 'The fan is loud again and it shuts down under load.'),
    },
    costRub: [2000, 4500],
  },
  {
    title: t('Разбита матрица', 'Cracked screen'),
    description: t('Уронили, по экрану пошли полосы и пятна.', 'Dropped it; stripes and blotches across the screen.'),
    diagnosis: t('Повреждена матрица, шлейф исправен.', 'Display panel damaged, cable is fine.'),
    workDone: t('Заменена матрица, проверены подсветка и битые пиксели.', 'Replaced the display panel; checked backlight and dead pixels.'),
    comeback: {
      title: t('Полоса на новой матрице', 'A line on the new display'),
      description: t('На заменённой матрице появилась вертикальная полоса.', 'A vertical line has appeared on the replaced display.'),
    },
    costRub: [6000, 18000],
  },
  {
    title: t('Залит водой', 'Liquid spill'),
    description: t('Пролили чай на клавиатуру, часть клавиш не работает.', 'Spilled tea on the keyboard; some keys do not work.'),
    diagnosis: t('Окисление на клавиатуре и разъёме, плата не пострадала.', 'Corrosion on the keyboard and connector; the board is intact.'),
    workDone: t('Ультразвуковая чистка, заменена клавиатура.', 'Ultrasonic cleaning, keyboard replaced.'),
    comeback: {
      title: t('Не работают клавиши новой клавиатуры', 'Keys failing on the new keyboard'),
      description: t('На заменённой клавиатуре перестали нажиматься несколько клавиш.', 'Several keys on the replaced keyboard stopped working.'),
    },
    costRub: [3500, 9000],
  },
  {
    title: t('Медленно работает, не загружается Windows', 'Slow, Windows will not boot'),
    description: t('Долго загружается, потом синий экран.', 'Takes ages to start, then a blue screen.'),
    diagnosis: t('Диск с переназначенными секторами, требуется замена на SSD.', 'Disk has reallocated sectors; needs an SSD.'),
    workDone: t('Установлен SSD 512 ГБ, перенесены данные, установлена система.', 'Fitted a 512 GB SSD, moved the data, installed the system.'),
    comeback: {
      title: t('Ошибка диска после замены', 'Disk error after the upgrade'),
      description: t('Система иногда не видит установленный SSD, при загрузке ошибка.', 'The system sometimes does not see the new SSD; an error at start-up.'),
    },
    costRub: [5000, 9000],
  },
  {
    title: t('Сломан разъём зарядки', 'Broken charging port'),
    description: t('Зарядка работает только если держать штекер под углом.', 'Charges only if the plug is held at an angle.'),
    diagnosis: t('Разбит разъём питания, трещина в пайке.', 'Power jack broken, cracked solder joints.'),
    workDone: t('Заменён разъём питания.', 'Replaced the power jack.'),
    comeback: {
      title: t('Снова плохо заряжается', 'Charging badly again'),
      description: t('Новый разъём питания разболтался, зарядка пропадает.', 'The new power jack has come loose; charging cuts out.'),
    },
    costRub: [2500, 5000],
  },
];

const PHONE_FAULTS: readonly Fault[] = [
  {
    title: t('Разбит экран', 'Broken screen'),
    description: t('Упал на асфальт, сенсор не реагирует в нижней части.', 'Fell on the pavement; the touch screen is dead at the bottom.'),
    diagnosis: t('Разбит дисплейный модуль.', 'Display module broken.'),
    workDone: t('Заменён дисплейный модуль, проверены сенсор и Face ID.', 'Replaced the display module; checked touch and face unlock.'),
    comeback: {
      title: t('Не работает сенсор после замены экрана', 'Touch not working after the screen replacement'),
      description: t('Новый экран перестал реагировать на касания в верхней части.', 'The new screen stopped responding to touch at the top.'),
    },
    costRub: [4000, 25000],
  },
  {
    title: t('Быстро садится батарея', 'Battery drains fast'),
    description: t('К обеду разряжается полностью, иногда выключается на 20%.', 'Empty by lunchtime, sometimes shuts down at 20%.'),
    diagnosis: t('Износ аккумулятора 35%.', 'Battery worn to 65% capacity.'),
    workDone: t('Заменён аккумулятор.', 'Replaced the battery.'),
    comeback: {
      title: t('Новый аккумулятор быстро садится', 'The new battery drains fast'),
      description: t('Заменённый аккумулятор снова разряжается к обеду.', 'The replaced battery is empty by lunchtime again.'),
    },
    costRub: [2500, 7000],
  },
  {
    title: t('Не заряжается', 'Not charging'),
    description: t('Не реагирует на кабель, пробовали разные зарядки.', 'No reaction to the cable; tried several chargers.'),
    diagnosis: t('Загрязнён и окислен разъём зарядки.', 'Charging port dirty and corroded.'),
    workDone: t('Заменена нижняя плата с разъёмом зарядки.', 'Replaced the lower board with the charging port.'),
    comeback: {
      title: t('Снова не заряжается', 'Not charging again'),
      description: t('После замены платы зарядки телефон опять не реагирует на кабель.', 'Since the charging board was replaced it ignores the cable again.'),
    },
    costRub: [1500, 5000],
  },
  {
    title: t('Не слышно собеседника', 'Cannot hear callers'),
    description: t('Во время звонка тишина, по громкой связи слышно.', 'Silence during calls; speakerphone works.'),
    diagnosis: t('Неисправен разговорный динамик.', 'Earpiece speaker faulty.'),
    workDone: t('Заменён разговорный динамик, сетка очищена.', 'Replaced the earpiece, cleaned the mesh.'),
    comeback: {
      title: t('Снова хрипит динамик', 'Earpiece crackling again'),
      description: t('Новый разговорный динамик хрипит, звук периодически пропадает.', 'The new earpiece crackles and the sound cuts out.'),
    },
    costRub: [1500, 4000],
  },
  {
    title: t('Попала вода', 'Water damage'),
    description: t('Уронили в воду, после сушки не включается.', 'Dropped in water; does not turn on after drying.'),
    diagnosis: t('Коррозия на системной плате, короткое замыкание по питанию.', 'Corrosion on the logic board, short on the power rail.'),
    workDone: t('Чистка платы, замена элементов цепи питания.', 'Board cleaned, power-circuit parts replaced.'),
    comeback: {
      title: t('Выключается после ремонта', 'Shuts down after the repair'),
      description: t('После восстановления платы телефон стал сам выключаться.', 'Since the board repair the phone turns itself off.'),
    },
    costRub: [3000, 12000],
  },
  {
    title: t('Не работает камера', 'Camera not working'),
    description: t('При открытии камеры чёрный экран.', 'Black screen when the camera app opens.'),
    diagnosis: t('Неисправен модуль основной камеры.', 'Main camera module faulty.'),
    workDone: t('Заменён модуль основной камеры.', 'Replaced the main camera module.'),
    comeback: {
      title: t('Камера не фокусируется после замены', 'Camera will not focus after the replacement'),
      description: t('Новый модуль камеры не фокусируется, снимки размытые.', 'The new camera module will not focus; photos are blurry.'),
    },
    costRub: [3000, 15000],
  },
];

const PRINTER_FAULTS: readonly Fault[] = [
  {
    title: t('Мнёт и не захватывает бумагу', 'Jams and will not pick up paper'),
    description: t('Бумага заходит криво и застревает, иногда берёт по несколько листов.', 'Paper feeds skewed and jams, sometimes several sheets at once.'),
    diagnosis: t('Износ ролика захвата и тормозной площадки.', 'Worn pick-up roller and separation pad.'),
    workDone: t('Заменены ролик захвата и тормозная площадка.', 'Replaced the pick-up roller and separation pad.'),
    comeback: {
      title: t('Снова мнёт бумагу', 'Jamming again'),
      description: t('После замены ролика бумага опять застревает.', 'Paper jams again after the roller replacement.'),
    },
    costRub: [1800, 4500],
  },
  {
    title: t('Полосы при печати', 'Streaks on prints'),
    description: t('На всех листах серые вертикальные полосы.', 'Grey vertical streaks on every page.'),
    diagnosis: t('Поцарапан фотобарабан, загрязнён ролик заряда.', 'Drum scratched, charge roller dirty.'),
    workDone: t('Заменён фотобарабан, чистка узлов картриджа.', 'Replaced the drum, cleaned the cartridge parts.'),
    comeback: {
      title: t('Полосы вернулись', 'The streaks are back'),
      description: t('На отпечатках снова серые полосы.', 'Grey streaks on the prints again.'),
    },
    costRub: [1500, 5000],
  },
  {
    title: t('Ошибка печки', 'Fuser error'),
    description: t('На дисплее ошибка, принтер не печатает.', 'Error on the display, nothing prints.'),
    diagnosis: t('Неисправен термоблок (обрыв термопленки).', 'Fuser unit faulty (torn fuser film).'),
    workDone: t('Заменена термоплёнка, смазка узла.', 'Replaced the fuser film and greased the unit.'),
    comeback: {
      title: t('Снова ошибка печки', 'Fuser error again'),
      description: t('Через несколько сотен страниц ошибка термоблока вернулась.', 'The fuser error came back after a few hundred pages.'),
    },
    costRub: [3000, 8000],
  },
  {
    title: t('Не сканирует', 'Scanner does not work'),
    description: t('МФУ печатает, но сканер выдаёт ошибку.', 'Prints fine but the scanner reports an error.'),
    diagnosis: t('Оборван шлейф сканирующей линейки.', 'Scanner head cable broken.'),
    workDone: t('Заменён шлейф сканера, калибровка.', 'Replaced the scanner cable, calibrated.'),
    comeback: {
      title: t('Сканер снова выдаёт ошибку', 'Scanner error again'),
      description: t('После ремонта сканер работал, теперь снова ошибка.', 'The scanner worked after the repair; now the error is back.'),
    },
    costRub: [2000, 6000],
  },
];

export const LAPTOPS_AND_PCS: readonly DeviceKind[] = [
  {
    type: t('Ноутбук', 'Laptop'),
    serial: 'serial',
    faults: LAPTOP_FAULTS,
    brands: [
      { name: 'Lenovo', models: ['IdeaPad 5 14', 'ThinkPad T14 Gen 3', 'Legion 5', 'Yoga Slim 7'] },
      { name: 'ASUS', models: ['VivoBook 15', 'ZenBook 14', 'TUF Gaming F15', 'ROG Strix G16'] },
      { name: 'HP', models: ['Pavilion 15', 'ProBook 450 G9', 'EliteBook 840 G8'] },
      { name: 'Acer', models: ['Aspire 5', 'Swift 3', 'Nitro 5'] },
      { name: 'Apple', models: ['MacBook Air M1', 'MacBook Air M2', 'MacBook Pro 14'] },
      { name: 'Huawei', models: ['MateBook D 15', 'MateBook 14'] },
    ],
  },
  {
    type: t('Системный блок', 'Desktop PC'),
    serial: 'serial',
    faults: LAPTOP_FAULTS.slice(1, 5),
    brands: [
      { name: 'DEXP', models: ['Aquilon O286', 'Atlas H388'] },
      { name: 'HP', models: ['ProDesk 400 G7', 'EliteDesk 800 G6'] },
      { name: 'Lenovo', models: ['ThinkCentre M70q', 'IdeaCentre 3'] },
    ],
  },
];

export const MOBILE_DEVICES: readonly DeviceKind[] = [
  {
    type: t('Смартфон', 'Smartphone'),
    serial: 'imei',
    faults: PHONE_FAULTS,
    brands: [
      { name: 'Apple', models: ['iPhone 11', 'iPhone 12', 'iPhone 13', 'iPhone 14 Pro', 'iPhone 15'] },
      { name: 'Samsung', models: ['Galaxy A54', 'Galaxy S22', 'Galaxy S23 Ultra', 'Galaxy A34'] },
      { name: 'Xiaomi', models: ['Redmi Note 12', 'Redmi Note 13 Pro', 'Xiaomi 13T', 'POCO X5'] },
      { name: 'HONOR', models: ['X8a', '90', 'Magic5 Lite'] },
      { name: 'realme', models: ['C55', '11 Pro'] },
    ],
  },
  {
    type: t('Планшет', 'Tablet'),
    serial: 'serial',
    faults: PHONE_FAULTS.slice(0, 3),
    brands: [
      { name: 'Apple', models: ['iPad 9', 'iPad Air 5', 'iPad Pro 11'] },
      { name: 'Samsung', models: ['Galaxy Tab S8', 'Galaxy Tab A8'] },
      { name: 'Huawei', models: ['MatePad 11'] },
    ],
  },
];

export const OFFICE_EQUIPMENT: readonly DeviceKind[] = [
  {
    type: t('МФУ', 'Multifunction printer'),
    serial: 'serial',
    faults: PRINTER_FAULTS,
    brands: [
      { name: 'HP', models: ['LaserJet Pro MFP M428fdw', 'LaserJet M140we'] },
      { name: 'Canon', models: ['i-SENSYS MF443dw', 'PIXMA G3420'] },
      { name: 'Kyocera', models: ['ECOSYS M2040dn', 'ECOSYS M2735dw'] },
      { name: 'Pantum', models: ['M6500W', 'BM5100ADW'] },
    ],
  },
  {
    type: t('Принтер', 'Printer'),
    serial: 'serial',
    faults: PRINTER_FAULTS.slice(0, 3),
    brands: [
      { name: 'Brother', models: ['HL-L2300DR', 'HL-L5100DN'] },
      { name: 'Epson', models: ['L3250', 'L805'] },
      { name: 'Xerox', models: ['Phaser 3020', 'B230'] },
    ],
  },
];

export const ACCESSORIES: readonly Bilingual[] = [
  t('Без аксессуаров', 'No accessories'),
  t('Зарядное устройство', 'Charger'),
  t('Зарядное устройство, сумка', 'Charger, bag'),
  t('Чехол', 'Case'),
  t('Кабель USB', 'USB cable'),
  t('Чехол, SIM-карта извлечена', 'Case, SIM card removed'),
];

export const INTAKE_CONDITIONS: readonly Bilingual[] = [
  t('Без видимых повреждений', 'No visible damage'),
  t('Потёртости на корпусе', 'Scuffs on the case'),
  t('Царапины на крышке', 'Scratches on the lid'),
  t('Скол на углу корпуса', 'Chipped corner'),
  t('Трещина на экране', 'Cracked screen'),
  t('Следы жидкости', 'Traces of liquid'),
];
