import {
  calendarDateIn,
  DEFAULT_TIME_ZONE,
  isTimeZone,
  type TimeZone,
} from '@jenjang/domain/shared/time-zone';
import { sql } from 'kysely';
import type { Tx } from './database';

/**
 * The time zone of the government whose transaction this is (`withTenant` sets it; row-level
 * security shows its tenant row only). A transaction without a tenant reads the default zone.
 */
export async function tenantZone(tx: Tx): Promise<TimeZone> {
  const row = await tx.selectFrom('tenant').select('time_zone').executeTakeFirst();
  return isTimeZone(row?.time_zone) ? row.time_zone : DEFAULT_TIME_ZONE;
}

/** The government's date today on its own clock: a file imported at 23:30 WIT belongs to that day. */
export async function tenantToday(tx: Tx, now: Date): Promise<string> {
  return calendarDateIn(now, await tenantZone(tx));
}

/**
 * The database's now: for figures computed when read with no request clock to hand (indicator
 * sources), as the registry's are, so "this year" agrees with the rows' own timestamps.
 */
export async function databaseNow(tx: Tx): Promise<Date> {
  const { rows } = await sql<{ now: Date }>`select now() as now`.execute(tx);
  return rows[0]!.now;
}
