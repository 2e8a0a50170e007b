import { sql } from 'drizzle-orm';
import { db } from '@/db';
import { env, EnvError } from '@/lib/env';
import { rawGet } from '@/db/exec';
import { currentEngine } from '@/db/engine';

// drizzle-kit's record of the migrations run: PostgreSQL's migrator keeps it in a schema of its own.
const MIGRATIONS_TABLE = currentEngine() === 'postgres' ? sql`drizzle.__drizzle_migrations` : sql`__drizzle_migrations`;

export const dynamic = 'force-dynamic';

/**
 * Liveness: the settings every page needs are valid and the database answers a real round trip.
 * Names no setting and no secret: bad settings are listed in the server's log, not here.
 */
export async function GET() {
  try {
    env();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    return Response.json({ status: 'error', settings: 'invalid' }, { status: 503 });
  }
  try {
    const row = await rawGet<{ migrations: number }>(db(), sql`SELECT count(*) AS migrations FROM ${MIGRATIONS_TABLE}`);
    return Response.json({ status: 'ok', database: 'ok', migrations: row?.migrations ?? 0 });
  } catch (error) {
    console.error(JSON.stringify({ event: 'health_db_error', message: (error as Error).message }));
    return Response.json({ status: 'error', database: 'unavailable' }, { status: 503 });
  }
}
