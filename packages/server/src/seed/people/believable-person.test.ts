import { golonganRank, isPnsGolongan, isPppkGolongan } from '@jenjang/domain/people/golongan';
import { validateNiPppk, validateNip } from '@jenjang/domain/people/nip.rules';
import { monthsCompleted, serviceLengthFrom } from '@jenjang/domain/people/service-length.rules';
import { yearsBetween } from '@jenjang/domain/shared/calendar-date';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../demo-people';
import { believabilityProblems } from './believability';
import { type BelievablePerson, believablePerson, type DemoJob } from './believable-person';
import {
  CPNS_MAX_ENTRY_AGE,
  ENTRY_GOLONGAN,
  LADDERS,
  ladderKey,
  PPPK_MIN_ENTRY_AGE,
  YEARS_PER_STEP,
} from './career.config';

// Properties over many generated people: whatever the position, the seed and the day, a demo
// person could exist — the rank their position needs, no more rank than diploma and years give,
// an age between entry and retirement, titles of their profession, a NIP the domain accepts.

const JOBS: DemoJob[] = [
  { name: 'Sekretaris Daerah', kind: 'jpt_pratama', level: null },
  { name: 'Kepala Dinas Pendidikan', kind: 'jpt_pratama', level: null },
  { name: 'Kepala Bidang Anggaran', kind: 'administrator', level: null },
  { name: 'Camat Timur', kind: 'administrator', level: null },
  { name: 'Lurah Sungai Jang', kind: 'pengawas', level: null },
  { name: 'Kepala UPT Puskesmas Kota', kind: 'pengawas', level: null },
  { name: 'Dokter Ahli Pertama', kind: 'fungsional', level: 'ahli_pertama' },
  { name: 'Dokter Ahli Madya', kind: 'fungsional', level: 'ahli_madya' },
  { name: 'Bidan Terampil', kind: 'fungsional', level: 'terampil' },
  { name: 'Bidan Ahli Pertama', kind: 'fungsional', level: 'ahli_pertama' },
  { name: 'Perawat Terampil', kind: 'fungsional', level: 'terampil' },
  { name: 'Perawat Mahir', kind: 'fungsional', level: 'mahir' },
  { name: 'Perawat Penyelia', kind: 'fungsional', level: 'penyelia' },
  { name: 'Perawat Ahli Pertama', kind: 'fungsional', level: 'ahli_pertama' },
  { name: 'Guru Ahli Pertama', kind: 'fungsional', level: 'ahli_pertama' },
  { name: 'Guru Ahli Muda', kind: 'fungsional', level: 'ahli_muda' },
  { name: 'Guru Ahli Madya', kind: 'fungsional', level: 'ahli_madya' },
  { name: 'Analis Kebijakan Ahli Utama', kind: 'fungsional', level: 'ahli_utama' },
  { name: 'Pranata Komputer Ahli Pertama', kind: 'fungsional', level: 'ahli_pertama' },
  { name: 'Arsiparis Pemula', kind: 'fungsional', level: 'pemula' },
  { name: 'Pengadministrasi Perkantoran', kind: 'pelaksana', level: null },
  { name: 'Operator Layanan Operasional', kind: 'pelaksana', level: null },
];

interface Drawn {
  job: DemoJob;
  today: string;
  person: BelievablePerson;
}

