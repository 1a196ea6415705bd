import { golonganRank, isPnsGolongan, isPppkGolongan } from '@jenjang/domain/people/golongan';
import { validateNiPppk, validateNip } from '@jenjang/domain/people/nip.rules';
import { isFungsionalLevel, isPositionKind } from '@jenjang/domain/people/position';
import { addMonths, serviceLengthFrom } from '@jenjang/domain/people/service-length.rules';
import { yearsBetween } from '@jenjang/domain/shared/calendar-date';
import {
  CPNS_MAX_ENTRY_AGE,
  EDUCATION_LEVELS,
  type EducationLevel,
  ENTRY_GOLONGAN,
  LADDERS,
  ladderKey,
  YEARS_PER_STEP,
} from './career.config';

// What makes a demo person believable, as one check over an employee record as the registry holds
// it: the stories' smoke tests run it over the people they loaded, the generator's tests over many.

export interface PersonRecord {
  nip: string;
  employeeType: 'PNS' | 'PPPK';
  golongan: string | null;
  positionName: string | null;
  positionKind: string | null;
  positionLevel: string | null;
  frontTitle: string | null;
  backTitle: string | null;
  educationLevel: string | null;
  birthDate: string | null;
  tmtCpns: string | null;
  /** Checked when given: the generator's people have it, and a promotion in the demo sets it. */
  tmtGolongan?: string | null;
}

/** What is implausible about `person` as of `today`; empty when nothing is. */
export function believabilityProblems(person: PersonRecord, today: string): string[] {
  const problems: string[] = [];
  const kind = person.positionKind;
  const level = isFungsionalLevel(person.positionLevel) ? person.positionLevel : null;
  if (!isPositionKind(kind) || !person.birthDate || !person.tmtCpns || !person.golongan) {
    return ['incomplete record'];
  }
  const ladder = LADDERS[ladderKey(kind, level)];
  const education = (EDUCATION_LEVELS as readonly string[]).includes(person.educationLevel ?? '')
    ? (person.educationLevel as EducationLevel)
    : null;
  if (!education) problems.push(`unknown education ${person.educationLevel}`);
  const age = yearsBetween(person.birthDate, today);
  if (age >= ladder.retirementAge) problems.push(`aged ${age}, past retirement at ${ladder.retirementAge}`);
  const isDokter = /^Dokter\b/.test(person.positionName ?? '');
  if ((person.frontTitle === 'dr.') !== isDokter)
    problems.push(`title dr. and position ${person.positionName}`);
  if (person.employeeType === 'PNS') {
    const nip = validateNip(person.nip, { today });
    if (!nip.ok || nip.warnings.length > 0) problems.push(`NIP ${person.nip} not valid`);
    if (!isPnsGolongan(person.golongan))
      return [...problems, `golongan ${person.golongan} is no PNS golongan`];
    const rank = golonganRank(person.golongan);
    if (rank < golonganRank(ladder.min)) problems.push(`${person.golongan} below ${ladder.min} for ${kind}`);
    if (rank > golonganRank(ladder.max)) problems.push(`${person.golongan} above ${ladder.max} for ${kind}`);
    const entryAge = yearsBetween(person.birthDate, person.tmtCpns);
    if (entryAge < 18 || entryAge > CPNS_MAX_ENTRY_AGE) problems.push(`became CPNS at ${entryAge}`);
    const years = serviceLengthFrom(person.tmtCpns, today)?.years ?? 0;
    if (education && rank > golonganRank(ENTRY_GOLONGAN[education]) + Math.floor(years / YEARS_PER_STEP)) {
      problems.push(`${person.golongan} with ${education} after ${years} years`);
    }
    const tmt = person.tmtGolongan;
    if (tmt && education) {
      // One step every YEARS_PER_STEP years: a golongan reached sooner would take the next one too early.
      const steps = rank - golonganRank(ENTRY_GOLONGAN[education]);
      if (tmt > today) problems.push(`TMT golongan ${tmt} after today`);
      else if (steps > 0 && tmt < addMonths(person.tmtCpns, steps * YEARS_PER_STEP * 12)) {
        problems.push(
          `${person.golongan} reached on ${tmt}, ${steps} steps after TMT CPNS ${person.tmtCpns}`,
        );
      }
    }
  } else {
    const nip = validateNiPppk(person.nip, { today });
    if (!nip.ok || nip.warnings.length > 0) problems.push(`NI PPPK ${person.nip} not valid`);
    if (!isPppkGolongan(person.golongan)) problems.push(`golongan ${person.golongan} is no PPPK golongan`);
    if (ladder.pppk === undefined) problems.push(`PPPK in a ${kind} position`);
    else if (kind === 'fungsional' && person.golongan !== ladder.pppk) {
      problems.push(`PPPK ${person.golongan} in a ${level} position (${ladder.pppk})`);
    }
  }
  return problems;
}
