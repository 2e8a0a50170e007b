/** What a ticket is about: device, fault, texts and money, in the client's language. */
import type { Locale } from '@/lib/domain/enums';
import { formatTicketNumber } from '@/lib/tickets/number';
import { ACCESSORIES, INTAKE_CONDITIONS, type Bilingual } from './catalog-repairs';
import { QUESTIONS } from './catalog-consultations';
import type { DepartmentSeed } from './departments';
import type { Random } from './random';

/** Where a repaired device and its fault sit in the department's catalog, so the device can come back. */
export interface CatalogPick {
  device: number;
  brand: number;
  model: number;
  fault: number;
}

export interface Content {
  title: string;
  description: string;
  deviceType: string | null;
  brand: string | null;
  model: string | null;
  serialNumber: string | null;
  accessories: string | null;
  intakeCondition: string | null;
  diagnosis: string;
  workDone: string;
  /** Whole roubles, before warranty and rounding; 0 for consultations. */
  price: number;
  /** Repairs only: what `device`, `brand`, `model` and the fault are. */
  pick: CatalogPick;
}

/** A device brought back: the one an earlier ticket of the same client repaired. */
export interface ReturningDevice {
  pick: CatalogPick;
  serialNumber: string;
  /** The earlier ticket's id, which is its number. */
  earlierTicket: number;
}

const DIGITS = '0123456789';
const SERIAL_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

const WARRANTY_DIAGNOSIS: Bilingual = {
  ru: 'Неисправность связана с нашим прошлым ремонтом, случай гарантийный.',
  en: 'The fault comes from our earlier repair; covered by the warranty.',
};

function repairedBefore(lang: Locale, earlierTicket: number): string {
  return lang === 'ru' ? ` Ранее ремонтировали у нас (${formatTicketNumber(earlierTicket)}).` : ` Repaired here before (${formatTicketNumber(earlierTicket)}).`;
}

/** Texts and price of a repair of the picked device and fault; the serial number is the caller's. */
function fillRepair(out: Content, rng: Random, dept: DepartmentSeed, lang: Locale, pick: CatalogPick) {
  const device = dept.devices[pick.device];
  const brand = device.brands[pick.brand];
  const model = brand.models[pick.model];
  const fault = device.faults[pick.fault];
  out.title = `${fault.title[lang]} — ${brand.name} ${model}`;
  out.description = fault.description[lang];
  out.deviceType = device.type[lang];
  out.brand = brand.name;
  out.model = model;
  out.accessories = rng.pick(ACCESSORIES)[lang];
  out.intakeCondition = rng.pick(INTAKE_CONDITIONS)[lang];
  out.diagnosis = fault.diagnosis[lang];
  out.workDone = fault.workDone[lang];
  out.price = rng.int(fault.costRub[0] / 100, fault.costRub[1] / 100) * 100;
}

/** Fills `out` (reused across tickets) with a repair of one of the department's devices. */
export function repairContent(out: Content, rng: Random, dept: DepartmentSeed, lang: Locale) {
  const pick = out.pick;
  pick.device = rng.int(0, dept.devices.length - 1);
  const device = dept.devices[pick.device];
  pick.brand = rng.int(0, device.brands.length - 1);
  pick.model = rng.int(0, device.brands[pick.brand].models.length - 1);
  pick.fault = rng.int(0, device.faults.length - 1);
  out.serialNumber = device.serial === 'imei' ? `35${rng.string(DIGITS, 13)}` : rng.string(SERIAL_CHARS, 10);
  fillRepair(out, rng, dept, lang, pick);
}

/**
 * Fills `out` with the client's device coming back. Under warranty the earlier repair did not
 * last (the same fault, told as the client tells it); otherwise it is a new fault of the same device.
 */
export function returnContent(out: Content, rng: Random, dept: DepartmentSeed, lang: Locale, back: ReturningDevice, warranty: boolean) {
  const pick = out.pick;
  pick.device = back.pick.device;
  pick.brand = back.pick.brand;
  pick.model = back.pick.model;
  pick.fault = warranty ? back.pick.fault : rng.int(0, dept.devices[pick.device].faults.length - 1);
  out.serialNumber = back.serialNumber;
  fillRepair(out, rng, dept, lang, pick);
  if (warranty) {
    const comeback = dept.devices[pick.device].faults[pick.fault].comeback;
    out.title = `${comeback.title[lang]} — ${out.brand} ${out.model}`;
    out.description = comeback.description[lang];
    out.diagnosis = WARRANTY_DIAGNOSIS[lang];
  }
  out.description += repairedBefore(lang, back.earlierTicket);
}

export function consultationContent(out: Content, rng: Random, lang: Locale) {
  const question = rng.pick(QUESTIONS);
  out.title = question.title[lang];
  out.description = question.description[lang];
  out.deviceType = null;
  out.brand = null;
  out.model = null;
  out.serialNumber = null;
  out.accessories = null;
  out.intakeCondition = null;
  out.diagnosis = '';
  out.workDone = question.answer[lang];
  out.price = 0;
}

export function emptyContent(): Content {
  return {
    title: '', description: '', deviceType: null, brand: null, model: null, serialNumber: null,
    accessories: null, intakeCondition: null, diagnosis: '', workDone: '', price: 0,
    pick: { device: 0, brand: 0, model: 0, fault: 0 },
  };
}
