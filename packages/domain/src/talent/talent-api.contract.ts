import { z } from 'zod';
import { JPM_LABELS } from '../competency/competency-gap.rules';
import { PREDIKATS } from '../performance/predikat.rules';
import { PageQuery, pageOf, textLine } from '../shared/common.contract';
import { EDUCATION_LEVELS } from './education-level';
import { TALENT_RECOMMENDATIONS, TalentSettings } from './nine-box.contract';
import { PERFORMANCE_BANDS, POTENTIAL_BANDS, TALENT_LINE_CODES, TALENT_REASON_CODES } from './nine-box.rules';
import { PromotionRulesSource } from './promotion-api.contract';

// Talent mapping over HTTP: the settings a policy version states and their effect before adoption,
// a year's nine-box (placed by a job), the people of a box, one person's placement and why, each
// employee's own boxes, and the points the agency gives on the settings' components.

const id = z.number().int().positive();
const Timestamp = z.iso.datetime({ offset: true });
export const TalentYear = z.coerce.number().int().min(2019).max(2100);

/** Where a year's settings come from: a version of a policy, or the defaults (null). */
export const TalentSettingsSource = PromotionRulesSource;

export const VersionTalentSettings = z
  .object({
    /** Null: this version and those it was drafted from state no talent settings. */
    settings: TalentSettings.nullable(),
    inheritedFrom: z.number().int().nullable(),
    editable: z.boolean(),
    defaults: TalentSettings,
  })
  .meta({ id: 'VersionTalentSettings' });

export const TalentSettingsBody = z
  .object({ settings: TalentSettings })
  .strict()
  .meta({ id: 'TalentSettingsBody' });

const ScoreLineView = z
  .object({
    key: z.enum(['predikat', 'jpm', 'qualification', 'serviceYears', 'training', 'component']),
    component: z.string().nullable(),
    code: z.enum(TALENT_LINE_CODES),
    points: z.number(),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
  })
  .meta({ id: 'TalentScoreLine' });

const Axis = <B extends readonly [string, ...string[]]>(bands: B) =>
  z.object({ score: z.number(), band: z.enum(bands).nullable(), lines: z.array(ScoreLineView) });

/** What the placement read: the year's predikat, the JPM, qualification, service and trainings. */
export const TalentInputs = z
  .object({
    predikat: z.enum(PREDIKATS).nullable(),
    jpm: z.number().nullable(),
    jpmCategory: z.enum(JPM_LABELS).nullable(),
    educationLevel: z.enum(EDUCATION_LEVELS).nullable(),
    serviceYears: z.number(),
    completedPrograms: z.number().int(),
  })
  .meta({ id: 'TalentInputs' });

const PersonRef = z.object({
  employeeId: id,
  name: z.string(),
  nip: z.string(),
  golongan: z.string().nullable(),
  unit: z.string().nullable(),
  position: z.string().nullable(),
});

const Box = {
  box: z.number().int().min(1).max(9).nullable(),
  label: z.string().nullable(),
  recommendation: z.enum(TALENT_RECOMMENDATIONS).nullable(),
};

/** One person's placement with every line of both scores, and the settings that placed it. */
export const TalentPlacementView = z
  .object({
    year: z.number().int(),
    person: PersonRef,
    ...Box,
    performance: Axis(PERFORMANCE_BANDS),
    potential: Axis(POTENTIAL_BANDS),
    reasons: z.array(z.enum(TALENT_REASON_CODES)),
    inputs: TalentInputs,
    settings: TalentSettings,
    placedAt: Timestamp,
  })
  .meta({ id: 'TalentPlacement' });

export const TalentCell = z
  .object({
    ...Box,
    box: z.number().int().min(1).max(9),
    performanceBand: z.enum(PERFORMANCE_BANDS),
    potentialBand: z.enum(POTENTIAL_BANDS),
    count: z.number().int(),
  })
  .meta({ id: 'TalentCell' });

export const TalentYearQuery = z.object({ unitId: z.coerce.number().int().positive().optional() });

/** A year's grid: how many in each box (within the reader's reach and the unit filter). */
export const TalentYearView = z
  .object({
    year: z.number().int(),
    placedAt: Timestamp,
    source: TalentSettingsSource,
    settings: TalentSettings,
    considered: z.number().int(),
    cells: z.array(TalentCell),
    /** People without a box: no predikat for the year, no complete JPM (one may lack both). */
    unplaced: z.object({ total: z.number().int(), noPredikat: z.number().int(), noJpm: z.number().int() }),
  })
  .meta({ id: 'TalentYear' });

export const TalentYearSummary = z
  .object({
    year: z.number().int(),
    placedAt: Timestamp,
    considered: z.number().int(),
    placed: z.number().int(),
    source: TalentSettingsSource,
  })
  .meta({ id: 'TalentYearSummary' });

/** The years placed, what a reader may do, and the settings in force now. */
export const TalentOverview = z
  .object({
    years: z.array(TalentYearSummary),
    /** Whether this reader places years and gives component points (the agency). */
    canPlace: z.boolean(),
    /** Whether this reader sees others' placements (the agency, or a role the settings name). */
    seesOthers: z.boolean(),
    current: TalentSettingsSource,
    settings: TalentSettings,
    /** The years that could be placed now: those with annual appraisals, newest first. */
    placeable: z.array(z.number().int()),
  })
  .meta({ id: 'TalentOverview' });

