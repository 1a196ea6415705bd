import type {
  CreatePlanBody,
  GeneratePlanBody,
  PlanItemBody,
  PlanTransitionBody,
  UpdatePlanBody,
} from '@jenjang/domain/competency/development-plan.contract';
import {
  type GapEvidence,
  nextPlanState,
  PLAN_TRANSITIONS,
  type PlanTransition,
  planEditable,
  planTotals,
  proposePlanItems,
} from '@jenjang/domain/competency/development-plan.rules';
import { type Actor, can } from '@jenjang/domain/shared/access';
import type { z } from 'zod';
import { type Db, type Tx, withTenant } from '../../db/database';
import { publish } from '../../events';
import { notFound, ProblemError } from '../../http/problem';
import { type Locale, translate } from '../../i18n/translate';
import { jpmThresholds } from '../settings/settings.service';
import { competencyNames } from './competency.repository';
import * as repo from './development-plan.repository';
import { findUnit, gapBreakdowns } from './gap.repository';
import { needsComparison } from './gap.service';

// The annual Rencana Pengembangan Kompetensi (domain development-plan.rules.ts): each OPD drafts
// its part (an OPD's admin, or the government's) and proposes it; the government's admins return
// or consolidate proposals into the government's plan; a leader approves that plan. Plans are
// figures, not people: read by readers of workforce aggregates within their reach.

type PlanRow = repo.PlanRow;

/** The plan as a resource: the OPD's subtree, or the whole government for its own plan. */
const resourceOf = (actor: Actor, plan: Pick<PlanRow, 'unitPath'>) => ({
  tenantId: actor.tenantId,
  unitPath: plan.unitPath ?? null,
});

async function planInReach(tx: Tx, actor: Actor, id: number, options: { lock?: boolean } = {}) {
  const plan = await repo.findPlan(tx, id, options);
  if (!plan || !can(actor, 'aggregate.read', resourceOf(actor, plan))) throw notFound();
  return plan;
}

function requirePlanning(actor: Actor, plan: Pick<PlanRow, 'unitPath'>) {
  if (!can(actor, 'development.plan', resourceOf(actor, plan)))
    throw new ProblemError(403, 'development.planOutOfReach');
}

function requireDraft(plan: PlanRow) {
  if (!planEditable(plan.state)) throw new ProblemError(409, 'development.planNotDraft');
}

/** Who may make each move: the OPD proposes, the government's admins return and consolidate, a leader approves. */
function mayMove(actor: Actor, plan: PlanRow, transition: PlanTransition): boolean {
  const whole = { tenantId: actor.tenantId, unitPath: null };
  if (nextPlanState(plan.state, plan.unitId === null ? 'government' : 'opd', transition) === null)
    return false;
  if (transition === 'propose') return can(actor, 'development.plan', resourceOf(actor, plan));
  if (transition === 'approve') return can(actor, 'development.approve', whole);
  return can(actor, 'development.plan', whole);
}

async function view(tx: Tx, actor: Actor, plan: PlanRow, locale: Locale) {
  const items = (await repo.itemsOf(tx, [plan.id], locale)).get(plan.id) ?? [];
  return {
    ...summary(plan, items),
    note: plan.note,
    policyId: plan.policyId,
    items: items.map((item) => ({
      id: item.id,
      competency: item.competency,
      title: item.title,
      targetGroup: item.targetGroup,
      pathCode: item.pathCode,
      jp: item.jp,
      participants: item.participants,
      estimatedCost: item.estimatedCost,
      priority: item.priority,
      basis: item.basis,
      evidence: item.evidence as never,
      rationale: item.rationale,
      policyId: item.policyId,
      fromUnit: item.fromUnit,
    })),
    transitions: PLAN_TRANSITIONS.filter((t) => mayMove(actor, plan, t)),
    editable: planEditable(plan.state) && can(actor, 'development.plan', resourceOf(actor, plan)),
  };
}

