import { existsSync } from 'node:fs';

/**
 * Scripts read .env.local and .env as `next start` does, so a production machine configured
 * with an .env file migrates, seeds and creates users against the same database. Variables
 * already in the environment win (loadEnvFile never overrides them).
 */
for (const file of ['.env.local', '.env']) if (existsSync(file)) process.loadEnvFile(file);
