import './lib/load-env';
import { openDatabase, runMigrations } from '@/db/connection';
import { env } from '@/lib/env';

const file = env().DATABASE_URL;
const db = openDatabase(file);
runMigrations(db);
db.$client.close();
console.log(`Migrations applied to ${file}`);
