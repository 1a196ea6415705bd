import { JPM_LABELS, type JpmLabel } from '@jenjang/domain/competency/competency-gap.rules';
import type domainWords from '@jenjang/domain/i18n/id.json';
import { PREDIKATS, type Predikat } from '@jenjang/domain/performance/predikat.rules';
import { EDUCATION_LEVELS, type EducationLevel } from '@jenjang/domain/talent/education-level';
import {
  BOX_KEYS,
  type BoxKey,
  TALENT_VIEWERS,
  type TalentComponent,
  type TalentRecommendation,
  TalentSettings,
} from '@jenjang/domain/talent/nine-box.contract';

// The talent settings form: its state (inputs hold text and strings) to TalentSettings and back,
// and the contract's issues as the form's messages. The form's field paths are the settings' own
// ('performance.cutoffs', 'potential.components.0.key'), so an issue's path names its input. The
// contract is the one the server checks the settings with: what the form accepts the server accepts.

/** What a NumberInput holds: a number, or the text typed so far ('' when empty). */
export type NumberField = number | string;

export interface ComponentValues {
  /** The row's React key, not sent. */
  rowId: string;
  key: string;
  label: string;
  maxPoints: NumberField;
  kind: TalentComponent['kind'];
}

interface AxisValues {
  components: ComponentValues[];
  /** [low, high]. */
  cutoffs: [NumberField, NumberField];
}

export interface TalentFormValues {
  performance: AxisValues & { predikatPoints: Record<Predikat, NumberField> };
  potential: AxisValues & {
    jpmPoints: Record<JpmLabel, NumberField>;
    /** '' where a level is not listed: it earns the other levels' points. */
    qualificationPoints: Record<EducationLevel, NumberField>;
    otherQualificationPoints: NumberField;
    serviceYears: { pointsPerYear: NumberField; cap: NumberField };
    training: { pointsPerProgram: NumberField; cap: NumberField; windowYears: NumberField };
  };
  /** [potential rendah, menengah, tinggi][performance di bawah, sesuai, di atas], '1'…'9'. */
  boxNumbers: string[][];
  /** '' where a box has no name. */
  boxLabels: Record<BoxKey, string>;
  recommendations: Record<BoxKey, TalentRecommendation>;
  visibleTo: string[];
}

let rows = 0;
/** A fresh row key for a component added in the form. */
export const newRowId = () => `component-${++rows}`;

const componentValues = (list: readonly TalentComponent[]): ComponentValues[] =>
  list.map((c) => ({ rowId: newRowId(), ...c }));

const byKeys = <K extends string, W>(keys: readonly K[], value: (key: K) => W) =>
  Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<K, W>;

export function formValuesOf(settings: TalentSettings): TalentFormValues {
  const { performance: perf, potential: pot } = settings;
  return {
    performance: {
      predikatPoints: byKeys(PREDIKATS, (p) => perf.predikatPoints[p]),
      components: componentValues(perf.components),
      cutoffs: [...perf.cutoffs],
    },
    potential: {
      jpmPoints: byKeys(JPM_LABELS, (j) => pot.jpmPoints[j]),
      qualificationPoints: byKeys(EDUCATION_LEVELS, (level) => pot.qualificationPoints[level] ?? ''),
      otherQualificationPoints: pot.otherQualificationPoints,
      serviceYears: { ...pot.serviceYears },
      training: { ...pot.training },
      components: componentValues(pot.components),
      cutoffs: [...pot.cutoffs],
    },
    boxNumbers: settings.boxNumbers.map((row) => row.map(String)),
    boxLabels: byKeys(BOX_KEYS, (box) => settings.boxLabels[box] ?? ''),
    recommendations: byKeys(BOX_KEYS, (box) => settings.recommendations[box]),
    visibleTo: [...settings.visibleTo],
  };
}

/** An input's number; an empty or unreadable one is NaN, which the contract refuses. */
const toNumber = (value: NumberField) =>
  typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value);

const componentsOf = (list: readonly ComponentValues[]): TalentComponent[] =>
  list.map((c) => ({ key: c.key.trim(), label: c.label, maxPoints: toNumber(c.maxPoints), kind: c.kind }));

const cutoffsOf = ([low, high]: [NumberField, NumberField]): [number, number] => [
  toNumber(low),
  toNumber(high),
];

type BoxRow = [number, number, number];

/**
 * The settings the form states: levels without points and boxes without a name left out, the
 * viewers in the contract's order.
 */