export const TalentPlacementQuery = PageQuery.extend({
  box: z.coerce.number().int().min(1).max(9).optional(),
  /** People without a box. */
  unplaced: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  recommendation: z.enum(TALENT_RECOMMENDATIONS).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  q: textLine(100).optional(),
});

export const TalentPlacementRow = z
  .object({
    ...PersonRef.shape,
    ...Box,
    performanceScore: z.number(),
    potentialScore: z.number(),
    performanceBand: z.enum(PERFORMANCE_BANDS).nullable(),
    potentialBand: z.enum(POTENTIAL_BANDS).nullable(),
    reasons: z.array(z.enum(TALENT_REASON_CODES)),
  })
  .meta({ id: 'TalentPlacementRow' });

export const TalentPlacementList = pageOf(TalentPlacementRow).meta({ id: 'TalentPlacementList' });

export const MyTalent = z.object({ items: z.array(TalentPlacementView) }).meta({ id: 'MyTalent' });

export const PlaceYearResponse = z.object({ jobId: z.uuid() }).meta({ id: 'TalentPlaceJob' });

const Points = z.number().min(0).max(100).multipleOf(0.01);
const Given = z.record(z.string().regex(/^[a-z][a-z0-9-]{0,39}$/), Points);

/** The points given a person for a year on the settings' components, per axis. */
export const TalentScoresBody = z
  .object({ performance: Given, potential: Given, note: textLine(500).optional() })
  .strict()
  .meta({ id: 'TalentScoresBody' });

export const TalentScores = z
  .object({
    year: z.number().int(),
    person: PersonRef,
    performance: Given,
    potential: Given,
    note: z.string().nullable(),
    /** The components the settings in force name, to give points on. */
    settings: TalentSettings,
    /** The placement again, when the year is placed (a change of points places the person anew). */
    placement: TalentPlacementView.nullable(),
  })
  .meta({ id: 'TalentScores' });

export const TalentEffectQuery = z.object({ year: TalentYear.optional() });

const Counts = z.object({
  boxes: z.record(z.string(), z.number().int()),
  unplaced: z.number().int(),
});

/** What a version's settings would change for a year against the settings before it. */
export const TalentSettingsEffect = z
  .object({
    year: z.number().int(),
    /**
     * placements: the year is placed; its people with the inputs that placed them (programs counted
     * again for settings whose training window differs). current: the year is not placed; the
     * active PNS with their data now.
     */
    basis: z.enum(['placements', 'current']),
    current: TalentSettingsSource,
    considered: z.number().int(),
    before: Counts,
    after: Counts,
    moved: z.number().int(),
    /** Moves between boxes (from → to; null is no box), most frequent first. */
    moves: z.array(
      z.object({
        from: z.number().int().nullable(),
        to: z.number().int().nullable(),
        count: z.number().int(),
      }),
    ),
    /** Who moves, for the agency only (null for other readers); at most 200. */
    people: z
      .array(
        z.object({ ...PersonRef.shape, from: z.number().int().nullable(), to: z.number().int().nullable() }),
      )
      .nullable(),
  })
  .meta({ id: 'TalentSettingsEffect' });

// --- Key positions and succession ----------------------------------------------------------------

/** How soon a successor would be ready: now, within one to two years, later [U: common practice]. */
export const SUCCESSOR_READINESS = ['now', 'soon', 'later'] as const;

export const KeyPositionView = z
  .object({
    positionId: id,
    name: z.string(),
    kind: z.string().nullable(),
    level: z.string().nullable(),
    note: z.string().nullable(),
    markedAt: Timestamp,
    /** Active employees holding the position now. */
    holders: z.number().int(),
    successors: z.number().int(),
    readyNow: z.number().int(),
  })
  .meta({ id: 'KeyPosition' });

export const KeyPositionList = z
  .object({ items: z.array(KeyPositionView), canManage: z.boolean() })
  .meta({ id: 'KeyPositionList' });

export const KeyPositionBody = z
  .object({ positionId: id, note: textLine(500).optional() })
  .strict()
  .meta({ id: 'KeyPositionBody' });

export const SuccessionCandidate = z
  .object({
    ...PersonRef.shape,
    year: z.number().int().nullable(),
    box: z.number().int().nullable(),
    performanceScore: z.number(),
    potentialScore: z.number(),
    /** JPM against the key position's standard; null when it has none or the person is not fully assessed. */
    jpm: z.number().nullable(),
    readiness: z.enum(SUCCESSOR_READINESS).nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: 'SuccessionCandidate' });

export const Succession = z
  .object({
    position: KeyPositionView,
    /** The latest year placed, whose talent pool the candidates come from; null: none placed. */
    year: z.number().int().nullable(),
    successors: z.array(SuccessionCandidate),
    /**
     * The talent pool not yet named — those whose latest box calls for it — best match to the
     * position's standard first (at most 25).
     */
    candidates: z.array(SuccessionCandidate),
    canManage: z.boolean(),
  })
  .meta({ id: 'Succession' });

export const SuccessorBody = z
  .object({ employeeId: id, readiness: z.enum(SUCCESSOR_READINESS), note: textLine(500).optional() })
  .strict()
  .meta({ id: 'SuccessorBody' });
