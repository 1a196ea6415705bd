import { z } from 'zod';
import { PNS_GOLONGAN, type PnsGolongan } from '../people/golongan';
import { CalendarDate, PageQuery, pageOf, textBlock, textLine } from '../shared/common.contract';
import { PromotionRules } from './promotion.contract';
import { PROMOTION_CHECK_CODES, PROMOTION_RULE_KEYS } from './promotion.rules';

// Kenaikan pangkat over HTTP: the rules a policy version states, their effect before adoption, the
// eligibility list of a period with every person's reasons, proposals and their decrees, and
// disciplinary sanctions (which bar a promotion while they run).

const id = z.number().int().positive();
const Timestamp = z.iso.datetime({ offset: true });
const PNS_CODES = PNS_GOLONGAN.map((g) => g.code) as [PnsGolongan, ...PnsGolongan[]];
const Golongan = z.enum(PNS_CODES);
/** The first day of a month: a promotion period. */
const PeriodDate = CalendarDate.refine((date) => date.endsWith('-01'), {
  params: { i18n: 'errors.promotion.periodDay' },
});

/** Where the rules of a period come from: a version of a policy, or the defaults when none states any. */
export const PromotionRulesSource = z
  .object({
    policyId: id,
    policyTitle: z.string(),
    versionId: id,
    versionNumber: z.number().int(),
    effectiveFrom: z.string().nullable(),
  })
  .nullable()
  .meta({ id: 'PromotionRulesSource' });

export const VersionPromotionRules = z
  .object({
    /** Null: this version and those it was drafted from state no promotion rules. */
    rules: PromotionRules.nullable(),
    /** The number of the earlier version whose rules this one keeps; null when it states its own. */
    inheritedFrom: z.number().int().nullable(),
    /** Whether this reader may change them: a draft, for those who draft policies. */
    editable: z.boolean(),
    defaults: PromotionRules,
  })
  .meta({ id: 'VersionPromotionRules' });

export const PromotionRulesBody = z
  .object({ rules: PromotionRules })
  .strict()
  .meta({ id: 'PromotionRulesBody' });

export const PromotionCheckView = z
  .object({
    rule: z.enum(PROMOTION_RULE_KEYS),
    met: z.boolean(),
    code: z.enum(PROMOTION_CHECK_CODES),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
  })
  .meta({ id: 'PromotionCheck' });

const Failing = z.record(z.enum(PROMOTION_RULE_KEYS), z.number().int());
export const EligibilitySummaryView = z
  .object({ considered: z.number().int(), eligible: z.number().int(), failing: Failing })
  .meta({ id: 'PromotionEligibilitySummary' });

const PersonRef = z.object({
  employeeId: id,
  name: z.string(),
  nip: z.string(),
  golongan: z.string().nullable(),
  unit: z.string().nullable(),
});

export const PromotionRulesEffectQuery = z.object({ period: PeriodDate.optional() });

/**
 * What a version's rules would change for one period against the rules in force on it: counts for
 * every reviewer, the people who gain or lose eligibility for the agency only.
 */
export const PromotionRulesEffect = z
  .object({
    period: z.string(),
    current: PromotionRulesSource,
    before: EligibilitySummaryView,
    after: EligibilitySummaryView,
    gainedCount: z.number().int(),
    lostCount: z.number().int(),
    /** Null for a reader who may not see personnel names. */
    gained: z.array(PersonRef).nullable(),
    lost: z.array(PersonRef).nullable(),
  })
  .meta({ id: 'PromotionRulesEffect' });

export const PromotionPeriod = z
  .object({ date: z.string(), proposalDue: z.string() })
  .meta({ id: 'PromotionPeriod' });

export const PromotionPeriods = z
  .object({ current: PromotionRulesSource, rules: PromotionRules, items: z.array(PromotionPeriod) })
  .meta({ id: 'PromotionPeriods' });

export const PROMOTION_STATES = ['proposed', 'approved', 'rejected'] as const;

