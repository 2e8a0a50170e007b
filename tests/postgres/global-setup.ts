import type { TestProject } from 'vitest/node';
import { startCluster } from '../../scripts/lib/postgres-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The throw-away cluster's URL for a database name (tests/postgres/database.ts makes one per test). */
    postgresServer: string;
  }
}

/** Starts one throw-away PostgreSQL cluster for the run (Debian's binaries, a temp folder, loopback). */
export default async function setup(project: TestProject) {
  const cluster = await startCluster();
  project.provide('postgresServer', cluster.url(''));
  return () => cluster.stop();
}
