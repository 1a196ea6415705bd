import type { CreateIdpBody, IdpItemBody, UpdateIdpBody } from '@jenjang/domain/competency/idp.contract';
import {
  IDP_TRANSITIONS,
  type IdpState,
  type IdpTransition,
  nextIdpState,
  recommendIdp,
} from '@jenjang/domain/competency/idp.rules';
import { type Actor, can } from '@jenjang/domain/shared/access';
import { suggestDevelopment } from '@jenjang/domain/talent/talent-development.rules';
import type { z } from 'zod';
import { type Db, type Tx, withTenant } from '../../db/database';
import { publish } from '../../events';
import { notFound, ProblemError } from '../../http/problem';
import { type Locale, translate } from '../../i18n/translate';
import { latestAnnualPredikat } from '../performance/performance-reading';
import { latestBoxSeenBy } from '../talent/talent-reading';
import * as people from './assessment.repository';
import { employeeCompetencies } from './assessment.service';
import { competencyNames } from './competency.repository';
import { policyExists } from './development-plan.repository';
import * as repo from './idp.repository';

// Individual development plans (domain idp.rules.ts): the employee drafts theirs, or their
// supervisor does; the supervisor (or the agency) agrees it, never the employee alone; either
// follows it through. Read by whoever reads the employee's record.

type Employee = NonNullable<Awaited<ReturnType<typeof people.findEmployee>>>;

const resourceOf = (actor: Actor, employee: Employee) => ({
  tenantId: actor.tenantId,
  unitPath: employee.unitPath ?? null,
  employeeId: employee.id,
});

async function employeeInReach(tx: Tx, actor: Actor, employeeId: number, write: boolean) {
  const employee = await people.findEmployee(tx, employeeId);
  if (!employee || !can(actor, 'employee.read', resourceOf(actor, employee))) throw notFound();
  if (write && !can(actor, 'development.idp', resourceOf(actor, employee))) {
    throw new ProblemError(403, 'development.idpOutOfReach');
  }
  return employee;
}

function mayMove(actor: Actor, employee: Employee, state: IdpState, transition: IdpTransition) {
  if (nextIdpState(state, transition) === null) return false;
  if (!can(actor, 'development.idp', resourceOf(actor, employee))) return false;
  // Agreeing binds two people: the employee cannot agree to their own plan.
  return transition !== 'agree' || actor.employeeId !== employee.id;
}

async function view(tx: Tx, actor: Actor, employee: Employee, idp: repo.IdpRow, locale: Locale) {
  return {
    ...idp,
    agreedAt: idp.agreedAt?.toISOString() ?? null,
    items: await repo.itemsOf(tx, idp.id, locale),
    transitions: IDP_TRANSITIONS.filter((t) => mayMove(actor, employee, idp.state, t)),
    editable:
      (idp.state === 'draft' || idp.state === 'inProgress') &&
      can(actor, 'development.idp', resourceOf(actor, employee)),
  };
}

export async function getIdp(db: Db, actor: Actor, employeeId: number, year: number, locale: Locale) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const employee = await employeeInReach(tx, actor, employeeId, false);
    const idp = await repo.findIdp(tx, employeeId, year);
    return { idp: idp ? await view(tx, actor, employee, idp, locale) : null };
  });
}

/** Starts the year's plan, by default with activities for the largest gaps against the position held. */
export async function createIdp(
  db: Db,
  actor: Actor,
  employeeId: number,
  input: z.output<typeof CreateIdpBody>,
  locale: Locale,
  now: Date,
) {
  // The person's gaps are read first, under the reader's own reach (employee.read).
  const profile = input.recommend ? await employeeCompetencies(db, actor, employeeId, {}, locale) : null;
  return withTenant(db, actor.tenantId, async (tx) => {
    const employee = await employeeInReach(tx, actor, employeeId, true);
    await people.lockEmployees(tx, [employeeId]);
    if (await repo.findIdp(tx, employeeId, input.year)) {
      throw new ProblemError(409, 'development.idpExists', { year: input.year });
    }
    const id = await repo.insertIdp(tx, actor.tenantId, employeeId, input.year);
    const gaps = profile?.current?.gaps ?? [];
    const recommended = recommendIdp(
      gaps.map((g) => ({ ...g, competency: g.code, competencyId: g.competencyId, type: g.type })),
    );
    const names = new Map(gaps.map((g) => [g.competencyId, g.name]));
    const dueOn = `${input.year}-12-31`;
    const fromGaps = recommended.map((r) => ({
      competencyId: r.competencyId,
      activity: translate(locale, 'development.idp.activity', {
        competency: names.get(r.competencyId) ?? '',
      }),
      pathCode: r.pathCode,
      jp: r.jp,
      dueOn,
      completedOn: null,
      policyId: null,
    }));
    const fromResults = input.recommend
      ? await resultSuggestions(tx, actor, employeeId, input.year, { locale, now })
      : [];
    await repo.replaceItems(
      tx,
      actor.tenantId,
      id,
      [...fromGaps, ...fromResults].map((item) => ({ ...item, dueOn })),
    );
    await publish(tx, actor.tenantId, {
      type: 'development.idp.changed',
      actorAccountId: actor.accountId,
      payload: {
        idpId: id,
        employeeId,
        year: input.year,
        change: 'created',
        unitPath: employee.unitPath ?? [],
      },
    });
    return view(tx, actor, employee, (await repo.findIdp(tx, employeeId, input.year))!, locale);
  });
}