function summary(plan: PlanRow, items: readonly repo.ItemRow[]) {
  return {
    id: plan.id,
    year: plan.year,
    unit: plan.unitId === null ? null : { id: plan.unitId, name: plan.unitName ?? '' },
    state: plan.state,
    budget: plan.budget,
    totals: planTotals(items, plan.budget),
    updatedAt: plan.updatedAt.toISOString(),
  };
}

export async function listPlans(db: Db, actor: Actor, query: { year?: number | undefined }, locale: Locale) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const plans = (await repo.listPlans(tx, query.year)).filter((p) =>
      can(actor, 'aggregate.read', resourceOf(actor, p)),
    );
    const items = await repo.itemsOf(
      tx,
      plans.map((p) => p.id),
      locale,
    );
    return { items: plans.map((p) => summary(p, items.get(p.id) ?? [])) };
  });
}

export async function getPlan(db: Db, actor: Actor, id: number, locale: Locale) {
  return withTenant(db, actor.tenantId, async (tx) =>
    view(tx, actor, await planInReach(tx, actor, id), locale),
  );
}

export async function createPlan(
  db: Db,
  actor: Actor,
  input: z.output<typeof CreatePlanBody>,
  locale: Locale,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    let unitPath: number[] | null = null;
    if (input.unitId !== null) {
      const unit = await findUnit(tx, input.unitId);
      if (!unit || !(await repo.isOpd(tx, input.unitId))) {
        throw new ProblemError(400, 'problem.validation', {}, [
          { path: 'body/unitId', key: 'errors.development.notOpd' },
        ]);
      }
      unitPath = unit.path;
    }
    requirePlanning(actor, { unitPath });
    if (await repo.findPlanOf(tx, input.year, input.unitId)) {
      throw new ProblemError(409, 'development.planExists', { year: input.year });
    }
    const id = await repo.insertPlan(tx, { tenantId: actor.tenantId, ...input, createdBy: actor.accountId });
    await publish(tx, actor.tenantId, {
      type: 'development.plan.created',
      actorAccountId: actor.accountId,
      payload: { planId: id, year: input.year, unitId: input.unitId, unitPath: unitPath ?? [] },
    });
    return view(tx, actor, (await repo.findPlan(tx, id))!, locale);
  });
}

async function changeDraft<T>(
  db: Db,
  actor: Actor,
  id: number,
  work: (tx: Tx, plan: PlanRow) => Promise<T>,
): Promise<T> {
  return withTenant(db, actor.tenantId, async (tx) => {
    const plan = await planInReach(tx, actor, id, { lock: true });
    requirePlanning(actor, plan);
    requireDraft(plan);
    return work(tx, plan);
  });
}

async function checkPolicy(tx: Tx, policyId: number | null | undefined, path: string) {
  if (policyId != null && !(await repo.policyExists(tx, policyId))) {
    throw new ProblemError(400, 'problem.validation', {}, [
      { path, key: 'errors.development.unknownPolicy' },
    ]);
  }
}

export async function updatePlan(
  db: Db,
  actor: Actor,
  id: number,
  input: z.output<typeof UpdatePlanBody>,
  locale: Locale,
) {
  return changeDraft(db, actor, id, async (tx, plan) => {
    await checkPolicy(tx, input.policyId, 'body/policyId');
    await repo.updatePlan(tx, plan.id, input);
    await published(tx, actor, plan, 'details');
    return view(tx, actor, (await repo.findPlan(tx, plan.id))!, locale);
  });
}

async function published(tx: Tx, actor: Actor, plan: PlanRow, change: 'details' | 'items' | 'generated') {
  await publish(tx, actor.tenantId, {
    type: 'development.plan.changed',
    actorAccountId: actor.accountId,
    payload: { planId: plan.id, year: plan.year, unitId: plan.unitId, change, unitPath: plan.unitPath ?? [] },
  });
}

async function checkItem(tx: Tx, input: z.output<typeof PlanItemBody>) {
  if (input.competencyId !== null) {
    const known = (await competencyNames(tx, 'id')).some((c) => c.id === input.competencyId);
    if (!known) {
      throw new ProblemError(400, 'problem.validation', {}, [
        { path: 'body/competencyId', key: 'errors.competency.unknown' },
      ]);
    }
  }
  await checkPolicy(tx, input.policyId, 'body/policyId');
}