const drawn = fc
  .record({
    job: fc.constantFrom(...JOBS),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    today: fc.date({ min: new Date('2025-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }),
    sequence: fc.nat(5_000),
    pppkShare: fc.constantFrom(0, 0.3, 1),
  })
  .map(({ job, seed, today, sequence, pppkShare }): Drawn => {
    const day = today.toISOString().slice(0, 10);
    return {
      job,
      today: day,
      person: believablePerson(seededRandom(seed), job, { today: day, sequence, pppkShare }),
    };
  });

const RUNS = { numRuns: 2_000 };
const ladderOf = (job: DemoJob) => LADDERS[ladderKey(job.kind, job.level)];

describe('a believable demo person', () => {
  it('holds at least the rank their position requires, and no more than it allows', () => {
    fc.assert(
      fc.property(drawn, ({ job, person }) => {
        if (person.employeeType !== 'PNS') return;
        const ladder = ladderOf(job);
        expect(isPnsGolongan(person.golongan)).toBe(true);
        expect(golonganRank(person.golongan)).toBeGreaterThanOrEqual(golonganRank(ladder.min));
        expect(golonganRank(person.golongan)).toBeLessThanOrEqual(golonganRank(ladder.max));
      }),
      RUNS,
    );
  });

  it('never holds a golongan above what their diploma and years of service give', () => {
    fc.assert(
      fc.property(drawn, ({ today, person }) => {
        if (person.employeeType !== 'PNS') return;
        const years = serviceLengthFrom(person.tmtCpns, today)!.years;
        const allowed =
          golonganRank(ENTRY_GOLONGAN[person.educationLevel]) + Math.floor(years / YEARS_PER_STEP);
        expect(golonganRank(person.golongan)).toBeLessThanOrEqual(allowed);
      }),
      RUNS,
    );
  });

  it('reached their golongan no sooner than one step every four years allows, and not after today', () => {
    fc.assert(
      fc.property(drawn, ({ today, person }) => {
        expect(person.tmtGolongan >= person.tmtCpns && person.tmtGolongan <= today).toBe(true);
        if (person.employeeType !== 'PNS') return;
        const steps = golonganRank(person.golongan) - golonganRank(ENTRY_GOLONGAN[person.educationLevel]);
        expect(monthsCompleted(person.tmtCpns, person.tmtGolongan)).toBeGreaterThanOrEqual(
          steps * YEARS_PER_STEP * 12,
        );
      }),
      RUNS,
    );
  });

  it('entered between 18 and 35 (a PPPK at 20 or older) and is short of retirement today', () => {
    fc.assert(
      fc.property(drawn, ({ job, today, person }) => {
        const entryAge =
          person.employeeType === 'PNS'
            ? yearsBetween(person.birthDate, person.tmtCpns)
            : Number(person.tmtCpns.slice(0, 4)) - Number(person.birthDate.slice(0, 4));
        if (person.employeeType === 'PNS') {
          expect(entryAge).toBeGreaterThanOrEqual(18);
          expect(entryAge).toBeLessThanOrEqual(CPNS_MAX_ENTRY_AGE);
        } else {
          expect(entryAge).toBeGreaterThanOrEqual(PPPK_MIN_ENTRY_AGE);
        }
        expect(yearsBetween(person.birthDate, today)).toBeLessThan(ladderOf(job).retirementAge);
        expect(person.tmtCpns <= today).toBe(true);
      }),
      RUNS,
    );
  });

  it('is a dr. only as a Dokter, a midwife or nurse only with their own diplomas', () => {
    fc.assert(
      fc.property(drawn, ({ job, person }) => {
        const titles = `${person.frontTitle ?? ''} ${person.backTitle ?? ''}`;
        expect(person.frontTitle === 'dr.').toBe(job.name.startsWith('Dokter'));
        if (job.name.startsWith('Bidan')) expect(person.backTitle).toMatch(/Keb\./);
        if (job.name.startsWith('Perawat')) expect(person.backTitle).toMatch(/Kep\.|Ners/);
        if (job.name.startsWith('Guru')) expect(person.backTitle).toMatch(/S\.Pd\.|S\.Si\./);
        if (!/^(Bidan|Dokter)/.test(job.name)) expect(titles).not.toMatch(/Keb\./);
        if (!/^(Perawat|Dokter)/.test(job.name)) expect(titles).not.toMatch(/Kep\.|Ners/);
        if (person.educationLevel === 'SMA') expect(titles.trim()).toBe('');
      }),
      RUNS,
    );
  });

  it('has a NIP or NI PPPK the domain accepts, carrying their birth date, TMT and sex', () => {
    fc.assert(
      fc.property(drawn, ({ today, person }) => {
        if (person.employeeType === 'PNS') {
          const nip = validateNip(person.nip, { today });
          expect(nip).toMatchObject({ ok: true, birthDate: person.birthDate, sex: person.sex, warnings: [] });
          expect(nip.ok && nip.tmtCpns).toBe(person.tmtCpns.slice(0, 7));
        } else {
          const nip = validateNiPppk(person.nip, { today });
          expect(nip).toMatchObject({ ok: true, birthDate: person.birthDate, sex: person.sex, warnings: [] });
          expect(isPppkGolongan(person.golongan)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('is PPPK only in a non-managerial position, with the golongan of its jenjang', () => {
    fc.assert(
      fc.property(drawn, ({ job, person }) => {
        if (person.employeeType !== 'PPPK') return;
        expect(['fungsional', 'pelaksana']).toContain(job.kind);
        if (job.kind === 'fungsional') expect(person.golongan).toBe(ladderOf(job).pppk);
      }),
      RUNS,
    );
  });

  it('makes the same person from the same seed, day and sequence', () => {
    const job = JOBS[0]!;
    const one = believablePerson(seededRandom(42), job, { today: '2026-12-02', sequence: 7 });
    const two = believablePerson(seededRandom(42), job, { today: '2026-12-02', sequence: 7 });
    expect(one).toEqual(two);
  });

  it('makes a Sekretaris Daerah senior: IV/c or above, in their forties or older, after sixteen years of service or more', () => {
    for (let seed = 0; seed < 200; seed++) {
      const sekda = believablePerson(seededRandom(seed), JOBS[0]!, { today: '2026-12-02', sequence: seed });
      expect(golonganRank(sekda.golongan)).toBeGreaterThanOrEqual(golonganRank('IV/c'));
      expect(sekda.educationLevel).not.toBe('SMA');
      expect(yearsBetween(sekda.birthDate, '2026-12-02')).toBeGreaterThanOrEqual(40);
      expect(serviceLengthFrom(sekda.tmtCpns, '2026-12-02')!.years).toBeGreaterThanOrEqual(16);
    }
  });
});

describe('the believability check the stories run over their people', () => {
  it('finds nothing wrong with generated people', () => {
    fc.assert(
      fc.property(drawn, ({ job, today, person }) => {
        const record = {
          ...person,
          positionName: job.name,
          positionKind: job.kind,
          positionLevel: job.level,
        };
        expect(believabilityProblems(record, today)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('names a Kepala Dinas in II/d with SMA, a midwife called dr., and a leader past retirement', () => {
    const kepala = {
      nip: '199701152020011001',
      employeeType: 'PNS' as const,
      golongan: 'II/d',
      positionName: 'Kepala Dinas Sosial',
      positionKind: 'jpt_pratama',
      positionLevel: null,
      frontTitle: null,
      backTitle: null,
      educationLevel: 'SMA',
      birthDate: '1997-01-15',
      tmtCpns: '2020-01-01',
    };
    expect(believabilityProblems(kepala, '2026-12-02')).toEqual([
      'II/d below IV/c for jpt_pratama',
      'II/d with SMA after 6 years',
    ]);
    const bidan = {
      ...kepala,
      golongan: 'II/c',
      positionName: 'Bidan Terampil',
      positionKind: 'fungsional',
      positionLevel: 'terampil',
      frontTitle: 'dr.',
      educationLevel: 'D-III',
    };
    expect(believabilityProblems(bidan, '2026-12-02')).toEqual(['title dr. and position Bidan Terampil']);
    const old = {
      ...kepala,
      golongan: 'IV/c',
      educationLevel: 'S-2',
      birthDate: '1960-01-15',
      nip: '196001152020011001',
    };
    expect(believabilityProblems(old, '2026-12-02')).toEqual([
      'aged 66, past retirement at 60',
      'became CPNS at 59',
      'IV/c with S-2 after 6 years',
    ]);
  });
});
