import { customType } from 'drizzle-orm/pg-core';

/**
 * An instant as UTC milliseconds in a bigint, read back as a Date: what SQLite's
 * `integer({ mode: 'timestamp_ms' })` is, so raw SQL compares instants as numbers on both engines
 * and a list's keyset cursor (a number) means the same on either.
 */
export const instant = customType<{ data: Date; driverData: number | string }>({
  dataType: () => 'bigint',
  toDriver: (value) => value.getTime(),
  fromDriver: (value) => new Date(Number(value)),
});

/** Bytes (SQLite's blob in buffer mode). */
export const bytea = customType<{ data: Buffer; driverData: Buffer }>({
  dataType: () => 'bytea',
});
