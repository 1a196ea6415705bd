import { type JpmThresholds, jpmLabel } from '@jenjang/domain/competency/competency-gap.rules';
import { PREDIKATS, type Predikat } from '@jenjang/domain/performance/predikat.rules';
import { yearsBetween } from '@jenjang/domain/shared/calendar-date';
import { memo } from '@jenjang/domain/shared/memo';
import { educationLevelOf } from '@jenjang/domain/talent/education-level';
import type { TalentSettings } from '@jenjang/domain/talent/nine-box.contract';
import { type NineBoxInput, placeInNineBox } from '@jenjang/domain/talent/nine-box.rules';
import type { PlacementInsert, TalentInputRow } from './talent.repository';

// From what the database holds of a person to their place on the nine-box (domain nine-box.rules.ts),
// with the inputs kept beside it from which the lines are derived when the person placed asks why.

/** The dates a year's placement reads: service up to the year's end (or today), trainings in the window. */
export function yearDates(year: number, today: string, settings: TalentSettings) {
  const end = `${year}-12-31`;
  return {
    reference: end < today ? end : today,
    trainingWindow: { from: `${year - settings.potential.training.windowYears + 1}-01-01`, to: end },
  };
}

/** JPM = Σ actual ÷ Σ required × 100 (at most 100), only when every competency of the standard is assessed. */
export function jpmOf(
  row: Pick<TalentInputRow, 'required' | 'assessed' | 'actualSum' | 'requiredSum'>,
): number | null {
  if (row.required === 0 || row.assessed < row.required || !row.requiredSum || row.actualSum === null)
    return null;
  return Math.min(100, Math.round(((row.actualSum * 100) / row.requiredSum) * 100) / 100);
}

const isPredikat = (value: string | null): value is Predikat =>
  value !== null && (PREDIKATS as readonly string[]).includes(value);

function givenOn(scores: Record<string, number> | null, axis: 'performance' | 'potential') {
  const given: Record<string, number> = {};
  for (const [key, points] of Object.entries(scores ?? {})) {
    const [a, component] = key.split(':');
    if (a === axis && component) given[component] = Number(points);
  }
  return given;
}

/**
 * What the nine-box reads of each person at one reference date, and their JPM (shown beside its
 * category, which the rules read). For many rows: an education text and a TMT CPNS are read once
 * each, as a government's people share a few hundred and a few thousand of them.
 */
export function inputsReader(thresholds: JpmThresholds, reference: string) {
  const levelOf = memo(educationLevelOf);
  const serviceYearsOf = memo((tmtCpns: string | null) =>
    tmtCpns ? Math.max(0, yearsBetween(tmtCpns, reference)) : 0,
  );
  return (row: TalentInputRow): { inputs: NineBoxInput; jpm: number | null } => {
    const jpm = jpmOf(row);
    const inputs: NineBoxInput = {
      predikat: isPredikat(row.predikat) ? row.predikat : null,
      components: givenOn(row.scores, 'performance'),
      jpmCategory: jpm === null ? null : jpmLabel(jpm, thresholds),
      educationLevel: levelOf(row.education),
      serviceYears: serviceYearsOf(row.tmtCpns),
      completedPrograms: row.programs,
      potentialComponents: givenOn(row.scores, 'potential'),
    };
    return { inputs, jpm };
  };
}

/** Each person's placement row under settings: the box, both scores and bands, and the inputs that placed them. */
export function placer(settings: TalentSettings, thresholds: JpmThresholds, reference: string) {
  const inputsOf = inputsReader(thresholds, reference);
  return (row: TalentInputRow): PlacementInsert => {
    const { inputs, jpm } = inputsOf(row);
    const placed = placeInNineBox(inputs, settings);
    return {
      employeeId: row.employeeId,
      box: placed.box,
      performanceBand: placed.performance.band,
      potentialBand: placed.potential.band,
      performanceScore: placed.performance.score,
      potentialScore: placed.potential.score,
      recommendation: placed.recommendation,
      inputs,
      jpm,
    };
  };
}

/**
 * Why a placement is what it is: the lines of both scores, derived again from the inputs it kept and
 * the settings of its year's mapping by the same pure function that placed it.
 */
export function whyOf(inputs: NineBoxInput, jpm: number | null, settings: TalentSettings) {
  const placed = placeInNineBox(inputs, settings);
  return {
    performance: placed.performance,
    potential: placed.potential,
    reasons: placed.reasons,
    label: placed.label,
    inputs: {
      predikat: inputs.predikat,
      jpm,
      jpmCategory: inputs.jpmCategory,
      educationLevel: inputs.educationLevel,
      serviceYears: inputs.serviceYears,
      completedPrograms: inputs.completedPrograms,
    },
  };
}
