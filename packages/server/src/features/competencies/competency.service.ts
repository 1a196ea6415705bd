import type { TechnicalCompetencyBody } from '@jenjang/domain/competency/competency.contract';
import { isTechnicalCode, normaliseCompetencyCode } from '@jenjang/domain/competency/competency-dictionary';
import { type Actor, can } from '@jenjang/domain/shared/access';
import type { z } from 'zod';
import { type Db, withTenant } from '../../db/database';
import { publish } from '../../events';
import { notFound, ProblemError } from '../../http/problem';
import type { Locale } from '../../i18n/translate';
import { uniqueName } from '../organisation/unique-name';
import * as repo from './competency.repository';

// The government's competency dictionary: the nine national competencies (read-only: their texts
// are the regulation's) and its own technical ones, which admins without a unit scope keep.

type TechnicalInput = z.output<typeof TechnicalCompetencyBody>;

const WHOLE_GOVERNMENT = (actor: Actor) => ({ tenantId: actor.tenantId, unitPath: null });

export function requireCompetencyManage(actor: Actor): void {
  if (!can(actor, 'competency.manage', WHOLE_GOVERNMENT(actor))) {
    throw new ProblemError(403, 'competency.outOfReach');
  }
}

export async function listCompetencies(db: Db, actor: Actor, locale: Locale) {
  if (!can(actor, 'competency.read', WHOLE_GOVERNMENT(actor))) return { items: [] };
  return withTenant(db, actor.tenantId, async (tx) => ({ items: await repo.listCompetencies(tx, locale) }));
}

/** The code normalised and outside the dictionary's namespace; each level described once. */
function checked(input: TechnicalInput): repo.TechnicalValues {
  const code = normaliseCompetencyCode(input.code);
  if (code === null || !isTechnicalCode(code)) {
    throw new ProblemError(400, 'problem.validation', {}, [
      { path: 'body/code', key: 'errors.competency.technicalCode', params: { code: input.code } },
    ]);
  }
  const levels = [...input.levels].sort((a, b) => a.level - b.level);
  const repeated = levels.find((l, i) => i > 0 && levels[i - 1]!.level === l.level);
  if (repeated) {
    throw new ProblemError(400, 'problem.validation', {}, [
      { path: 'body/levels', key: 'errors.competency.levelTwice', params: { level: repeated.level } },
    ]);
  }
  return { code, name: input.name, definition: input.definition, levels };
}

export async function createTechnical(db: Db, actor: Actor, input: TechnicalInput, locale: Locale) {
  requireCompetencyManage(actor);
  const values = checked(input);
  return withTenant(db, actor.tenantId, async (tx) => {
    const id = await uniqueName('competency.codeTaken', values.code, () =>
      repo.insertTechnical(tx, actor.tenantId, values),
    );
    await publish(tx, actor.tenantId, {
      type: 'competency.created',
      actorAccountId: actor.accountId,
      payload: { competencyId: id, code: values.code, name: values.name },
    });
    return (await repo.findCompetency(tx, id, locale))!;
  });
}

export async function updateTechnical(
  db: Db,
  actor: Actor,
  id: number,
  input: TechnicalInput,
  locale: Locale,
) {
  requireCompetencyManage(actor);
  return withTenant(db, actor.tenantId, async (tx) => {
    const locked = await repo.lockCompetency(tx, id);
    if (!locked) throw notFound();
    if (locked.type !== 'teknis') throw new ProblemError(409, 'competency.national');
    const values = checked(input);
    const before = (await repo.findCompetency(tx, id, locale))!;
    await uniqueName('competency.codeTaken', values.code, () =>
      repo.updateTechnical(tx, actor.tenantId, id, values),
    );
    const after = (await repo.findCompetency(tx, id, locale))!;
    const changes = Object.fromEntries(
      (['code', 'name', 'definition', 'levels'] as const)
        .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
        .map((field) => [field, { before: before[field], after: after[field] }]),
    );
    if (Object.keys(changes).length > 0) {
      await publish(tx, actor.tenantId, {
        type: 'competency.updated',
        actorAccountId: actor.accountId,
        payload: { competencyId: id, code: values.code, name: values.name, changes },
      });
    }
    return after;
  });
}

/** Removes a technical competency nothing names yet; one in a standard or an assessment stays. */
export async function removeTechnical(db: Db, actor: Actor, id: number) {
  requireCompetencyManage(actor);
  await withTenant(db, actor.tenantId, async (tx) => {
    const locked = await repo.lockCompetency(tx, id);
    if (!locked) throw notFound();
    if (locked.type !== 'teknis') throw new ProblemError(409, 'competency.national');
    if (await repo.competencyInUse(tx, id)) {
      throw new ProblemError(409, 'competency.inUse', { code: locked.code });
    }
    await repo.deleteTechnical(tx, id);
    await publish(tx, actor.tenantId, {
      type: 'competency.removed',
      actorAccountId: actor.accountId,
      payload: { competencyId: id, code: locked.code, name: locked.name },
    });
  });
}