export function settingsOf(values: TalentFormValues): TalentSettings {
  const { performance: perf, potential: pot } = values;
  const qualificationPoints: Partial<Record<EducationLevel, number>> = {};
  for (const level of EDUCATION_LEVELS) {
    const points = pot.qualificationPoints[level];
    if (typeof points === 'number' || points.trim() !== '') qualificationPoints[level] = toNumber(points);
  }
  const boxLabels: Partial<Record<BoxKey, string>> = {};
  for (const box of BOX_KEYS) {
    if (values.boxLabels[box].trim() !== '') boxLabels[box] = values.boxLabels[box];
  }
  return {
    performance: {
      predikatPoints: byKeys(PREDIKATS, (p) => toNumber(perf.predikatPoints[p])),
      components: componentsOf(perf.components),
      cutoffs: cutoffsOf(perf.cutoffs),
    },
    potential: {
      jpmPoints: byKeys(JPM_LABELS, (j) => toNumber(pot.jpmPoints[j])),
      qualificationPoints,
      otherQualificationPoints: toNumber(pot.otherQualificationPoints),
      serviceYears: {
        pointsPerYear: toNumber(pot.serviceYears.pointsPerYear),
        cap: toNumber(pot.serviceYears.cap),
      },
      training: {
        pointsPerProgram: toNumber(pot.training.pointsPerProgram),
        cap: toNumber(pot.training.cap),
        windowYears: toNumber(pot.training.windowYears),
      },
      components: componentsOf(pot.components),
      cutoffs: cutoffsOf(pot.cutoffs),
    },
    boxNumbers: values.boxNumbers.map((row) => row.map(Number) as BoxRow) as [BoxRow, BoxRow, BoxRow],
    boxLabels,
    recommendations: byKeys(BOX_KEYS, (box) => values.recommendations[box]),
    visibleTo: TALENT_VIEWERS.filter((viewer) => values.visibleTo.includes(viewer)),
  };
}

/**
 * Chooses a box number for one cell of the grid; the cell that had that number takes the chosen
 * cell's old one, so the grid keeps each of 1–9 once.
 */
export function withBoxNumber(grid: readonly string[][], row: number, column: number, chosen: string) {
  const next = grid.map((r) => [...r]);
  const old = next[row]?.[column];
  if (old === undefined || old === chosen) return next;
  for (const r of next) {
    const at = r.indexOf(chosen);
    if (at >= 0) r[at] = old;
  }
  (next[row] as string[])[column] = chosen;
  return next;
}

type DomainKey = `errors.talent.${keyof (typeof domainWords)['errors']['talent']}`;

/** A message: the domain's words for the contract's own refinements, else the form's. */
export type TalentIssue =
  | { ns: 'domain'; key: DomainKey; params: Record<string, never> }
  | {
      ns: 'talentSettings';
      key:
        | 'points'
        | 'maxPoints'
        | 'windowYears'
        | 'componentKey'
        | 'required'
        | 'tooLong'
        | 'tooMany'
        | 'invalid';
      params: Record<string, number>;
    };

const FORM_ISSUE = (
  key: Extract<TalentIssue, { ns: 'talentSettings' }>['key'],
  params = {},
): TalentIssue => ({
  ns: 'talentSettings',
  key,
  params,
});

interface ZodIssueLike {
  code: string;
  path: readonly PropertyKey[];
  maximum?: unknown;
  params?: Record<string, unknown>;
}

function issueOf(issue: ZodIssueLike): TalentIssue {
  const i18n = issue.params?.i18n;
  if (issue.code === 'custom' && typeof i18n === 'string' && i18n.startsWith('errors.talent.')) {
    return { ns: 'domain', key: i18n as DomainKey, params: {} };
  }
  const last = String(issue.path.at(-1) ?? '');
  if (last === 'components' && issue.code === 'too_big') return FORM_ISSUE('tooMany', { max: 10 });
  if (last === 'key') return FORM_ISSUE('componentKey');
  if (last === 'label' || issue.path[0] === 'boxLabels') {
    if (issue.code === 'too_small') return FORM_ISSUE('required');
    if (issue.code === 'too_big') return FORM_ISSUE('tooLong', { max: Number(issue.maximum) });
    return FORM_ISSUE('invalid');
  }
  if (last === 'maxPoints') return FORM_ISSUE('maxPoints');
  if (last === 'windowYears') return FORM_ISSUE('windowYears');
  return FORM_ISSUE('points');
}

/**
 * The form's state checked with the contract: the settings when they hold, else the first issue
 * of each field (keyed by the form's field path).
 */
export function checkSettings(
  values: TalentFormValues,
): { ok: true; settings: TalentSettings } | { ok: false; issues: Record<string, TalentIssue> } {
  const parsed = TalentSettings.safeParse(settingsOf(values));
  if (parsed.success) return { ok: true, settings: parsed.data };
  const issues: Record<string, TalentIssue> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.map(String).join('.');
    if (!(field in issues)) issues[field] = issueOf(issue as ZodIssueLike);
  }
  return { ok: false, issues };
}
