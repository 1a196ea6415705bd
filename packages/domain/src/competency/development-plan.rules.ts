import type { CompetencyType } from './competency-dictionary';
import type { DevelopmentPath } from './development-paths';
import type { NeedAgreement } from './needs-comparison.rules';

// The annual Rencana Pengembangan Kompetensi (PP 11/2017 jo. PP 17/2020 art. 205–206: needs are
// inventoried per employee, then planned per agency and year, then budgeted). Each OPD drafts its
// part and proposes it; the BKPSDM consolidates the proposals into the government's plan, which a
// leader approves. A draft starts as a proposal generated from the evidence — the gaps the
// assessments measured, what staff said they need, talent beyond the standard — and people edit it.

export const PLAN_STATES = ['draft', 'proposed', 'consolidated', 'approved'] as const;
export type PlanState = (typeof PLAN_STATES)[number];

export const PLAN_TRANSITIONS = ['propose', 'return', 'consolidate', 'approve'] as const;
export type PlanTransition = (typeof PLAN_TRANSITIONS)[number];

/** An OPD's part (a unit) or the government's plan (none). */
export type PlanScope = 'opd' | 'government';

const MOVES: Record<PlanTransition, { from: PlanState; to: PlanState; scope: PlanScope }> = {
  /** The OPD sends its draft to the BKPSDM. */
  propose: { from: 'draft', to: 'proposed', scope: 'opd' },
  /** The BKPSDM sends a proposal back for changes. */
  return: { from: 'proposed', to: 'draft', scope: 'opd' },
  /** The BKPSDM takes a proposal's items into the government's plan. */
  consolidate: { from: 'proposed', to: 'consolidated', scope: 'opd' },
  /** A leader approves the government's plan. */
  approve: { from: 'draft', to: 'approved', scope: 'government' },
};

/** The state a transition leads to, or null when the plan is not where it starts or of its scope. */
export function nextPlanState(
  state: PlanState,
  scope: PlanScope,
  transition: PlanTransition,
): PlanState | null {
  const move = MOVES[transition];
  return move.from === state && move.scope === scope ? move.to : null;
}

/** Whether a plan in this state still takes changes to its items (drafts only). */
export function planEditable(state: PlanState): boolean {
  return state === 'draft';
}

/** What one competency's gaps in the plan's scope show (gap analysis figures). */
export interface GapEvidence {
  competencyId: number;
  code: string;
  type: CompetencyType;
  /** Requirements assessed; of them below the standard; Σ levels short. */
  assessed: number;
  below: number;
  shortfall: number;
  /** What staff stated of it in a needs survey, and how that compares; null without a survey. */
  statedGap: number | null;
  agreement: NeedAgreement | null;
}

/** People whose level of a competency their standard does not require is high (talent to develop). */
export interface TalentEvidence {
  competencyId: number;
  code: string;
  type: CompetencyType;
  people: number;
}

/** A need staff stated for something no competency code names (a technical statement of the survey). */
export interface UncodedNeed {
  /** The statement's path in the questionnaire (question.statement). */
  statement: string;
  statedGap: number;
}

export interface PlanItemProposal {
  /** Null for a need stated for an uncoded statement: `statement` names it. */
  competencyId: number | null;
  statement: string | null;
  /** What the item answers: a gap below the standard, a stated need only, or talent beyond the standard. */
  basis: 'gap' | 'stated' | 'talent';
  pathCode: DevelopmentPath;
  jp: number;
  participants: number;
  estimatedCost: number;
  /** 1 high, 2 medium, 3 low. */
  priority: 1 | 2 | 3;
  evidence: {
    assessed: number;
    below: number;
    shortfall: number;
    statedGap: number | null;
    agreement: NeedAgreement | null;
    talents: number;
  };
}

export interface ProposalDefaults {
  /** JP of one activity (the planners adjust each item). */
  jp: number;
  /** Estimated cost per participant, in rupiah. */
  costPerParticipant: number;
}

/** The classical path a competency's type calls for first (Perlan LAN 10/2018, DOMAIN.md §3). */
export function pathFor(type: CompetencyType): DevelopmentPath {
  return type === 'manajerial' ? 'KL02' : type === 'sosialKultural' ? 'KL05' : 'KL03';
}

