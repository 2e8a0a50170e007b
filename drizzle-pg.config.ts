import { defineConfig } from 'drizzle-kit';

/** The PostgreSQL migrations (db/migrations-pg), made from db/pg/schema.ts: `npm run db:generate:pg`. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/pg/schema.ts',
  out: './db/migrations-pg',
  strict: true,
});