/**
 * Activities for the gap between the person's performance and what was expected (PP 17/2020 art.
 * 206: their latest annual predikat before the plan's year) and for their latest talent box's
 * recommendation (domain talent-development.rules.ts).
 */
async function resultSuggestions(
  tx: Tx,
  actor: Actor,
  employeeId: number,
  year: number,
  { locale, now }: { locale: Locale; now: Date },
) {
  const appraised = await latestAnnualPredikat(tx, employeeId, year);
  // The box counts only where the plan's author may see it (the talent settings decide); the
  // activities' words never name it, for the plan is read more widely than the placement.
  const placed = await latestBoxSeenBy(tx, actor, employeeId, year, now);
  return suggestDevelopment(appraised?.predikat ?? null, placed?.recommendation ?? null).map((s) => ({
    competencyId: null,
    activity: translate(locale, `development.idp.${s.reason}`, {
      predikat: appraised ? translate(locale, `performance.predikat.${appraised.predikat}`) : '',
      year: appraised?.year ?? '',
    }),
    pathCode: s.pathCode,
    jp: s.jp,
    completedOn: null,
    policyId: null,
  }));
}

type ItemInput = z.output<typeof IdpItemBody>;

/** What was agreed: the items without their progress. */
const agreedPart = (items: readonly Omit<ItemInput, 'completedOn'>[]) =>
  JSON.stringify(
    items.map(({ competencyId, activity, pathCode, jp, dueOn, policyId }) => [
      competencyId,
      activity,
      pathCode,
      jp,
      dueOn,
      policyId,
    ]),
  );

/**
 * Replaces the plan's note and items: freely in a draft; once under way, only the days activities
 * were completed (changing what was agreed reopens it first).
 */
export async function updateIdp(
  db: Db,
  actor: Actor,
  employeeId: number,
  year: number,
  input: z.output<typeof UpdateIdpBody>,
  locale: Locale,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const employee = await employeeInReach(tx, actor, employeeId, true);
    const idp = await repo.findIdp(tx, employeeId, year, { lock: true });
    if (!idp) throw notFound();
    if (idp.state !== 'draft' && idp.state !== 'inProgress')
      throw new ProblemError(409, 'development.idpNotEditable');
    const current = await repo.itemsOf(tx, idp.id, locale);
    if (idp.state === 'inProgress') {
      const before = current.map((i) => ({ ...i, competencyId: i.competency?.id ?? null }));
      if (agreedPart(before) !== agreedPart(input.items) || (input.note ?? null) !== idp.note) {
        throw new ProblemError(409, 'development.idpAgreedChanged');
      }
    }
    const known = new Set((await competencyNames(tx, 'id')).map((c) => c.id));
    for (const [i, item] of input.items.entries()) {
      if (item.competencyId !== null && !known.has(item.competencyId)) {
        throw new ProblemError(400, 'problem.validation', {}, [
          { path: `body/items/${i}/competencyId`, key: 'errors.competency.unknown' },
        ]);
      }
      if (item.policyId !== null && !(await policyExists(tx, item.policyId))) {
        throw new ProblemError(400, 'problem.validation', {}, [
          { path: `body/items/${i}/policyId`, key: 'errors.development.unknownPolicy' },
        ]);
      }
    }
    await repo.replaceItems(tx, actor.tenantId, idp.id, input.items);
    await repo.updateIdp(tx, idp.id, { note: input.note });
    await publish(tx, actor.tenantId, {
      type: 'development.idp.changed',
      actorAccountId: actor.accountId,
      payload: { idpId: idp.id, employeeId, year, change: 'items', unitPath: employee.unitPath ?? [] },
    });
    return view(tx, actor, employee, (await repo.findIdp(tx, employeeId, year))!, locale);
  });
}

export async function transitionIdp(
  db: Db,
  actor: Actor,
  employeeId: number,
  year: number,
  transition: IdpTransition,
  locale: Locale,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const employee = await employeeInReach(tx, actor, employeeId, false);
    const idp = await repo.findIdp(tx, employeeId, year, { lock: true });
    if (!idp) throw notFound();
    const next = nextIdpState(idp.state, transition);
    if (next === null) throw new ProblemError(409, 'development.idpTransition');
    if (!mayMove(actor, employee, idp.state, transition)) {
      throw new ProblemError(
        403,
        transition === 'agree' ? 'development.idpOwnAgreement' : 'development.idpOutOfReach',
      );
    }
    await repo.updateIdp(tx, idp.id, {
      state: next,
      ...(transition === 'agree'
        ? { agreedBy: actor.accountId }
        : transition === 'reopen'
          ? { agreedBy: null }
          : {}),
    });
    await publish(tx, actor.tenantId, {
      type: 'development.idp.changed',
      actorAccountId: actor.accountId,
      payload: { idpId: idp.id, employeeId, year, change: transition, unitPath: employee.unitPath ?? [] },
    });
    return view(tx, actor, employee, (await repo.findIdp(tx, employeeId, year))!, locale);
  });
}
