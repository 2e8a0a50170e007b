/**
 * Issue 16: a ticket page with a long estimate. The demo generator gives tickets a few lines;
 * the benchmark makes the newest repair in progress carry exactly LINES lines (from the price
 * list, in turn), so its page is measured with a big lines table. Idempotent: a database that
 * already has it is left as it is.
 */
import Database from 'better-sqlite3';
import { lineTotalMinor } from '../../lib/estimates/totals';

export const LINES = 40;

export function ensureTicketWithLines(file: string): number {
  const db = new Database(file);
  try {
    const ticket = db.prepare("SELECT id FROM tickets WHERE kind = 'repair' AND status = 'in_progress' ORDER BY id DESC LIMIT 1").get() as { id: number } | undefined;
    if (!ticket) throw new Error('the bench database has no repair in progress');
    const { n } = db.prepare('SELECT count(*) AS n FROM ticket_lines WHERE ticket_id = ?').get(ticket.id) as { n: number };
    if (n === LINES) return ticket.id;
    const items = db.prepare('SELECT id, kind, code, name, price_minor AS price, warranty_days AS warranty FROM catalog_items ORDER BY id LIMIT ?').all(LINES) as {
      id: number;
      kind: 'service' | 'part';
      code: string;
      name: string;
      price: number;
      warranty: number;
    }[];
    const now = Date.now();
    const insert = db.prepare(
      'INSERT INTO ticket_lines (ticket_id, kind, catalog_item_id, code, name, quantity, unit_price_minor, discount_minor, warranty_days, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)',
    );
    db.transaction(() => {
      db.prepare('DELETE FROM ticket_lines WHERE ticket_id = ?').run(ticket.id);
      let total = 0;
      for (let i = 0; i < LINES; i++) {
        const item = items[i % Math.max(1, items.length)];
        const quantity = 1 + (i % 3);
        const price = item?.price ?? 100_000 + i * 1_000;
        insert.run(ticket.id, item?.kind === 'part' ? 'part' : 'work', item?.id ?? null, item?.code ?? null, item?.name ?? `Работа ${i + 1}`, quantity, price, item?.warranty ?? 30, now, now);
        total += lineTotalMinor({ quantity, unitPriceMinor: price, discountMinor: 0 });
      }
      db.prepare('UPDATE tickets SET estimate_minor = ?, discount_minor = 0 WHERE id = ?').run(total, ticket.id);
    })();
    return ticket.id;
  } finally {
    db.close();
  }
}
