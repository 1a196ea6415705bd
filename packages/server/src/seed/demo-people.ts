import { type Golongan, golonganRank } from '@jenjang/domain/people/golongan';

/** Deterministic pseudo-random numbers (mulberry32): the same demo data on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export type Random = () => number;
export const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!;

const MALE = [
  'Ahmad',
  'Budi',
  'Rizky',
  'Andi',
  'Dedi',
  'Hendra',
  'Joko',
  'Agus',
  'Fajar',
  'Irfan',
  'Yusuf',
  'Hasan',
  'Rahmat',
  'Teguh',
  'Bayu',
  'Dimas',
  'Eko',
  'Rudi',
  'Syahrul',
  'Taufik',
  'Wahyu',
  'Zulkifli',
  'Arif',
  'Bambang',
];
const FEMALE = [
  'Siti',
  'Dewi',
  'Rina',
  'Nurul',
  'Ayu',
  'Fitri',
  'Lestari',
  'Maya',
  'Putri',
  'Ratna',
  'Sri',
  'Wulan',
  'Yuni',
  'Intan',
  'Indah',
  'Nadia',
  'Rahmawati',
  'Suryani',
  'Aisyah',
  'Dian',
  'Kartika',
  'Melati',
  'Novi',
  'Safitri',
];
const FAMILY = [
  'Saputra',
  'Siregar',
  'Nasution',
  'Lubis',
  'Harahap',
  'Simanjuntak',
  'Pratama',
  'Wijaya',
  'Hidayat',
  'Kurniawan',
  'Setiawan',
  'Rahman',
  'Syahputra',
  'Hutapea',
  'Panjaitan',
  'Daulay',
  'Gultom',
  'Tanjung',
  'Batubara',
  'Effendi',
  'Santoso',
  'Gunawan',
  'Halim',
  'Marpaung',
  'Matondang',
  'Pohan',
  'Ritonga',
  'Sembiring',
  'Wibowo',
];
const DEGREES = [
  'S.Pd.',
  'S.E.',
  'S.H.',
  'S.Kom.',
  'S.Sos.',
  'S.T.',
  'S.Kep.',
  'S.IP.',
  'S.AP.',
  'S.Ak.',
  'A.Md.',
];

export interface DemoPerson {
  name: string;
  sex: 'M' | 'F';
  frontTitle: string | null;
  backTitle: string | null;
  educationLevel: string;
}

export function person(random: Random, field: 'pendidikan' | 'kesehatan' | 'umum'): DemoPerson {
  const sex = random() < 0.5 ? 'M' : 'F';
  const given = pick(random, sex === 'M' ? MALE : FEMALE);
  const name = random() < 0.85 ? `${given} ${pick(random, FAMILY)}` : given;
  const level = random();
  const educationLevel =
    level < 0.08 ? 'SMA' : level < 0.2 ? 'D-III' : level < 0.82 ? 'S-1' : level < 0.98 ? 'S-2' : 'S-3';
  let backTitle: string | null = null;
  let frontTitle: string | null = null;
  if (educationLevel === 'D-III') backTitle = 'A.Md.';
  if (educationLevel === 'S-1')
    backTitle = field === 'pendidikan' ? 'S.Pd.' : field === 'kesehatan' ? 'S.Kep.' : pick(random, DEGREES);
  if (educationLevel === 'S-2')
    backTitle = `${field === 'pendidikan' ? 'S.Pd.' : pick(random, DEGREES)}, M.Si.`;
  if (educationLevel === 'S-3') frontTitle = 'Dr.';
  if (field === 'kesehatan' && educationLevel !== 'SMA' && random() < 0.15) {
    frontTitle = 'dr.';
    backTitle = null;
  }
  return { name, sex, frontTitle, backTitle, educationLevel };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export interface DemoIdentity {
  nip: string;
  birthDate: string;
  tmtCpns: string;
}

/** A valid NIP (Perka BKN 22/2007) or NI PPPK from the person's dates and a running sequence. */
export function identity(
  random: Random,
  sex: 'M' | 'F',
  type: 'PNS' | 'PPPK',
  sequence: number,
): DemoIdentity {
  const birthYear = 1966 + Math.floor(random() * 35);
  const birthMonth = 1 + Math.floor(random() * 12);
  const birthDay = 1 + Math.floor(random() * 28);
  const birthDate = `${birthYear}-${pad(birthMonth)}-${pad(birthDay)}`;
  const sexDigit = sex === 'M' ? '1' : '2';
  const seq = pad((sequence % 999) + 1, 3);
  if (type === 'PPPK') {
    const year = 2019 + Math.floor(random() * 6);
    const contract = pad(1 + Math.floor(random() * 20));
    return {
      nip: `${birthDate.replaceAll('-', '')}${year}${contract}${sexDigit}${seq}`,
      birthDate,
      tmtCpns: `${year}-01-01`,
    };
  }
  const tmtYear = Math.min(2024, birthYear + 21 + Math.floor(random() * 12));
  const tmtMonth = pick(random, [1, 3, 4, 12]);
  return {
    nip: `${birthDate.replaceAll('-', '')}${tmtYear}${pad(tmtMonth)}${sexDigit}${seq}`,
    birthDate,
    tmtCpns: `${tmtYear}-${pad(tmtMonth)}-01`,
  };
}

const PNS_BY_EDUCATION: Record<string, Golongan[]> = {
  SMA: ['II/a', 'II/b', 'II/c', 'II/d', 'III/a'],
  'D-III': ['II/c', 'II/d', 'III/a', 'III/b'],
  'S-1': ['III/a', 'III/b', 'III/c', 'III/d', 'IV/a'],
  'S-2': ['III/b', 'III/c', 'III/d', 'IV/a', 'IV/b'],
  'S-3': ['III/d', 'IV/a', 'IV/b', 'IV/c'],
};
const PPPK_BY_EDUCATION: Record<string, Golongan[]> = {
  SMA: ['V'],
  'D-III': ['VII'],
  'S-1': ['IX'],
  'S-2': ['X'],
  'S-3': ['XI'],
};

export function golonganFor(random: Random, type: 'PNS' | 'PPPK', educationLevel: string) {
  const choices = (type === 'PNS' ? PNS_BY_EDUCATION : PPPK_BY_EDUCATION)[educationLevel] ?? ['III/a'];
  const code = pick(random, choices);
  return { code, rank: golonganRank(code) };
}
