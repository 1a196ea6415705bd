import { z } from 'zod';
import { POSITION_KINDS } from '../people/position';
import { CalendarDate, PageQuery, pageOf, textBlock, textLine } from '../shared/common.contract';
import { ASSESSMENT_METHODS, COMPETENCY_CODE_MAX, COMPETENCY_TYPES } from './competency-dictionary';
import { COMPETENCY_LEVEL, JPM_LABELS } from './competency-gap.rules';
import { JpmThresholds } from './competency-settings.contract';
import { NEED_AGREEMENTS } from './needs-comparison.rules';

// The competency dictionary, position standards (SKJ) and assessments (issue 10).

const Id = z.number().int().positive();
export const CompetencyLevelValue = z.number().int().min(COMPETENCY_LEVEL.min).max(COMPETENCY_LEVEL.max);

export const CompetencyLevelText = z
  .object({
    level: CompetencyLevelValue,
    descriptor: z.string(),
    indicators: z.array(z.string()),
  })
  .meta({ id: 'CompetencyLevelText' });

export const Competency = z
  .object({
    id: z.number().int(),
    code: z.string(),
    type: z.enum(COMPETENCY_TYPES),
    /** True for the nine of PermenPANRB 38/2017, whose texts nobody in a government edits. */
    national: z.boolean(),
    /** In the reader's language for a national competency; as the government wrote it otherwise. */
    name: z.string(),
    definition: z.string().nullable(),
    levels: z.array(CompetencyLevelText),
    /** Positions whose standard requires it. */
    positionCount: z.number().int(),
    /** Whether any assessment names it (then it can no longer be removed). */
    assessed: z.boolean(),
  })
  .meta({ id: 'Competency' });

export const CompetencyList = z.object({ items: z.array(Competency) }).meta({ id: 'CompetencyList' });

const LevelBody = z
  .object({
    level: CompetencyLevelValue,
    descriptor: textBlock(1000),
    indicators: z.array(textLine(500)).max(10).default([]),
  })
  .strict();

/** A government's own technical competency, with a descriptor for each level it describes. */
export const TechnicalCompetencyBody = z
  .object({
    code: textLine(COMPETENCY_CODE_MAX),
    name: textLine(200, { min: 2 }),
    definition: textBlock(4000).nullable().default(null),
    levels: z.array(LevelBody).max(5).default([]),
  })
  .strict()
  .meta({ id: 'TechnicalCompetencyBody' });

export const Requirement = z
  .object({
    competencyId: z.number().int(),
    code: z.string(),
    name: z.string(),
    type: z.enum(COMPETENCY_TYPES),
    requiredLevel: CompetencyLevelValue,
  })
  .meta({ id: 'Requirement' });

export const PositionStandard = z
  .object({
    positionId: z.number().int(),
    positionName: z.string(),
    requirements: z.array(Requirement),
    /** Holders of the position within the reader's reach; null for readers of no workforce figures. */
    holderCount: z.number().int().nullable(),
    /** The standard as read: a change sent with it is refused if someone changed it meanwhile. */
    version: z.string(),
  })
  .meta({ id: 'PositionStandard' });

/** The whole standard of a position: what it lists is what it requires, nothing else. */
export const PositionStandardBody = z
  .object({
    /** The version the change was made on (PositionStandard.version); absent: replace whatever is there. */
    version: z.string().max(64).optional(),
    requirements: z
      .array(z.object({ competencyId: Id, requiredLevel: CompetencyLevelValue }).strict())
      .max(100),
  })
  .strict()
  .meta({ id: 'PositionStandardBody' });

/** Gives these positions the standard of the one in the address, replacing theirs. */
export const CopyStandardBody = z
  .object({ toPositionIds: z.array(Id).min(1).max(500) })
  .strict()
  .meta({ id: 'CopyStandardBody' });

export const StandardCopied = z
  .object({ positions: z.number().int(), requirements: z.number().int() })
  .meta({ id: 'StandardCopied' });

export const AssessmentBody = z
  .object({
    competencyId: Id,
    level: CompetencyLevelValue,
    /** Today or earlier in the government's time zone. */
    assessedOn: CalendarDate,
    method: z.enum(ASSESSMENT_METHODS),
    assessor: textLine(200).nullable().default(null),
    source: textLine(200).nullable().default(null),
  })
  .strict()
  .meta({ id: 'AssessmentBody' });

export const Assessment = z
  .object({
    id: z.number().int(),
    competencyId: z.number().int(),
    code: z.string(),
    /** In the reader's language for a national competency. */
    name: z.string(),
    level: CompetencyLevelValue,
    assessedOn: CalendarDate,
    method: z.enum(ASSESSMENT_METHODS),
    assessor: z.string().nullable(),
    source: z.string().nullable(),
    /** Entered by hand (null) or the import that brought it. */
    jobId: z.string().nullable(),
    /** The account that recorded it (by hand or by import). */
    recordedBy: z.string().nullable(),
    recordedAt: z.string(),
  })
  .meta({ id: 'Assessment' });

export const CompetencyGapRow = z
  .object({
    competencyId: z.number().int(),
    code: z.string(),
    name: z.string(),
    type: z.enum(COMPETENCY_TYPES),
    required: CompetencyLevelValue,
    /** Null: not assessed yet. */
    actual: CompetencyLevelValue.nullable(),
    /** actual − required (PermenPANRB 38/2017); negative is a development need; null: not assessed. */
    gap: z.number().int().nullable(),
    assessedOn: CalendarDate.nullable(),
  })
  .meta({ id: 'CompetencyGapRow' });

