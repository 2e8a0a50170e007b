/** What a ticket is about: device, fault, texts and money, in the client's language. */
import type { Locale } from '@/lib/domain/enums';
import { ACCESSORIES, INTAKE_CONDITIONS, type Fault } from './catalog-repairs';
import { QUESTIONS } from './catalog-consultations';
import type { DepartmentSeed } from './departments';
import type { Random } from './random';

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
}

const DIGITS = '0123456789';
const SERIAL_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

/** Fills `out` (reused across tickets) with a repair of one of the department's devices. */
export function repairContent(out: Content, rng: Random, dept: DepartmentSeed, lang: Locale) {
  const device = rng.pick(dept.devices);
  const brand = rng.pick(device.brands);
  const model = rng.pick(brand.models);
  const fault: Fault = rng.pick(device.faults);
  out.title = `${fault.title[lang]} — ${brand.name} ${model}`;
  out.description = fault.description[lang];
  out.deviceType = device.type[lang];
  out.brand = brand.name;
  out.model = model;
  out.serialNumber = device.serial === 'imei' ? `35${rng.string(DIGITS, 13)}` : rng.string(SERIAL_CHARS, 10);
  out.accessories = rng.pick(ACCESSORIES)[lang];
  out.intakeCondition = rng.pick(INTAKE_CONDITIONS)[lang];
  out.diagnosis = fault.diagnosis[lang];
  out.workDone = fault.workDone[lang];
  out.price = rng.int(fault.costRub[0] / 100, fault.costRub[1] / 100) * 100;
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
  };
}
