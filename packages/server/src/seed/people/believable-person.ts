import { type Golongan, golonganRank, PNS_GOLONGAN, type PnsGolongan } from '@jenjang/domain/people/golongan';
import type { FungsionalLevel, PositionKind } from '@jenjang/domain/people/position';
import { addMonths } from '@jenjang/domain/people/service-length.rules';
import { toCalendarDate } from '@jenjang/domain/shared/calendar-date';
import { pick, type Random } from '../demo-people';
import {
  CPNS_MAX_ENTRY_AGE,
  type EducationLevel,
  ENTRY_GOLONGAN,
  FIRST_PPPK_YEAR,
  LADDERS,
  type Ladder,
  ladderKey,
  MIN_ENTRY_AGE,
  PPPK_MIN_ENTRY_AGE,
  PPPK_PELAKSANA,
  YEARS_PER_STEP,
} from './career.config';
import { FAMILY_NAMES, FEMALE_NAMES, MALE_NAMES } from './names';
import { PROFESSION_EDUCATION, professionOf, titlesFor } from './titles';

// A demo person starts from the position they hold: the position decides the diploma, the rank
// it needs, hence the years of service that rank takes, hence the birth year (a CPNS enters at
// 18–35 and is still short of retirement today). Nothing here reads the clock: `today` is given.

export interface DemoJob {
  name: string;
  kind: PositionKind;
  level: FungsionalLevel | null;
}

export interface BelievablePerson {
  name: string;
  sex: 'M' | 'F';
  frontTitle: string | null;
  backTitle: string | null;
  educationLevel: EducationLevel;
  employeeType: 'PNS' | 'PPPK';
  golongan: Golongan;
  /** NIP (Perka BKN 22/2007) or NI PPPK. */
  nip: string;
  birthDate: string;
  /** TMT CPNS, or the PPPK's first appointment (1 January of its year). */
  tmtCpns: string;
  tmtPns: string | null;
  /** TMT golongan: when they reached their golongan (a PPPK: the appointment). */
  tmtGolongan: string;
}

/** Everyone is at least this many years short of retirement today. */
const RETIREMENT_MARGIN_YEARS = 2;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function weightedPick<T extends string>(random: Random, weights: Partial<Record<T, number>>): T {
  const entries = Object.entries(weights) as [T, number][];
  let draw = random() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, weight] of entries) {
    draw -= weight;
    if (draw < 0) return value;
  }
  return entries[entries.length - 1]![0];
}

const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

const pnsByRank = (rank: number): PnsGolongan => PNS_GOLONGAN[rank - 1]!.code;

/** The highest rank a diploma reaches in a position before retirement, or 0 if it cannot enter it. */
function reachableRank(ladder: Ladder, education: EducationLevel): number {
  const entry = golonganRank(ENTRY_GOLONGAN[education]);
  if (entry > golonganRank(ladder.max)) return 0;
  const years = ladder.retirementAge - RETIREMENT_MARGIN_YEARS - MIN_ENTRY_AGE[education];
  return Math.min(golonganRank(ladder.max), entry + Math.floor(years / YEARS_PER_STEP));
}

/** The diplomas that can hold the position's rank in time, weighted by how common they are. */
function educationsFor(ladder: Ladder, job: DemoJob): Partial<Record<EducationLevel, number>> {
  const wanted = PROFESSION_EDUCATION[professionOf(job.name)] ?? ladder.education;
  const fitting = Object.fromEntries(
    Object.entries(wanted).filter(
      ([education]) => reachableRank(ladder, education as EducationLevel) >= golonganRank(ladder.min),
    ),
  ) as Partial<Record<EducationLevel, number>>;
  if (Object.keys(fitting).length === 0) throw new Error(`no diploma fits the position ${job.name}`);
  return fitting;
}

/** Born a month or more before `date` turns the person `ageYears` (so they are that age, not one less). */
function birthDateBefore(random: Random, date: string, ageYears: number): string {
  const back = addMonths(date, -(ageYears * 12 + between(random, 1, 11)));
  return `${back.slice(0, 8)}${pad(between(random, 1, 28))}`;
}

function nameOf(random: Random, sex: 'M' | 'F'): string {
  const given = pick(random, sex === 'M' ? MALE_NAMES : FEMALE_NAMES);
  return random() < 0.85 ? `${given} ${pick(random, FAMILY_NAMES)}` : given;
}

interface Career {
  golongan: Golongan;
  birthDate: string;
  tmtCpns: string;
  tmtPns: string | null;
  tmtGolongan: string;
  nip: (sexDigit: string, seq: string) => string;
}

/**
 * When a PNS reached their golongan on the reguler ladder the generator assumes, one step every
 * YEARS_PER_STEP years from the entry golongan: at the first reguler period (1 April or 1 October)
 * after the years the steps take, or on the TMT CPNS in the entry golongan. Any years of service
 * beyond those the steps take are spent in the golongan held today.
 */
