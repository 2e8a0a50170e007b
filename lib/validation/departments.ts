import { z } from 'zod';
import { idField, longText, optionalEmailField, requiredText } from './codes';
import { optionalPhoneField } from './phone';

export const departmentFields = z.object({
  name: requiredText(120),
  description: longText(2000),
  email: optionalEmailField,
  phone: optionalPhoneField,
});

export const createDepartmentSchema = departmentFields;
export const updateDepartmentSchema = departmentFields.extend({ id: idField });
export const deleteDepartmentSchema = z.object({ id: idField });

export type DepartmentInput = z.infer<typeof departmentFields>;

/** The key that makes names unique regardless of case (Cyrillic too). */
export const departmentNameKey = (name: string) => name.trim().toLocaleLowerCase();

export const DEPARTMENT_SORTS = ['name', 'newest'] as const;

export const departmentListParams = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  sort: z.enum(DEPARTMENT_SORTS).catch('name'),
  after: z.string().max(512).optional().catch(undefined),
  before: z.string().max(512).optional().catch(undefined),
});
