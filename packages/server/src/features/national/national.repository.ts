import { sql } from 'kysely';
import type { Tx } from '../../db/database';

// Cross-government figures come only from the SECURITY DEFINER functions of migration 0014, which
// return counts and means; the app role cannot read another government's rows by any other way.

export interface GovernmentRow {
  tenant_id: number;
  code: string;
  name: string;
  kind: 'provinsi' | 'kabupaten' | 'kota';
  time_zone: string;
  ikm_weight: string;
  ikm_round_decimals: number | null;
  demo: boolean;
}

export async function governments(tx: Tx): Promise<GovernmentRow[]> {
  const result = await sql<GovernmentRow>`
    select tenant_id, code, name, kind, time_zone, ikm_weight, ikm_round_decimals, demo
    from national_governments()`.execute(tx);
  return result.rows;
}

export async function employeeCounts(tx: Tx) {
  const result = await sql<{ tenant_id: number; pns: number; pppk: number }>`
    select * from national_employee_counts()`.execute(tx);
  return result.rows;
}

export interface IkmElementRow {
  tenant_id: number;
  wave_id: number;
  survey_title: string;
  service_name: string | null;
  service_unit: string | null;
  wave_label: string;
  opens_at: Date;
  closes_at: Date;
  /** Null when the wave holds fewer than k answers; then there are no element rows either. */
  responses: number | null;
  element: string | null;
  element_order: number | null;
  answered: number | null;
  mean: number | null;
}

/** One row per wave and SKM element (one row without an element for a wave under k). */
export async function ikmElements(tx: Tx, k: number): Promise<IkmElementRow[]> {
  const result = await sql<IkmElementRow>`select * from national_ikm_elements(${k}::int)`.execute(tx);
  return result.rows;
}

export interface ParticipationRow {
  tenant_id: number;
  wave_id: number;
  survey_title: string;
  mode: 'identified' | 'anonymous';
  wave_label: string;
  status: 'open' | 'closed';
  opens_at: Date;
  closes_at: Date;
  invited: number;
  responded: number;
  min_group_size: number;
}

export async function participation(tx: Tx): Promise<ParticipationRow[]> {
  const result = await sql<ParticipationRow>`select * from national_participation()`.execute(tx);
  return result.rows;
}

/** The kind of the caller's own tenant ('nasional' for a national viewer). */
export async function tenantKind(tx: Tx, tenantId: number): Promise<string | null> {
  const row = await tx.selectFrom('tenant').select('kind').where('id', '=', tenantId).executeTakeFirst();
  return row?.kind ?? null;
}

export interface CompetencyFigureRow {
  tenant_id: number;
  /** Null on the government's JPM row. */
  code: string | null;
  required: number | null;
  assessed: number | null;
  below: number | null;
  shortfall: number | null;
  employees: number | null;
  meets: number | null;
  still_meets: number | null;
  lacking: number | null;
}

/**
 * Per government: a row per national competency (requirements, assessed, below standard, levels
 * short) and one without a code (its employees by JPM, against its own cut-offs).
 */
export async function competencyFigures(tx: Tx): Promise<CompetencyFigureRow[]> {
  return (await sql<CompetencyFigureRow>`select * from national_competency_figures()`.execute(tx)).rows;
}