export const PromotionView = z
  .object({
    id,
    employeeId: id,
    period: z.string(),
    kind: z.literal('reguler'),
    fromGolongan: z.string(),
    toGolongan: z.string(),
    /** Whether the rules in force found the person eligible when proposed. */
    eligible: z.boolean(),
    rulesVersionNumber: z.number().int().nullable(),
    state: z.enum(PROMOTION_STATES),
    decreeNumber: z.string().nullable(),
    decreeDate: z.string().nullable(),
    tmt: z.string().nullable(),
    reason: z.string().nullable(),
    proposedAt: Timestamp,
    decidedAt: Timestamp.nullable(),
  })
  .meta({ id: 'Promotion' });

export const ELIGIBILITY_FILTERS = ['all', 'eligible', 'notEligible', 'proposed'] as const;

export const EligibilityQuery = PageQuery.extend({
  period: PeriodDate,
  show: z.enum(ELIGIBILITY_FILTERS).default('eligible'),
  /** A rule the person fails (only with show=notEligible or all). */
  failing: z.enum(PROMOTION_RULE_KEYS).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  q: textLine(100).optional(),
});

export const EligibilityRow = z
  .object({
    ...PersonRef.shape,
    position: z.string().nullable(),
    tmtGolongan: z.string().nullable(),
    education: z.string().nullable(),
    eligible: z.boolean(),
    target: z.string().nullable(),
    checks: z.array(PromotionCheckView),
    promotion: PromotionView.nullable(),
  })
  .meta({ id: 'PromotionEligibilityRow' });

export const EligibilityList = pageOf(EligibilityRow)
  .extend({
    period: z.string(),
    proposalDue: z.string(),
    current: PromotionRulesSource,
    summary: EligibilitySummaryView,
    /** Proposals of the period by state. */
    proposals: z.record(z.enum(PROMOTION_STATES), z.number().int()),
  })
  .meta({ id: 'PromotionEligibilityList' });

export const MyPromotion = z
  .object({
    /** Null for a PPPK or an account without an employee record. */
    next: z
      .object({
        period: z.string(),
        proposalDue: z.string(),
        eligible: z.boolean(),
        target: z.string().nullable(),
        checks: z.array(PromotionCheckView),
        current: PromotionRulesSource,
      })
      .nullable(),
    history: z.array(PromotionView),
  })
  .meta({ id: 'MyPromotion' });

export const ProposeBody = z
  .object({ employeeId: id, period: PeriodDate, toGolongan: Golongan })
  .strict()
  .meta({ id: 'PromotionProposeBody' });

export const DecideBody = z
  .discriminatedUnion('outcome', [
    z
      .object({
        outcome: z.literal('approved'),
        decreeNumber: textLine(100),
        decreeDate: CalendarDate,
        tmt: PeriodDate,
      })
      .strict(),
    z.object({ outcome: z.literal('rejected'), reason: textBlock(1000) }).strict(),
  ])
  .meta({ id: 'PromotionDecideBody' });

export const SANCTION_LEVELS = ['ringan', 'sedang', 'berat'] as const;

export const SanctionBody = z
  .object({
    employeeId: id,
    level: z.enum(SANCTION_LEVELS),
    startsOn: CalendarDate,
    endsOn: CalendarDate.nullable().default(null),
    decree: textLine(200),
    note: textBlock(1000).nullable().default(null),
  })
  .strict()
  .refine((s) => s.endsOn === null || s.endsOn >= s.startsOn, {
    path: ['endsOn'],
    params: { i18n: 'errors.promotion.sanctionEndsBefore' },
  })
  .meta({ id: 'SanctionBody' });

export const SanctionEndBody = z.object({ endsOn: CalendarDate }).strict().meta({ id: 'SanctionEndBody' });

export const SanctionView = z
  .object({
    id,
    employeeId: id,
    name: z.string(),
    nip: z.string(),
    level: z.enum(SANCTION_LEVELS),
    startsOn: z.string(),
    endsOn: z.string().nullable(),
    decree: z.string(),
    note: z.string().nullable(),
  })
  .meta({ id: 'Sanction' });

export const SanctionQuery = z.object({ employeeId: z.coerce.number().int().positive().optional() });
export const SanctionList = z.object({ items: z.array(SanctionView) }).meta({ id: 'SanctionList' });
