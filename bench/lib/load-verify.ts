/**
 * A cross-check of the load test's own judgement: every status change and comment it counted
 * as done must be a row in the database afterwards, and nothing it counted as failed may be.
 */
import Database from 'better-sqlite3';
import type { Sample } from './load-stats';

export type WriteCheck = { statusRows: number; statusAcknowledged: number; commentRows: number; commentAcknowledged: number; ok: boolean };

export function lastEventId(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT coalesce(max(id), 0) AS id FROM ticket_events').get() as { id: number }).id;
  } finally {
    db.close();
  }
}

/** Compares the events written after `afterId` with the writes the test saw succeed. */
export function checkWrites(file: string, afterId: number, samples: Sample[]): WriteCheck {
  const db = new Database(file, { readonly: true });
  try {
    const rows = (kind: string) => (db.prepare('SELECT count(*) AS n FROM ticket_events WHERE id > ? AND kind = ?').get(afterId, kind) as { n: number }).n;
    const acknowledged = (op: Sample['op']) => samples.filter((s) => s.op === op && !s.failure).length;
    const check = { statusRows: rows('status_changed'), statusAcknowledged: acknowledged('status'), commentRows: rows('comment'), commentAcknowledged: acknowledged('comment') };
    return { ...check, ok: check.statusRows === check.statusAcknowledged && check.commentRows === check.commentAcknowledged };
  } finally {
    db.close();
  }
}
