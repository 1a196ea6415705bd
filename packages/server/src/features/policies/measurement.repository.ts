import type { EvidenceFileType, ManualMeasurementFields } from '@jenjang/domain/policies/indicator.contract';
import { sql } from 'kysely';
import type { Tx } from '../../db/database';

// A manual indicator's measurements and their evidence files (migration 0036): inserted, listed,
// withdrawn once; never changed nor deleted (a trigger keeps them so).

/** One indicator of the policy, with its source. */
export function findIndicator(tx: Tx, policyId: number, indicatorId: number) {
  return tx
    .selectFrom('policy_indicator')
    .select(['id', 'policy_id', 'name', 'source', 'params'])
    .where('policy_id', '=', policyId)
    .where('id', '=', indicatorId)
    .executeTakeFirst();
}

export async function insertMeasurement(
  tx: Tx,
  tenantId: number,
  indicatorId: number,
  fields: ManualMeasurementFields,
  enteredBy: number,
  now: Date,
): Promise<number> {
  const row = await tx
    .insertInto('indicator_measurement')
    .values({
      tenant_id: tenantId,
      indicator_id: indicatorId,
      measured_on: fields.measuredOn,
      value: fields.value,
      note: fields.note,
      data_source: fields.dataSource,
      entered_by: enteredBy,
      entered_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertAttachment(
  tx: Tx,
  tenantId: number,
  measurementId: number,
  file: { name: string; type: EvidenceFileType; content: Buffer; sha256: Buffer },
): Promise<number> {
  const row = await tx
    .insertInto('indicator_attachment')
    .values({
      tenant_id: tenantId,
      measurement_id: measurementId,
      file_name: file.name,
      file_type: file.type,
      bytes: file.content.length,
      sha256: file.sha256,
      content: file.content,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The indicator's measurements, oldest day first, with who entered or withdrew them and the file's facts. */
export function listMeasurements(tx: Tx, indicatorId: number) {
  return tx
    .selectFrom('indicator_measurement as m')
    .leftJoin('account as e', 'e.id', 'm.entered_by')
    .leftJoin('account as w', 'w.id', 'm.withdrawn_by')
    .leftJoin('indicator_attachment as a', 'a.measurement_id', 'm.id')
    .where('m.indicator_id', '=', indicatorId)
    .select([
      'm.id',
      sql<string>`to_char(m.measured_on, 'YYYY-MM-DD')`.as('measured_on'),
      'm.value',
      'm.note',
      'm.data_source',
      'm.entered_at',
      'e.display_name as entered_by_name',
      'm.withdrawn_at',
      'm.withdrawn_reason',
      'w.display_name as withdrawn_by_name',
      'a.id as attachment_id',
      'a.file_name',
      'a.file_type',
      'a.bytes',
    ])
    .orderBy('m.measured_on')
    .orderBy('m.id')
    .execute();
}

/** The values a manual indicator shows: those not withdrawn, oldest day first. */
export function standingMeasurements(tx: Tx, indicatorId: number) {
  return tx
    .selectFrom('indicator_measurement')
    .select([sql<string>`to_char(measured_on, 'YYYY-MM-DD')`.as('measured_on'), 'value', 'entered_at'])
    .where('indicator_id', '=', indicatorId)
    .where('withdrawn_at', 'is', null)
    .orderBy('measured_on')
    .orderBy('id')
    .execute();
}

export function lockMeasurement(tx: Tx, indicatorId: number, measurementId: number) {
  return tx
    .selectFrom('indicator_measurement')
    .select([
      'id',
      sql<string>`to_char(measured_on, 'YYYY-MM-DD')`.as('measured_on'),
      'value',
      'entered_at',
      'withdrawn_at',
    ])
    .where('indicator_id', '=', indicatorId)
    .where('id', '=', measurementId)
    .forUpdate()
    .executeTakeFirst();
}

export async function withdrawMeasurement(tx: Tx, id: number, by: number, reason: string, now: Date) {
  await tx
    .updateTable('indicator_measurement')
    .set({ withdrawn_at: now, withdrawn_by: by, withdrawn_reason: reason })
    .where('id', '=', id)
    .execute();
}

/** When the policy's latest evaluation was decided: what was entered by then is part of a decision's record. */
export async function lastDecision(tx: Tx, policyId: number): Promise<Date | null> {
  const row = await tx
    .selectFrom('policy_evaluation')
    .select((eb) => eb.fn.max('decided_at').as('at'))
    .where('policy_id', '=', policyId)
    .executeTakeFirst();
  return row?.at ?? null;
}

/** An evidence file of the indicator's measurements, with its bytes. */
export function findAttachment(tx: Tx, indicatorId: number, attachmentId: number) {
  return tx
    .selectFrom('indicator_attachment as a')
    .innerJoin('indicator_measurement as m', 'm.id', 'a.measurement_id')
    .select(['a.id', 'a.file_name', 'a.file_type', 'a.content'])
    .where('m.indicator_id', '=', indicatorId)
    .where('a.id', '=', attachmentId)
    .executeTakeFirst();
}
