import { type Golongan, golonganRank } from '@jenjang/domain/people/golongan';
import { withTenant } from '../../src/db/database';
import type { TestContext } from '../harness';
import type { UnitRef } from './organisation.factory';
import { nextSequence } from './unique';

/** An employee with sensible defaults: a PNS whose valid NIP follows from the birth date. */
export async function buildEmployee(
  ctx: TestContext,
  tenantId: number,
  values: {
    name?: string;
    /** Where the employee works: a unit from createUnit, or its id. */
    unit?: Pick<UnitRef, 'id'>;
    unitId?: number | null;
    sequence?: number;
    golongan?: string;
    birthDate?: string;
  } = {},
) {
  const birthDate = values.birthDate ?? '1985-03-12';
  const seq = String(values.sequence ?? (nextSequence() % 900) + 1).padStart(3, '0');
  const nip = `${birthDate.replaceAll('-', '')}2010011${seq}`;
  return withTenant(ctx.db, tenantId, (tx) =>
    tx
      .insertInto('employee')
      .values({
        tenant_id: tenantId,
        nip,
        employee_type: 'PNS',
        pns_id: null,
        nip_lama: null,
        name: values.name ?? `Pegawai ${seq}`,
        front_title: null,
        back_title: null,
        birth_date: birthDate,
        sex: 'M',
        nik: null,
        legal_status: 'Aktif',
        golongan: values.golongan ?? 'III/a',
        golongan_rank: golonganRank((values.golongan ?? 'III/a') as Golongan),
        golongan_initial: null,
        tmt_cpns: '2010-01-01',
        tmt_pns: null,
        tmt_golongan: null,
        tmt_jabatan: null,
        service_years: null,
        service_months: null,
        position_id: null,
        position_kind: 'pelaksana',
        position_level: null,
        education_level: null,
        education: null,
        unit_id: values.unit?.id ?? values.unitId ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow(),
  );
}
