import { describe, expect, it } from 'vitest';
import { numberedPlaceholders } from '../e2e/test-database';

describe("the browser tests' SQL on PostgreSQL", () => {
  it("numbers SQLite's placeholders in order", () => {
    expect(numberedPlaceholders('UPDATE employees SET active = ? WHERE email = ? AND id > ?')).toBe('UPDATE employees SET active = $1 WHERE email = $2 AND id > $3');
  });

  it('leaves a question mark inside quoted text alone, doubled quotes included', () => {
    expect(numberedPlaceholders("SELECT id FROM tickets WHERE title = 'Why? It''s broken?' AND client_id = ?")).toBe(
      "SELECT id FROM tickets WHERE title = 'Why? It''s broken?' AND client_id = $1",
    );
  });
});
