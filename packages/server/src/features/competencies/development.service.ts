import type {
  DevelopmentRecordBody,
  JpAttainmentQuery,
  JpBehindQuery,
} from '@jenjang/domain/competency/development.contract';
import {
  behindBelow,
  type JpTarget,
  jpAttainment,
  yearElapsed,
} from '@jenjang/domain/competency/jp-attainment.rules';
import { type Actor, can } from '@jenjang/domain/shared/access';
import type { z } from 'zod';
import { type Db, type Tx, withTenant } from '../../db/database';
import { tenantToday } from '../../db/tenant-clock';
import { publish } from '../../events';
import { notFound, ProblemError } from '../../http/problem';
import type { JpSettings } from '../settings/competency-settings';
import { jpSettings } from '../settings/settings.service';
import * as people from './assessment.repository';
import * as repo from './development.repository';
import { findUnit, unitNames } from './gap.repository';

// The yearly JP of each employee (PP 17/2020 art. 203(4): at least 20 for a PNS; PP 49/2018 art.
// 40: at most 24 for a PPPK; the government's settings) from their development history: SIASN's
// riwayat diklat and kursus, entered or imported, and completed programs (issue 11). One person's
// record is theirs (employee.read); attainment by unit is a workforce figure (aggregate.read), and
// the list of who is behind names people (employee.read too).

type Type = 'PNS' | 'PPPK';

function targetOf(settings: JpSettings, type: Type): JpTarget {
  return type === 'PPPK'
    ? { target: settings.pppkTarget, ceiling: settings.pppkCeiling }
    : { target: settings.pnsTarget, ceiling: null };
}

const yearOf = (day: string) => Number(day.slice(0, 4));

async function employeeInReach(tx: Tx, actor: Actor, employeeId: number, write: boolean) {
  const employee = await people.findEmployee(tx, employeeId);
  const resource = { tenantId: actor.tenantId, unitPath: employee?.unitPath ?? null, employeeId };
  if (!employee || !can(actor, 'employee.read', resource)) throw notFound();
  if (write && !can(actor, 'employee.write', resource)) throw new ProblemError(403, 'development.outOfReach');
  return employee;
}

export async function employeeDevelopment(
  db: Db,
  actor: Actor,
  employeeId: number,
  query: { year?: number | undefined },
  now: Date,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const employee = await employeeInReach(tx, actor, employeeId, false);
    const today = await tenantToday(tx, now);
    const year = query.year ?? yearOf(today);
    const settings = await jpSettings(tx);
    const years = await repo.yearlyJp(tx, employeeId);
    const earned = years.find((y) => y.year === year)?.earned ?? 0;
    const target = targetOf(settings, employee.employee_type);
    return {
      employeeId,
      name: employee.name,
      nip: employee.nip,
      employeeType: employee.employee_type,
      attainment: { year, ceiling: target.ceiling, ...jpAttainment(earned, target, year, today) },
      years,
      records: await repo.employeeRecords(tx, employeeId),
    };
  });
}

/** Records a completed activity by hand (one SIASN does not have yet); the same one again changes it. */
export async function recordDevelopment(
  db: Db,
  actor: Actor,
  employeeId: number,
  input: z.output<typeof DevelopmentRecordBody>,
  now: Date,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const employee = await employeeInReach(tx, actor, employeeId, true);
    const today = await tenantToday(tx, now);
    const problems = [
      ...(input.endedOn > today
        ? [{ path: 'body/endedOn', key: 'errors.development.notCompleted', params: { value: input.endedOn } }]
        : []),
      ...(input.startedOn !== null && input.startedOn > input.endedOn
        ? [
            {
              path: 'body/startedOn',
              key: 'errors.development.startAfterEnd',
              params: { start: input.startedOn, end: input.endedOn },
            },
          ]
        : []),
    ];
    if (problems.length > 0) throw new ProblemError(400, 'problem.validation', {}, problems);
    const written = await repo.upsertRecords(tx, actor.tenantId, [{ employeeId, ...input }], {
      by: actor.accountId,
      jobId: null,
      source: 'manual',
    });
    const [id] = written.ids;
    if (id === undefined) throw new ProblemError(409, 'development.recorded');
    await publish(tx, actor.tenantId, {
      type: 'development.recorded',
      actorAccountId: actor.accountId,
      payload: {
        recordId: id,
        employeeId,
        nip: employee.nip,
        name: input.name,
        endedOn: input.endedOn,
        jp: input.jp,
        changed: written.updated > 0,
        unitPath: employee.unitPath ?? [],
      },
    });
    return (await repo.employeeRecords(tx, employeeId)).find((r) => r.id === id)!;
  });
}

