import { subDays, subYears } from 'date-fns';
import type { DataSource } from 'typeorm';

/** Resolved tickets are useful for training new support staff. */
const RESOLVED_TICKET_RETENTION_DAYS = 3 * 365;

export async function purgeSupportTickets(ds: DataSource, now = new Date()): Promise<void> {
  await ds.query('delete from support_tickets where resolved_at < $1', [subDays(now, RESOLVED_TICKET_RETENTION_DAYS)]);
}

export async function purgeInvoices(ds: DataSource, now = new Date()): Promise<void> {
  await ds.query('delete from invoices where issued_at < $1', [subYears(now, 7)]);
}
