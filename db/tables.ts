import { currentEngine } from './engine';
import * as pg from './pg/schema';
import * as sqlite from './schema';

/**
 * The tables the queries run on: PostgreSQL's when the app runs there, else SQLite's. Both schemas
 * describe one database, column for column (tests/unit/pg-schema.test.ts), so a query is written
 * once, against SQLite's types, and drizzle builds it in the dialect of the connection it runs on.
 */
const chosen = (currentEngine() === 'postgres' ? pg : sqlite) as unknown as typeof sqlite;

export const {
  departments,
  employees,
  clients,
  tickets,
  ticketEvents,
  attachments,
  notifications,
  auditLog,
  throttles,
  staffSessions,
  catalogItems,
  ticketLines,
  estimates,
  payments,
  paymentSums,
  telegramLinks,
  inboundMessages,
  clientNotificationRules,
  figureSnapshots,
} = chosen;