export async function addItem(
  db: Db,
  actor: Actor,
  id: number,
  input: z.output<typeof PlanItemBody>,
  locale: Locale,
) {
  return changeDraft(db, actor, id, async (tx, plan) => {
    await checkItem(tx, input);
    await repo.insertItems(tx, actor.tenantId, plan.id, [
      { ...input, basis: 'manual', evidence: null, fromItemId: null },
    ]);
    await published(tx, actor, plan, 'items');
    return view(tx, actor, plan, locale);
  });
}

export async function updateItem(
  db: Db,
  actor: Actor,
  id: number,
  itemId: number,
  input: z.output<typeof PlanItemBody>,
  locale: Locale,
) {
  return changeDraft(db, actor, id, async (tx, plan) => {
    await checkItem(tx, input);
    if (!(await repo.updateItem(tx, plan.id, itemId, input))) throw notFound();
    await published(tx, actor, plan, 'items');
    return view(tx, actor, plan, locale);
  });
}

export async function removeItem(db: Db, actor: Actor, id: number, itemId: number, locale: Locale) {
  return changeDraft(db, actor, id, async (tx, plan) => {
    if (!(await repo.deleteItem(tx, plan.id, itemId))) throw notFound();
    await published(tx, actor, plan, 'items');
    return view(tx, actor, plan, locale);
  });
}

/**
 * Replaces the plan's generated items with a new proposal from the evidence of its scope (the OPD's
 * subtree, or the government): the gaps measured now, a needs survey's stated needs when named,
 * and talent beyond the standard. Items added by hand stay.
 */
export async function generatePlan(
  db: Db,
  actor: Actor,
  id: number,
  input: z.output<typeof GeneratePlanBody>,
  now: Date,
  locale: Locale,
) {
  // The survey's figures are read first, in their own transaction, under the reader's own reach.
  const peek = await withTenant(db, actor.tenantId, (tx) => planInReach(tx, actor, id));
  const stated =
    input.needsWaveId === null
      ? null
      : await needsComparison(
          db,
          actor,
          { waveId: input.needsWaveId, unitId: peek.unitId ?? undefined },
          now,
          locale,
        );
  return changeDraft(db, actor, id, async (tx, plan) => {
    const root = plan.unitId === null ? null : { id: plan.unitId, path: plan.unitPath ?? [] };
    const rows = await gapBreakdowns(tx, { root, asOf: null }, await jpmThresholds(tx));
    const names = new Map((await competencyNames(tx, locale)).map((c) => [c.id, c]));
    const statedByCode = new Map((stated?.rows ?? []).map((r) => [r.code, r]));
    const gaps: GapEvidence[] = rows
      .filter((r) => r.grain === 'competency')
      .map((r) => {
        const c = names.get(r.competencyId!)!;
        const s = statedByCode.get(c.code);
        return {
          competencyId: c.id,
          code: c.code,
          type: c.type,
          assessed: r.assessed,
          below: r.below,
          shortfall: r.shortfall,
          statedGap: s?.statedGap ?? null,
          agreement: s?.agreement ?? null,
        };
      });
    // Competencies staff asked for that no standard here requires still count as stated needs.
    for (const s of stated?.rows ?? []) {
      const c = [...names.values()].find((n) => n.code === s.code);
      if (c && !gaps.some((g) => g.code === s.code) && s.agreement !== 'unknown') {
        gaps.push({
          competencyId: c.id,
          code: c.code,
          type: c.type,
          assessed: 0,
          below: 0,
          shortfall: 0,
          statedGap: s.statedGap,
          agreement: s.agreement,
        });
      }
    }
    const talent = await repo.talents(tx, root, input.talentLevel);
    const uncoded = (stated?.uncoded ?? []).flatMap((u) =>
      u.statedGap === null ? [] : [{ statement: u.statement, statedGap: u.statedGap }],
    );
    const statementText = new Map((stated?.uncoded ?? []).map((u) => [u.statement, u.text]));
    const proposal = proposePlanItems(gaps, talent, input, uncoded);
    const t = (key: string, params?: Record<string, unknown>) =>
      translate(locale, `development.plan.${key}`, params);
    await repo.deleteGenerated(tx, plan.id);
    await repo.insertItems(
      tx,
      actor.tenantId,
      plan.id,
      proposal.map((p) => {
        // A wish for an uncoded statement reads as the statement itself.
        const key = p.competencyId === null ? 'wish' : p.basis;
        const c =
          p.competencyId === null
            ? { name: statementText.get(p.statement ?? '') ?? '' }
            : names.get(p.competencyId)!;
        return {
          competencyId: p.competencyId,
          title: t(`title.${key}`, { competency: c.name }).slice(0, 300),
          targetGroup: t(`targetGroup.${key}`, { competency: c.name, count: p.participants }).slice(0, 300),
          pathCode: p.pathCode,
          jp: p.jp,
          participants: p.participants,
          estimatedCost: p.estimatedCost,
          priority: p.priority,
          basis: p.basis,
          evidence: p.evidence,
          rationale: null,
          policyId: plan.policyId,
          fromItemId: null,
        };
      }),
    );
    await published(tx, actor, plan, 'generated');
    return view(tx, actor, plan, locale);
  });
}

