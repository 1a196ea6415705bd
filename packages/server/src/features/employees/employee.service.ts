import {
  golonganRank,
  isPnsGolongan,
  PNS_GOLONGAN,
  PPPK_GOLONGAN,
  pangkatOf,
} from '@jenjang/domain/people/golongan';
import { formatNip, maskNik } from '@jenjang/domain/people/nip.rules';
import { type Actor, can, listScope } from '@jenjang/domain/shared/access';
import { type Db, withTenant } from '../../db/database';
import { notFound } from '../../http/problem';
import * as repo from './employee.repository';

function fullName(row: { name: string; front_title: string | null; back_title: string | null }): string {
  const withFront = row.front_title ? `${row.front_title} ${row.name}` : row.name;
  return row.back_title ? `${withFront}, ${row.back_title}` : withFront;
}

type SummaryRow = Awaited<ReturnType<typeof repo.listEmployees>>['rows'][number];

function toSummary(row: SummaryRow) {
  return {
    id: row.id,
    nip: row.nip,
    nipFormatted: formatNip(row.nip),
    employeeType: row.employee_type,
    fullName: fullName(row),
    golongan: row.golongan,
    positionName: row.position_name,
    positionKind: row.position_kind,
    unitName: row.unit_name,
    unitPath: row.unit_path,
  };
}

export async function listEmployees(
  db: Db,
  actor: Actor,
  query: repo.EmployeeFilters & { page: number; pageSize: number; sort: string },
) {
  const scope = listScope(actor, 'employee.read');
  return withTenant(db, actor.tenantId, async (tx) => {
    const { rows, total } = await repo.listEmployees(tx, scope, query, query);
    return { items: rows.map(toSummary), total, page: query.page, pageSize: query.pageSize };
  });
}

type DetailRow = NonNullable<Awaited<ReturnType<typeof repo.findEmployee>>>;

/** One employee's record as the detail page (and a correction's answer) shows it; NIK masked. */
export function toDetail(row: DetailRow) {
  return {
    ...toSummary(row),
    name: row.name,
    frontTitle: row.front_title,
    backTitle: row.back_title,
    birthDate: row.birth_date,
    sex: row.sex,
    nikMasked: row.nik ? maskNik(row.nik) : null,
    pnsId: row.pns_id,
    nipLama: row.nip_lama,
    legalStatus: row.legal_status,
    golonganInitial: row.golongan_initial,
    tmtCpns: row.tmt_cpns,
    tmtPns: row.tmt_pns,
    tmtGolongan: row.tmt_golongan,
    tmtJabatan: row.tmt_jabatan,
    serviceYears: row.service_years,
    serviceMonths: row.service_months,
    positionLevel: row.position_level,
    educationLevel: row.education_level,
    education: row.education,
    status: row.status,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    unitId: row.unit_id,
    positionId: row.position_id,
    version: row.version,
  };
}

export async function getEmployee(db: Db, actor: Actor, id: number) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const row = await repo.findEmployee(tx, id);
    // Out of scope looks exactly like absent: no probing for who exists elsewhere.
    if (
      !row ||
      !can(actor, 'employee.read', { tenantId: row.tenant_id, unitPath: row.unit_ids, employeeId: row.id })
    ) {
      throw notFound();
    }
    return toDetail(row);
  });
}

export function listGolongan() {
  return {
    items: [
      ...PNS_GOLONGAN.map((g) => ({
        code: g.code as string,
        employeeType: 'PNS' as const,
        rank: golonganRank(g.code),
        pangkat: isPnsGolongan(g.code) ? pangkatOf(g.code) : null,
      })),
      ...PPPK_GOLONGAN.map((code) => ({
        code: code as string,
        employeeType: 'PPPK' as const,
        rank: golonganRank(code),
        pangkat: null,
      })),
    ],
  };
}