/** The subtree asked for (or the reader's own scope, or the government), within the reader's reach. */
async function scopeFor(
  tx: Tx,
  actor: Actor,
  unitId: number | undefined,
  action: 'aggregate.read' | 'employee.read',
) {
  const id = unitId ?? actor.scopeUnitId;
  if (id === null) {
    if (!can(actor, action, { tenantId: actor.tenantId, unitPath: null })) throw notFound();
    return null;
  }
  const unit = await findUnit(tx, id);
  if (!unit || !can(actor, action, { tenantId: actor.tenantId, unitPath: unit.path })) throw notFound();
  return unit;
}

interface Counts {
  employees: number;
  met: number;
  onTrack: number;
  behind: number;
  aboveCeiling: number;
  earned: number;
}

const noCounts = (): Counts => ({ employees: 0, met: 0, onTrack: 0, behind: 0, aboveCeiling: 0, earned: 0 });

export async function jpAttainmentOverview(
  db: Db,
  actor: Actor,
  query: z.output<typeof JpAttainmentQuery>,
  now: Date,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const unit = await scopeFor(tx, actor, query.unitId, 'aggregate.read');
    const asOf = await tenantToday(tx, now);
    const year = query.year ?? yearOf(asOf);
    if (year > yearOf(asOf)) {
      throw new ProblemError(400, 'problem.validation', {}, [
        { path: 'querystring/year', key: 'errors.development.futureYear', params: { value: year } },
      ]);
    }
    const settings = await jpSettings(tx);
    const groups = await repo.earnedGroups(tx, { root: unit && { id: unit.id, path: unit.path }, year });
    const totals = noCounts();
    const byUnit = new Map<number, Counts>();
    for (const group of groups) {
      const { status } = jpAttainment(group.earned, targetOf(settings, group.employeeType), year, asOf);
      const targets = [totals];
      if (group.bucket !== null) {
        if (!byUnit.has(group.bucket)) byUnit.set(group.bucket, noCounts());
        targets.push(byUnit.get(group.bucket)!);
      }
      for (const counts of targets) {
        counts.employees += group.employees;
        counts[status] += group.employees;
        counts.earned += group.earned * group.employees;
      }
    }
    const names = await unitNames(tx, [...byUnit.keys()]);
    return {
      year,
      asOf,
      yearElapsed: yearElapsed(year, asOf),
      unit: unit && { id: unit.id, name: unit.name },
      targets: settings,
      totals,
      units: [...byUnit]
        .map(([unitId, counts]) => ({ unitId, name: names.get(unitId) ?? '', ...counts }))
        .sort((a, b) => a.name.localeCompare(b.name, 'id')),
    };
  });
}

/** Who is behind on the year's JP, furthest behind first; all of them when `page` is null (export). */
export async function jpBehind(
  db: Db,
  actor: Actor,
  query: z.output<typeof JpAttainmentQuery>,
  page: { page: number; pageSize: number } | null,
  now: Date,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const unit = await scopeFor(tx, actor, query.unitId, 'aggregate.read');
    await scopeFor(tx, actor, query.unitId, 'employee.read');
    const asOf = await tenantToday(tx, now);
    const year = query.year ?? yearOf(asOf);
    const settings = await jpSettings(tx);
    const below = {
      PNS: behindBelow(targetOf(settings, 'PNS'), year, asOf),
      PPPK: behindBelow(targetOf(settings, 'PPPK'), year, asOf),
    };
    const { rows, total } = await repo.behind(
      tx,
      { root: unit && { id: unit.id, path: unit.path }, year },
      below,
      page,
    );
    const names = await unitNames(
      tx,
      rows.flatMap((r) => (r.unitId === null ? [] : [r.unitId])),
    );
    const items = rows.map(({ unitId, ...row }) => {
      const target = targetOf(settings, row.employeeType).target;
      return {
        ...row,
        unitName: unitId === null ? null : (names.get(unitId) ?? null),
        target,
        short: Math.round((target - row.earned) * 100) / 100,
      };
    });
    return { year, items, total };
  });
}

export type JpBehindInput = z.output<typeof JpBehindQuery>;