export async function transitionPlan(
  db: Db,
  actor: Actor,
  id: number,
  input: z.output<typeof PlanTransitionBody>,
  locale: Locale,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const plan = await planInReach(tx, actor, id, { lock: true });
    const scope = plan.unitId === null ? 'government' : 'opd';
    const next = nextPlanState(plan.state, scope, input.transition);
    if (next === null) throw new ProblemError(409, 'development.planTransition', { from: plan.state });
    if (!mayMove(actor, plan, input.transition)) throw new ProblemError(403, 'development.planOutOfReach');
    if (input.transition === 'return' && !input.reason) {
      throw new ProblemError(400, 'problem.validation', {}, [
        { path: 'body/reason', key: 'errors.development.reasonRequired' },
      ]);
    }
    if (input.transition === 'consolidate') await consolidate(tx, actor, plan, locale);
    await repo.updatePlan(tx, plan.id, { state: next });
    await publish(tx, actor.tenantId, {
      type: 'development.plan.transitioned',
      actorAccountId: actor.accountId,
      payload: {
        planId: plan.id,
        year: plan.year,
        unitId: plan.unitId,
        transition: input.transition,
        from: plan.state,
        to: next,
        ...(input.reason ? { reason: input.reason } : {}),
        unitPath: plan.unitPath ?? [],
      },
    });
    return view(tx, actor, (await repo.findPlan(tx, plan.id))!, locale);
  });
}

/** Copies a proposal's items into the government's plan of its year (made if missing, still a draft). */
async function consolidate(tx: Tx, actor: Actor, plan: PlanRow, locale: Locale) {
  let government = await repo.findPlanOf(tx, plan.year, null);
  if (!government) {
    const id = await repo.insertPlan(tx, {
      tenantId: actor.tenantId,
      year: plan.year,
      unitId: null,
      budget: null,
      createdBy: actor.accountId,
    });
    government = (await repo.findPlan(tx, id))!;
  }
  if (!planEditable(government.state))
    throw new ProblemError(409, 'development.planApproved', { year: plan.year });
  const items = (await repo.itemsOf(tx, [plan.id], locale)).get(plan.id) ?? [];
  await repo.insertItems(
    tx,
    actor.tenantId,
    government.id,
    items.map((item) => ({
      competencyId: item.competency?.id ?? null,
      title: item.title,
      targetGroup: item.targetGroup,
      pathCode: item.pathCode,
      jp: item.jp,
      participants: item.participants,
      estimatedCost: item.estimatedCost,
      priority: item.priority,
      basis: item.basis,
      evidence: item.evidence,
      rationale: item.rationale,
      policyId: item.policyId,
      fromItemId: item.id,
    })),
  );
}