/**
 * The generated proposal: an item per competency with people below the standard, ranked by the
 * levels short (the top third high priority, the next third medium; a need staff also stated is
 * high), one per competency only staff asked for (no participants yet: the OPD names them), and
 * one per competency with talent beyond the standard (technical ones first, the IT story).
 */
export function proposePlanItems(
  gaps: readonly GapEvidence[],
  talents: readonly TalentEvidence[],
  defaults: ProposalDefaults,
  uncoded: readonly UncodedNeed[] = [],
): PlanItemProposal[] {
  const needs = gaps
    .filter((g) => g.below > 0)
    .sort((a, b) => b.shortfall - a.shortfall || a.code.localeCompare(b.code));
  const third = Math.max(1, Math.ceil(needs.length / 3));
  const item = (
    g: { competencyId: number | null; type: CompetencyType; statement?: string },
    basis: PlanItemProposal['basis'],
    participants: number,
    priority: 1 | 2 | 3,
    evidence: PlanItemProposal['evidence'],
  ): PlanItemProposal => ({
    competencyId: g.competencyId,
    statement: g.statement ?? null,
    basis,
    pathCode: pathFor(g.type),
    jp: defaults.jp,
    participants,
    estimatedCost: participants * defaults.costPerParticipant,
    priority,
    evidence,
  });
  const fromGaps = needs.map((g, i) => {
    const ranked = i < third ? 1 : i < 2 * third ? 2 : 3;
    const priority = g.agreement === 'both' ? 1 : ranked;
    return item(g, 'gap', g.below, priority as 1 | 2 | 3, {
      assessed: g.assessed,
      below: g.below,
      shortfall: g.shortfall,
      statedGap: g.statedGap,
      agreement: g.agreement,
      talents: 0,
    });
  });
  const statedOnly = gaps
    .filter((g) => g.below === 0 && g.agreement === 'statedOnly')
    .map((g) =>
      item(g, 'stated', 0, 3, {
        assessed: g.assessed,
        below: 0,
        shortfall: 0,
        statedGap: g.statedGap,
        agreement: g.agreement,
        talents: 0,
      }),
    );
  const fromTalent = talents
    .filter((t) => t.people > 0)
    .sort((a, b) => Number(b.type === 'teknis') - Number(a.type === 'teknis') || b.people - a.people)
    .map((t) =>
      item(t, 'talent', t.people, 2, {
        assessed: 0,
        below: 0,
        shortfall: 0,
        statedGap: null,
        agreement: null,
        talents: t.people,
      }),
    );
  // Uncoded wishes in the upper half of everything staff rated, largest first: technical training
  // whose participants the OPD names (a gap of a whole point or more is medium priority).
  const allStated = [
    ...gaps.flatMap((g) => (g.statedGap === null ? [] : [g.statedGap])),
    ...uncoded.map((u) => u.statedGap),
  ];
  const cut =
    allStated.length === 0 ? 0 : [...allStated].sort((a, b) => a - b)[Math.floor(allStated.length / 2)]!;
  const fromUncoded = uncoded
    .filter((u) => u.statedGap > 0 && u.statedGap >= cut)
    .sort((a, b) => b.statedGap - a.statedGap || a.statement.localeCompare(b.statement))
    .map((u) =>
      item(
        { competencyId: null, type: 'teknis', statement: u.statement },
        'stated',
        0,
        u.statedGap >= 1 ? 2 : 3,
        {
          assessed: 0,
          below: 0,
          shortfall: 0,
          statedGap: u.statedGap,
          agreement: null,
          talents: 0,
        },
      ),
    );
  return [...fromGaps, ...statedOnly, ...fromUncoded, ...fromTalent];
}

export interface PlanTotals {
  items: number;
  participants: number;
  jp: number;
  estimatedCost: number;
  /** Budget − cost; null without a budget. Negative: over budget. */
  remaining: number | null;
}

/** The plan's totals against its budget. */
export function planTotals(
  items: readonly { participants: number; jp: number; estimatedCost: number }[],
  budget: number | null,
): PlanTotals {
  const estimatedCost = items.reduce((sum, i) => sum + i.estimatedCost, 0);
  return {
    items: items.length,
    participants: items.reduce((sum, i) => sum + i.participants, 0),
    jp: items.reduce((sum, i) => sum + i.jp * i.participants, 0),
    estimatedCost,
    remaining: budget === null ? null : budget - estimatedCost,
  };
}