export const PositionMatch = z
  .object({
    positionId: z.number().int(),
    positionName: z.string(),
    gaps: z.array(CompetencyGapRow),
    /** Job-Person Match in percent; null while a required competency is unassessed. */
    jpm: z.number().nullable(),
    jpmLabel: z.enum(JPM_LABELS).nullable(),
  })
  .meta({ id: 'PositionMatch' });

export const EmployeeCompetencies = z
  .object({
    employeeId: z.number().int(),
    name: z.string(),
    nip: z.string(),
    /** Against the position held; null when the employee holds none or it has no standard. */
    current: PositionMatch.nullable(),
    /** Against the target position asked for (`targetPositionId`). */
    target: PositionMatch.nullable(),
    /** Levels of competencies no standard here requires (a talent beyond the position). */
    beyondStandard: z.array(CompetencyGapRow.omit({ required: true, gap: true })),
    /**
     * The gap between performance results and the position's targets (PP 17/2020 art. 205): filled
     * by the performance capability; null until then.
     */
    performanceGap: z.null(),
    history: z.array(Assessment),
    /** The government's JPM cut-offs the labels follow. */
    jpmThresholds: JpmThresholds,
  })
  .meta({ id: 'EmployeeCompetencies' });

export const EmployeeCompetenciesQuery = z.object({
  targetPositionId: z.coerce.number().int().positive().optional(),
});

// Gap analysis over many people: a unit subtree (or the government), by competency, by unit below
// it (the heat map), by position kind, and by JPM label; optionally against an earlier day (trend).

export const GapQuery = z.object({
  /** The subtree's root; the reader's own scope (or the government) when absent. */
  unitId: z.coerce.number().int().positive().optional(),
  positionKind: z.enum(POSITION_KINDS).optional(),
  /** Levels as of this day (default: today's). */
  asOf: CalendarDate.optional(),
  /** The same figures as of an earlier day, for the trend between assessment periods. */
  compareTo: CalendarDate.optional(),
});

const GapCountsShape = {
  /** Requirements: employees × the competencies their position's standard requires. */
  required: z.number().int(),
  assessed: z.number().int(),
  /** Assessed below the required level: development needs. */
  below: z.number().int(),
  /** Σ (required − actual) over the needs: how far below, in levels. */
  shortfall: z.number().int(),
};
export const GapCounts = z.object(GapCountsShape).meta({ id: 'GapCounts' });

export const JpmCounts = z
  .object({
    employees: z.number().int(),
    meets: z.number().int(),
    stillMeets: z.number().int(),
    lacking: z.number().int(),
    /** Employees with a required competency not yet assessed: no JPM. */
    unknown: z.number().int(),
  })
  .meta({ id: 'JpmCounts' });

export const GapAnalysis = z
  .object({
    unit: z.object({ id: z.number().int(), name: z.string() }).nullable(),
    asOf: CalendarDate,
    compareTo: CalendarDate.nullable(),
    jpmThresholds: JpmThresholds,
    jpm: JpmCounts,
    competencies: z.array(
      z.object({
        competencyId: z.number().int(),
        code: z.string(),
        name: z.string(),
        type: z.enum(COMPETENCY_TYPES),
        ...GapCountsShape,
        /** The same as of `compareTo`; null without one. */
        previous: GapCounts.nullable(),
      }),
    ),
    /** The units right below the root (the root itself for its own staff), each by competency. */
    units: z.array(
      z.object({
        /** Null: the government's employees without a unit (the whole government's view only). */
        unitId: z.number().int().nullable(),
        name: z.string(),
        cells: z.array(z.object({ competencyId: z.number().int(), ...GapCountsShape })),
        jpm: JpmCounts,
      }),
    ),
    positionKinds: z.array(z.object({ kind: z.string(), employees: z.number().int(), ...GapCountsShape })),
  })
  .meta({ id: 'GapAnalysis' });

export const NeedsQuery = PageQuery.extend({
  unitId: z.coerce.number().int().positive().optional(),
  positionKind: z.enum(POSITION_KINDS).optional(),
  competencyId: z.coerce.number().int().positive().optional(),
});

export const NeedsPage = pageOf(
  z.object({
    employeeId: z.number().int(),
    nip: z.string(),
    name: z.string(),
    unitName: z.string().nullable(),
    positionName: z.string().nullable(),
    shortfall: z.number().int(),
    below: z.number().int(),
    unassessed: z.number().int(),
  }),
).meta({ id: 'NeedsPage' });

export const NeedsComparisonQuery = z.object({
  /** A wave of a needs survey (LAN's ability-and-need ratings), closed or open. */
  waveId: z.coerce.number().int().positive(),
  unitId: z.coerce.number().int().positive().optional(),
});

export const NeedsComparison = z
  .object({
    survey: z.object({ id: z.number().int(), title: z.string() }),
    wave: z.object({ id: z.number().int(), label: z.string(), responses: z.number().int() }),
    unit: z.object({ id: z.number().int(), name: z.string() }).nullable(),
    rows: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        /** From the assessments of the scope: requirements assessed, how many below standard. */
        assessed: z.number().int(),
        below: z.number().int(),
        /** From the survey (all its respondents): mean ability, mean need, need − ability; null under k. */
        meanAbility: z.number().nullable(),
        meanNeed: z.number().nullable(),
        statedGap: z.number().nullable(),
        agreement: z.enum(NEED_AGREEMENTS),
      }),
    ),
    /** What staff stated for statements no competency code names (the survey's technical list). */
    uncoded: z.array(
      z.object({
        statement: z.string(),
        text: z.string(),
        meanAbility: z.number().nullable(),
        meanNeed: z.number().nullable(),
        statedGap: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: 'NeedsComparison' });