function tmtGolongan(tmtCpns: string, steps: number, today: string): string {
  if (steps <= 0) return tmtCpns;
  const reached = addMonths(tmtCpns, steps * YEARS_PER_STEP * 12);
  const year = Number(reached.slice(0, 4));
  const period = [
    toCalendarDate(year, 4, 1),
    toCalendarDate(year, 10, 1),
    toCalendarDate(year + 1, 4, 1),
  ].find((date) => date >= reached)!;
  return period <= today ? period : reached;
}

function pnsCareer(random: Random, ladder: Ladder, education: EducationLevel, today: string): Career {
  const entry = golonganRank(ENTRY_GOLONGAN[education]);
  const low = Math.max(entry, golonganRank(ladder.min));
  const high = reachableRank(ladder, education);
  const rank = between(random, low, high);
  // Enough years for the rank, plus a few more for some: promotions are not always on time, so
  // some are due for the next one, or past due (tmtGolongan spends the extra years in this rank).
  const needed = Math.max(1, (rank - entry) * YEARS_PER_STEP);
  const latest = ladder.retirementAge - RETIREMENT_MARGIN_YEARS - MIN_ENTRY_AGE[education];
  const years = Math.min(latest, needed + Math.floor(random() * random() * (rank === high ? 10 : 8)));
  const entryAge = between(
    random,
    MIN_ENTRY_AGE[education],
    Math.min(CPNS_MAX_ENTRY_AGE, ladder.retirementAge - RETIREMENT_MARGIN_YEARS - years),
  );
  const tmtCpns = `${addMonths(today, -(years * 12 + between(random, 0, 11))).slice(0, 8)}01`;
  const birthDate = birthDateBefore(random, tmtCpns, entryAge);
  const tmtYear = Number(tmtCpns.slice(0, 4));
  return {
    golongan: pnsByRank(rank),
    birthDate,
    tmtCpns,
    tmtPns: toCalendarDate(tmtYear + 1, Number(tmtCpns.slice(5, 7)), 1),
    tmtGolongan: tmtGolongan(tmtCpns, rank - entry, today),
    nip: (sexDigit, seq) =>
      `${birthDate.replaceAll('-', '')}${tmtCpns.slice(0, 4)}${tmtCpns.slice(5, 7)}${sexDigit}${seq}`,
  };
}

function pppkCareer(
  random: Random,
  ladder: Ladder,
  job: DemoJob,
  education: EducationLevel,
  today: string,
): Career {
  const thisYear = Number(today.slice(0, 4));
  const year = between(random, FIRST_PPPK_YEAR, thisYear - 1);
  const oldest = ladder.retirementAge - RETIREMENT_MARGIN_YEARS - (thisYear - year);
  const entryAge = between(
    random,
    Math.max(PPPK_MIN_ENTRY_AGE, MIN_ENTRY_AGE[education]),
    Math.min(45, oldest),
  );
  const tmtCpns = `${year}-01-01`;
  // Born so that the person is `entryAge` during the year of appointment.
  const birthDate = toCalendarDate(year - entryAge, between(random, 1, 12), between(random, 1, 28));
  const contract = pad(between(random, 1, 20));
  return {
    golongan: job.kind === 'pelaksana' ? PPPK_PELAKSANA[education] : ladder.pppk!,
    birthDate,
    tmtCpns,
    tmtPns: null,
    tmtGolongan: tmtCpns,
    nip: (sexDigit, seq) => `${birthDate.replaceAll('-', '')}${year}${contract}${sexDigit}${seq}`,
  };
}

/**
 * A person for `job` as of `today`. `pppkShare` is the chance that a non-managerial position is
 * held by a PPPK; `sequence` numbers NIPs (001–999) so that people born the same day differ.
 */
export function believablePerson(
  random: Random,
  job: DemoJob,
  options: { today: string; sequence: number; pppkShare?: number },
): BelievablePerson {
  const ladder = LADDERS[ladderKey(job.kind, job.level)];
  const pppk = ladder.pppk !== undefined && random() < (options.pppkShare ?? 0);
  const sex = random() < 0.5 ? 'M' : 'F';
  const name = nameOf(random, sex);
  const educationLevel = weightedPick(random, educationsFor(ladder, job));
  const { frontTitle, backTitle } = titlesFor(random, professionOf(job.name), educationLevel);
  const career = pppk
    ? pppkCareer(random, ladder, job, educationLevel, options.today)
    : pnsCareer(random, ladder, educationLevel, options.today);
  const nip = career.nip(sex === 'M' ? '1' : '2', pad((options.sequence % 999) + 1, 3));
  return {
    name,
    sex,
    frontTitle,
    backTitle,
    educationLevel,
    employeeType: pppk ? 'PPPK' : 'PNS',
    golongan: career.golongan,
    nip,
    birthDate: career.birthDate,
    tmtCpns: career.tmtCpns,
    tmtPns: career.tmtPns,
    tmtGolongan: career.tmtGolongan,
  };
}
