import { z } from 'zod';
import { LocaleSchema } from '../shared/auth.contract';
import { textBlock, textLine } from '../shared/common.contract';
import { COMPETENCY_TYPES } from './competency-dictionary';
import { DEVELOPMENT_PATH_CODES } from './development-paths';
import { PLAN_STATES, PLAN_TRANSITIONS } from './development-plan.rules';
import { NEED_AGREEMENTS } from './needs-comparison.rules';

// The annual Rencana Pengembangan Kompetensi: an OPD's part or the government's plan, its items,
// the generated proposal and the moves between states.

const Id = z.number().int().positive();
const Rupiah = z.number().min(0).max(1e14).multipleOf(0.01);

export const PlanEvidence = z
  .object({
    assessed: z.number().int(),
    below: z.number().int(),
    shortfall: z.number().int(),
    statedGap: z.number().nullable(),
    agreement: z.enum(NEED_AGREEMENTS).nullable(),
    talents: z.number().int(),
  })
  .meta({ id: 'PlanEvidence' });

export const PlanItem = z
  .object({
    id: z.number().int(),
    competency: z
      .object({ id: z.number().int(), code: z.string(), name: z.string(), type: z.enum(COMPETENCY_TYPES) })
      .nullable(),
    title: z.string(),
    targetGroup: z.string(),
    pathCode: z.enum(DEVELOPMENT_PATH_CODES),
    jp: z.number(),
    participants: z.number().int(),
    estimatedCost: z.number(),
    priority: z.number().int().min(1).max(3),
    basis: z.enum(['gap', 'stated', 'talent', 'manual']),
    /** The figures the item was proposed from, as they were then; null for an item added by hand. */
    evidence: PlanEvidence.nullable(),
    rationale: z.string().nullable(),
    policyId: z.number().int().nullable(),
    /** The OPD's unit an item consolidated into the government's plan came from. */
    fromUnit: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  })
  .meta({ id: 'PlanItem' });

export const PlanTotals = z
  .object({
    items: z.number().int(),
    participants: z.number().int(),
    /** Σ JP × participants: the learning hours the plan provides. */
    jp: z.number(),
    estimatedCost: z.number(),
    /** Budget − cost; null without a budget; negative: over budget. */
    remaining: z.number().nullable(),
  })
  .meta({ id: 'PlanTotals' });

export const PlanSummary = z
  .object({
    id: z.number().int(),
    year: z.number().int(),
    /** The OPD whose part it is; null: the government's plan. */
    unit: z.object({ id: z.number().int(), name: z.string() }).nullable(),
    state: z.enum(PLAN_STATES),
    budget: z.number().nullable(),
    totals: PlanTotals,
    updatedAt: z.string(),
  })
  .meta({ id: 'PlanSummary' });

export const PlanList = z.object({ items: z.array(PlanSummary) }).meta({ id: 'PlanList' });

export const Plan = PlanSummary.extend({
  note: z.string().nullable(),
  policyId: z.number().int().nullable(),
  items: z.array(PlanItem),
  /** The moves the reader may make now. */
  transitions: z.array(z.enum(PLAN_TRANSITIONS)),
  /** Whether the reader may change the plan and its items now. */
  editable: z.boolean(),
}).meta({ id: 'Plan' });

export const PlanListQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const CreatePlanBody = z
  .object({
    year: z.number().int().min(2000).max(2100),
    /** An OPD (a unit at the top of the tree); null: the government's plan. */
    unitId: Id.nullable(),
    budget: Rupiah.nullable().default(null),
  })
  .strict()
  .meta({ id: 'CreatePlanBody' });

export const UpdatePlanBody = z
  .object({
    budget: Rupiah.nullable().optional(),
    note: textBlock(2000).nullable().optional(),
    policyId: Id.nullable().optional(),
  })
  .strict()
  .meta({ id: 'UpdatePlanBody' });

export const GeneratePlanBody = z
  .object({
    /** JP of each proposed activity (planners adjust items afterwards). */
    jp: z.number().gt(0).max(2000).multipleOf(0.01).default(24),
    costPerParticipant: Rupiah.default(0),
    /** A needs survey wave whose stated needs weigh in. */
    needsWaveId: Id.nullable().default(null),
    /** Level from which a competency beyond a person's standard counts as talent (default 4). */
    talentLevel: z.number().int().min(2).max(5).default(4),
  })
  .strict()
  .meta({ id: 'GeneratePlanBody' });

export const PlanItemBody = z
  .object({
    competencyId: Id.nullable(),
    title: textLine(300),
    targetGroup: textLine(300),
    pathCode: z.enum(DEVELOPMENT_PATH_CODES),
    jp: z.number().gt(0).max(2000).multipleOf(0.01),
    participants: z.number().int().min(0).max(1_000_000),
    estimatedCost: Rupiah,
    priority: z.number().int().min(1).max(3),
    rationale: textBlock(2000).nullable().default(null),
    policyId: Id.nullable().default(null),
  })
  .strict()
  .meta({ id: 'PlanItemBody' });

export const PlanTransitionBody = z
  .object({
    transition: z.enum(PLAN_TRANSITIONS),
    /** Why a proposal goes back to its OPD (required then). */
    reason: textBlock(1000).nullable().default(null),
  })
  .strict()
  .meta({ id: 'PlanTransitionBody' });

export const PlanItemParams = z.object({
  id: z.coerce.number().int().positive(),
  itemId: z.coerce.number().int().positive(),
});

/** `lang`: a download link carries the page's language. */
export const PlanExportQuery = z.object({ lang: LocaleSchema.optional() });
