import type { AssessmentBody } from '@jenjang/domain/competency/competency.contract';
import type { AssessmentMethod } from '@jenjang/domain/competency/competency-dictionary';
import {
  currentLevels,
  gapsAgainst,
  type JpmThresholds,
  jobPersonMatch,
  jpmLabel,
} from '@jenjang/domain/competency/competency-gap.rules';
import { type Actor, can } from '@jenjang/domain/shared/access';
import type { z } from 'zod';
import { type Db, type Tx, withTenant } from '../../db/database';
import { tenantToday } from '../../db/tenant-clock';
import { publish } from '../../events';
import { notFound, ProblemError } from '../../http/problem';
import type { Locale } from '../../i18n/translate';
import { jpmThresholds } from '../settings/settings.service';
import * as repo from './assessment.repository';
import * as competencies from './competency.repository';
import * as standards from './standard.repository';

// One person's competencies: every assessment recorded (history, never overwritten), their current
// levels, and the gaps against the standard of the position they hold and, when asked, of a
// position they aim for (PP 17/2020 art. 205–206). A person's levels are personal data: read with
// employee.read (their own, their subtree's for a supervisor), recorded with competency.assess.

type Employee = NonNullable<Awaited<ReturnType<typeof repo.findEmployee>>>;

async function employeeInReach(
  tx: Tx,
  actor: Actor,
  employeeId: number,
  action: 'employee.read' | 'competency.assess',
) {
  const employee = await repo.findEmployee(tx, employeeId);
  const resource = { tenantId: actor.tenantId, unitPath: employee?.unitPath ?? null, employeeId };
  // Out of reach reads as absent: a probe learns nothing of who exists elsewhere.
  if (!employee || !can(actor, 'employee.read', resource)) throw notFound();
  if (action === 'competency.assess' && !can(actor, 'competency.assess', resource)) {
    throw new ProblemError(403, 'competency.assessOutOfReach');
  }
  return employee;
}

type History = Awaited<ReturnType<typeof repo.employeeAssessments>>;

function toAssessment(row: History[number]) {
  return {
    id: row.id,
    competencyId: row.competencyId,
    code: row.code,
    name: row.name,
    level: row.level,
    assessedOn: row.assessedOn,
    method: row.method,
    assessor: row.assessor,
    source: row.source,
    jobId: row.jobId,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt.toISOString(),
  };
}

interface Profile {
  levels: Map<number, { level: number; assessedOn: string }>;
}

function profileOf(history: History): Profile {
  const assessments = history.map((a) => ({
    competency: String(a.competencyId),
    level: a.level,
    assessedOn: a.assessedOn,
    sequence: a.id,
  }));
  const levels = currentLevels(assessments);
  const newestDay = new Map<number, string>();
  for (const a of history) {
    if (!newestDay.has(a.competencyId)) newestDay.set(a.competencyId, a.assessedOn);
  }
  return {
    levels: new Map(
      [...levels].map(([id, level]) => [Number(id), { level, assessedOn: newestDay.get(Number(id))! }]),
    ),
  };
}

/** The person against one position's standard; null when the position requires nothing. */
function matchAgainst(
  position: { id: number; name: string },
  requirements: readonly standards.RequirementRow[],
  profile: Profile,
  thresholds: JpmThresholds,
) {
  if (requirements.length === 0) return null;
  const levels = new Map([...profile.levels].map(([id, held]) => [String(id), held.level]));
  const gaps = gapsAgainst(
    requirements.map((r) => ({ competency: String(r.competencyId), required: r.requiredLevel })),
    levels,
  );
  const jpm = jobPersonMatch(gaps);
  return {
    positionId: position.id,
    positionName: position.name,
    gaps: requirements.map((r, i) => ({
      competencyId: r.competencyId,
      code: r.code,
      name: r.name,
      type: r.type,
      required: r.requiredLevel,
      actual: gaps[i]!.actual,
      gap: gaps[i]!.gap,
      assessedOn: profile.levels.get(r.competencyId)?.assessedOn ?? null,
    })),
    jpm: jpm === null ? null : Math.round(jpm * 100) / 100,
    jpmLabel: jpm === null ? null : jpmLabel(jpm, thresholds),
  };
}

