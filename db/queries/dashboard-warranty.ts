import 'server-only';
/**
 * Warranty returns per department over the dashboard's window (a quality measure): tickets taken
 * in with warranty_return_of_id set, counted by the department that took them in. The partial
 * index tickets_warranty_return_idx holds only warranty returns, so the count never reads the
 * other tickets.
 */
import { sql } from 'drizzle-orm';
import { db } from '@/db';
import { rawAll } from '@/db/exec';
import { indexedBy } from '@/db/dialect';

export type WarrantyReturnRow = { departmentId: number; name: string | null; count: number };

/** Per department with any, most returns first (then by name): warranty returns taken in within [start, end). */
export async function warrantyReturnsPerDepartment(start: Date, end: Date): Promise<WarrantyReturnRow[]> {
  const rows = await rawAll<WarrantyReturnRow>(db(), sql`
    SELECT r.department_id AS "departmentId", d.name AS name, r.n AS count
    FROM (
      SELECT department_id, count(*) AS n
      FROM tickets ${indexedBy('tickets_warranty_return_idx')}
      WHERE warranty_return_of_id IS NOT NULL AND created_at >= ${start.getTime()} AND created_at < ${end.getTime()}
      GROUP BY department_id
    ) r LEFT JOIN departments d ON d.id = r.department_id`);
  return rows.sort((a, b) => b.count - a.count || (a.name ?? '').localeCompare(b.name ?? ''));
}
