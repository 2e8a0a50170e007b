export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

/** One line of a record's History, as the history section shows it. */
export type AuditEntry = {
  id: number;
  action: 'create' | 'update' | 'delete';
  changes: FieldChanges | null;
  createdAt: Date;
  actorId: number | null;
  /** The name when the change was made; `currentActorName` is the name now (null once deleted). */
  actorName: string | null;
  currentActorName: string | null;
};

/** Field-level before/after of the keys that really changed; secrets are never recorded. */
export function diffFields<T extends Record<string, unknown>>(before: T | null, after: T | null, fields: readonly (keyof T & string)[]): FieldChanges {
  const changes: FieldChanges = {};
  for (const field of fields) {
    const from = normalise(before?.[field]);
    const to = normalise(after?.[field]);
    if (from !== to) changes[field] = { from, to };
  }
  return changes;
}

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value ?? null;
}