export async function employeeCompetencies(
  db: Db,
  actor: Actor,
  employeeId: number,
  query: { targetPositionId?: number | undefined },
  locale: Locale,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const employee = await employeeInReach(tx, actor, employeeId, 'employee.read');
    const history = await repo.employeeAssessments(tx, employeeId, locale);
    const profile = profileOf(history);
    const positionIds = [employee.position_id, query.targetPositionId].filter(
      (id): id is number => id != null,
    );
    const positions = new Map(
      (await standards.positionsWithHolders(tx, positionIds, { kind: 'none' })).map((p) => [p.id, p]),
    );
    if (query.targetPositionId !== undefined && !positions.has(query.targetPositionId)) {
      throw new ProblemError(400, 'problem.validation', {}, [
        { path: 'querystring/targetPositionId', key: 'errors.competency.unknownPosition' },
      ]);
    }
    const required = await standards.standardsOf(tx, positionIds, locale);
    const thresholds = await jpmThresholds(tx);
    const against = (id: number | null | undefined) => {
      const position = id == null ? undefined : positions.get(id);
      return position ? matchAgainst(position, required.get(position.id) ?? [], profile, thresholds) : null;
    };
    const inStandard = new Set([...required.values()].flatMap((rows) => rows.map((r) => r.competencyId)));
    const beyondIds = [...profile.levels.keys()].filter((id) => !inStandard.has(id));
    const beyond =
      beyondIds.length === 0 ? [] : await competencies.listCompetencies(tx, locale, { ids: beyondIds });
    return {
      employeeId: employee.id,
      name: employee.name,
      nip: employee.nip,
      current: against(employee.position_id),
      target: query.targetPositionId === undefined ? null : against(query.targetPositionId),
      beyondStandard: beyond.map((c) => ({
        competencyId: c.id,
        code: c.code,
        name: c.name,
        type: c.type,
        actual: profile.levels.get(c.id)?.level ?? null,
        assessedOn: profile.levels.get(c.id)?.assessedOn ?? null,
      })),
      performanceGap: null,
      history: history.map(toAssessment),
      jpmThresholds: thresholds,
    };
  });
}

/**
 * Records one assessment. Refused: a level outside 1–5 (the contract), a competency the government
 * does not have, a day after today in its time zone, the very assessment already recorded.
 */
export async function recordAssessment(
  db: Db,
  actor: Actor,
  employeeId: number,
  input: z.output<typeof AssessmentBody>,
  now: Date,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const employee: Employee = await employeeInReach(tx, actor, employeeId, 'competency.assess');
    if (input.assessedOn > (await tenantToday(tx, now))) {
      throw new ProblemError(400, 'problem.validation', {}, [
        {
          path: 'body/assessedOn',
          key: 'errors.competency.futureAssessment',
          params: { value: input.assessedOn },
        },
      ]);
    }
    // Only its code: the dictionary's texts and counts are not needed to record a level.
    const code = await competencies.findCompetencyCode(tx, input.competencyId);
    if (code === undefined) {
      throw new ProblemError(400, 'problem.validation', {}, [
        { path: 'body/competencyId', key: 'errors.competency.unknown' },
      ]);
    }
    await repo.lockEmployees(tx, [employeeId]);
    const [id] = await repo.appendAssessments(
      tx,
      actor.tenantId,
      [{ employeeId, ...input, method: input.method as AssessmentMethod }],
      { by: actor.accountId, jobId: null },
    );
    if (id === undefined) throw new ProblemError(409, 'competency.assessmentRecorded');
    await publish(tx, actor.tenantId, {
      type: 'competency.assessed',
      actorAccountId: actor.accountId,
      payload: {
        assessmentId: id,
        employeeId,
        nip: employee.nip,
        code,
        level: input.level,
        assessedOn: input.assessedOn,
        method: input.method,
        unitPath: employee.unitPath ?? [],
      },
    });
    const history = await repo.employeeAssessments(tx, employeeId);
    return toAssessment(history.find((a) => a.id === id)!);
  });
}
