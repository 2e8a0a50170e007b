import { sql } from 'drizzle-orm';
import { db } from '@/db';

export const dynamic = 'force-dynamic';

/** Liveness and a real database round trip; says nothing about settings or secrets. */
export function GET() {
  try {
    const row = db().get<{ migrations: number }>(sql`SELECT count(*) AS migrations FROM __drizzle_migrations`);
    return Response.json({ status: 'ok', database: 'ok', migrations: row?.migrations ?? 0 });
  } catch (error) {
    console.error(JSON.stringify({ event: 'health_db_error', message: (error as Error).message }));
    return Response.json({ status: 'error', database: 'unavailable' }, { status: 503 });
  }
}
