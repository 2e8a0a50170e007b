import Database from 'better-sqlite3';

/**
 * Forgets every staff session of a bench database before it is served. Each run signs in again,
 * and the floor (/profile) lists the signed-in employee's sessions: a database measured fifty
 * times would otherwise serve a floor with fifty sessions on it, heavier run after run (seen: 61
 * sessions halved the floor's requests/s at a million tickets).
 */
export function forgetSessions(file: string) {
  const db = new Database(file);
  try {
    db.prepare('DELETE FROM staff_sessions').run();
  } finally {
    db.close();
  }
}
