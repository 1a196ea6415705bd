import { type JpmThresholds, jpmLabel } from '@jenjang/domain/competency/competency-gap.rules';
import { PREDIKATS, type Predikat } from '@jenjang/domain/performance/predikat.rules';
import { yearsBetween } from '@jenjang/domain/shared/calendar-date';
import { educationLevelOf } from '@jenjang/domain/talent/education-level';
import type { TalentSettings } from '@jenjang/domain/talent/nine-box.contract';
import { type NineBoxInput, placeInNineBox } from '@jenjang/domain/talent/nine-box.rules';
import type { PlacementInsert, TalentInputRow } from './talent.repository';

// From what the database holds of a person to their place on the nine-box (domain nine-box.rules.ts),
// with the inputs and lines kept beside it so the person placed can see why.

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

export function inputsOf(row: TalentInputRow, thresholds: JpmThresholds, reference: string) {
  const jpm = jpmOf(row);
  const educationLevel = educationLevelOf(row.education);
  const serviceYears = row.tmtCpns ? Math.max(0, yearsBetween(row.tmtCpns, reference)) : 0;
  const nineBox: NineBoxInput = {
    predikat: isPredikat(row.predikat) ? row.predikat : null,
    components: givenOn(row.scores, 'performance'),
    jpmCategory: jpm === null ? null : jpmLabel(jpm, thresholds),
    educationLevel,
    serviceYears,
    completedPrograms: row.programs,
    potentialComponents: givenOn(row.scores, 'potential'),
  };
  const shown = {
    predikat: nineBox.predikat,
    jpm,
    jpmCategory: nineBox.jpmCategory,
    educationLevel,
    serviceYears,
    completedPrograms: row.programs,
  };
  return { nineBox, shown };
}

/** One person's placement row: the box, both scores and bands, and the detail shown as "why". */
export function placementOf(
  row: TalentInputRow,
  settings: TalentSettings,
  thresholds: JpmThresholds,
  reference: string,
): PlacementInsert {
  const { nineBox, shown } = inputsOf(row, thresholds, reference);
  const placed = placeInNineBox(nineBox, settings);
  return {
    employeeId: row.employeeId,
    box: placed.box,
    performanceBand: placed.performance.band,
    potentialBand: placed.potential.band,
    performanceScore: placed.performance.score,
    potentialScore: placed.potential.score,
    recommendation: placed.recommendation,
    detail: {
      performance: placed.performance,
      potential: placed.potential,
      reasons: placed.reasons,
      label: placed.label,
      inputs: shown,
    },
  };
}
