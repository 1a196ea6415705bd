import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { SIASN_COLUMNS } from '@jenjang/domain/people/employee-import.rules';

// A deterministic SIASN "data utama" export of any size: the same seed gives the same bytes, so
// two benchmark runs (and two machines) import exactly the same file.

/** mulberry32: tiny, fast, and good enough to spread synthetic values. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OPD_NAMES = [
  'Dinas Pendidikan',
  'Dinas Kesehatan',
  'Dinas Pekerjaan Umum dan Penataan Ruang',
  'Dinas Sosial',
  'Dinas Perhubungan',
  'Dinas Lingkungan Hidup',
  'Dinas Kependudukan dan Pencatatan Sipil',
  'Dinas Penanaman Modal dan PTSP',
  'Dinas Komunikasi dan Informatika',
  'Dinas Koperasi dan UKM',
  'Dinas Perdagangan',
  'Dinas Perindustrian',
  'Dinas Pariwisata',
  'Dinas Kebudayaan',
  'Dinas Pemuda dan Olahraga',
  'Dinas Ketahanan Pangan',
  'Dinas Pertanian',
  'Dinas Perikanan',
  'Dinas Perumahan dan Kawasan Permukiman',
  'Dinas Tenaga Kerja',
  'Dinas Perpustakaan dan Kearsipan',
  'Dinas Pemberdayaan Perempuan dan Perlindungan Anak',
  'Dinas Pengendalian Penduduk dan KB',
  'Dinas Pemadam Kebakaran',
  'Satuan Polisi Pamong Praja',
  'Badan Perencanaan Pembangunan Daerah',
  'Badan Pengelolaan Keuangan dan Aset Daerah',
  'Badan Pendapatan Daerah',
  'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
  'Badan Penanggulangan Bencana Daerah',
  'Badan Kesatuan Bangsa dan Politik',
  'Inspektorat Daerah',
  'Sekretariat Daerah',
  'Sekretariat DPRD',
  'RSUD Kota',
  'Kecamatan Bukit Bestari',
  'Kecamatan Tanjungpinang Barat',
  'Kecamatan Tanjungpinang Kota',
  'Kecamatan Tanjungpinang Timur',
  'Dinas Pemberdayaan Masyarakat',
];

const BIDANG_TOPICS = [
  'Perencanaan',
  'Pembinaan',
  'Pengembangan',
  'Pelayanan',
  'Pengawasan',
  'Data dan Informasi',
  'Sarana dan Prasarana',
  'Anggaran',
  'Evaluasi',
  'Kerja Sama',
];

const FUNGSIONAL = [
  'Guru',
  'Perawat',
  'Bidan',
  'Dokter',
  'Apoteker',
  'Analis SDM Aparatur',
  'Pranata Komputer',
  'Analis Kebijakan',
  'Auditor',
  'Perencana',
  'Arsiparis',
  'Pustakawan',
  'Penyuluh Pertanian',
  'Pengawas Sekolah',
  'Statistisi',
  'Pranata Hubungan Masyarakat',
  'Penata Kelola Pemilihan Umum',
];
const AHLI = ['Ahli Pertama', 'Ahli Muda', 'Ahli Madya'];
const TERAMPIL = ['Pemula', 'Terampil', 'Mahir', 'Penyelia'];
const PELAKSANA = [
  'Pengadministrasi Umum',
  'Pengelola Keuangan',
  'Pengadministrasi Kepegawaian',
  'Pengelola Data',
  'Pengemudi',
  'Pramu Kantor',
  'Pengelola Barang Milik Negara',
  'Verifikator Keuangan',
  'Pengolah Data Kepegawaian',
  'Operator Layanan Operasional',
  'Penata Layanan Operasional',
];
const GOLONGAN = ['II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b', 'IV/c'];
const FIRST = [
  'Budi',
  'Siti',
  'Ahmad',
  'Dewi',
  'Rudi',
  'Nur',
  'Agus',
  'Sri',
  'Hendra',
  'Rina',
  'Yusuf',
  'Maya',
];
const LAST = [
  'Santoso',
  'Rahayu',
  'Hidayat',
  'Lestari',
  'Saputra',
  'Wulandari',
  'Pratama',
  'Siregar',
  'Nasution',
];
const EDUCATION = [
  ['SMA', 'SMA IPA'],
  ['D-III', 'D-III Keperawatan'],
  ['S-1', 'S-1 Ilmu Administrasi Negara'],
  ['S-1', 'S-1 Pendidikan Matematika'],
  ['S-2', 'S-2 Magister Manajemen'],
  ['S-1', 'S-1 Teknik Informatika'],
] as const;

export interface SyntheticUnit {
  opd: string;
  bidang: string;
}

/** ~40 OPD, each with a secretariat and 4–9 bidang: a realistic kota's organisation chart. */
export function syntheticUnits(): SyntheticUnit[] {
  const random = prng(7);
  const units: SyntheticUnit[] = [];
  for (const opd of OPD_NAMES) {
    units.push({ opd, bidang: 'Sekretariat' });
    const count = 4 + Math.floor(random() * 6);
    for (let b = 0; b < count; b++) units.push({ opd, bidang: `Bidang ${BIDANG_TOPICS[b]}` });
  }
  return units;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const pad3 = (n: number) => String(n).padStart(3, '0');

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

interface Person {
  nip: string;
  birth: [number, number, number];
  sex: 1 | 2;
}

/** NIPs are unique by construction: (birth date, sequence) never repeats for fewer than 12M rows. */
function person(i: number, random: () => number): Person {
  const seq = (i % 999) + 1;
  const block = Math.floor(i / 999);
  const dayIndex = (block * 7919) % 12_000;
  const birth = new Date(Date.UTC(1966, 0, 1) + dayIndex * 86_400_000);
  const y = birth.getUTCFullYear();
  const m = birth.getUTCMonth() + 1;
  const d = birth.getUTCDate();
  const sex = random() < 0.5 ? 1 : 2;
  const tmtYear = Math.min(2024, y + 21 + Math.floor(random() * 12));
  const tmtMonth = 1 + Math.floor(random() * 12);
  const nip = `${y}${pad2(m)}${pad2(d)}${tmtYear}${pad2(tmtMonth)}${sex}${pad3(seq)}`;
  return { nip, birth: [y, m, d], sex };
}

type Invalid = (row: string[]) => void;

// Real mistakes from real files, about 2% of the rows (see DOMAIN.md §10).
const INVALID: Invalid[] = [
  (row) => {
    row[1] = `${row[1]?.slice(0, 1)}.${row[1]?.slice(1, 6)}E+17`;
  },
  (row) => {
    row[6] = '01-01-1950';
  },
  (row) => {
    row[14] = 'V/z';
  },
  (row) => {
    row[20] = '31-02-2019';
  },
  (row) => {
    row[1] = row[1]?.slice(0, 17) ?? '';
  },
  (row) => {
    row[7] = 'X';
  },
];

function employeeRow(i: number, random: () => number, units: SyntheticUnit[]): string[] {
  const p = person(i, random);
  const [y, m, d] = p.birth;
  const tmtYear = Number(p.nip.slice(8, 12));
  const tmtMonth = Number(p.nip.slice(12, 14));
  const unit = units[Math.floor(random() * units.length)] as SyntheticUnit;
  const golongan = GOLONGAN[Math.floor(random() * GOLONGAN.length)] as string;
  const [educationLevel, education] = EDUCATION[Math.floor(random() * EDUCATION.length)] as readonly [
    string,
    string,
  ];
  const roll = random();
  let kind: string;
  let position: string;
  if (roll < 0.45) {
    kind = 'Jabatan Fungsional';
    const levels = random() < 0.7 ? AHLI : TERAMPIL;
    position = `${FUNGSIONAL[Math.floor(random() * FUNGSIONAL.length)]} ${levels[Math.floor(random() * levels.length)]}`;
  } else if (roll < 0.9) {
    kind = 'Pelaksana';
    position = PELAKSANA[Math.floor(random() * PELAKSANA.length)] as string;
  } else if (roll < 0.97) {
    kind = 'Pengawas';
    position = `Kepala Subbagian ${BIDANG_TOPICS[Math.floor(random() * BIDANG_TOPICS.length)]}`;
  } else {
    kind = 'Administrator';
    position = `Kepala ${unit.bidang}`;
  }
  const female = p.sex === 2;
  const nik = `217201${pad2(female ? d + 40 : d)}${pad2(m)}${pad2(y % 100)}${String(1 + (i % 9999)).padStart(4, '0')}`;
  const dmy = (dd: number, mm: number, yy: number) => `${pad2(dd)}-${pad2(mm)}-${yy}`;
  const serviceYears = Math.max(0, 2025 - tmtYear);
  return [
    `${(i * 2654435761) >>> 0}`.padStart(10, '0'),
    p.nip,
    String(100_000_000 + i),
    `${FIRST[i % FIRST.length]} ${LAST[(i >> 3) % LAST.length]}`,
    random() < 0.05 ? 'Dr.' : '',
    random() < 0.6 ? (random() < 0.5 ? 'S.E., M.Si.' : 'S.Kom.') : '',
    dmy(d, m, y),
    female ? 'Wanita' : 'Pria',
    nik,
    'PNS Daerah',
    'Aktif',
    dmy(1, tmtMonth, tmtYear),
    dmy(1, tmtMonth, Math.min(2025, tmtYear + 1)),
    'III/a',
    golongan,
    dmy(1, 4, Math.min(2024, tmtYear + 4)),
    String(serviceYears),
    String(Math.floor(random() * 12)),
    kind,
    position,
    dmy(3, 1, Math.min(2024, tmtYear + 2)),
    educationLevel,
    education,
    unit.bidang,
    'Pemerintah Kota Tanjungpinang',
    'Pemerintah Kota Tanjungpinang',
    unit.opd,
    'Kota Tanjungpinang',
  ];
}

export interface SyntheticFileStats {
  rows: number;
  invalidRows: number;
  duplicateRows: number;
  bytes: number;
}

/**
 * Writes `rows` data rows (plus the header) as a comma-separated SIASN export. About 2% of the
 * rows carry a mistake and 0.1% repeat an earlier employee, as real exports do.
 */
export async function writeSyntheticSiasnCsv(
  file: string,
  rows: number,
  seed = 20_240_601,
): Promise<SyntheticFileStats> {
  const random = prng(seed);
  const units = syntheticUnits();
  const out = createWriteStream(file);
  const stats: SyntheticFileStats = { rows, invalidRows: 0, duplicateRows: 0, bytes: 0 };
  let chunk = `${SIASN_COLUMNS.map((c) => c.key).join(',')}\n`;
  let previous: string[] | null = null;
  for (let i = 0; i < rows; i++) {
    let row = employeeRow(i, random, units);
    const roll = random();
    if (roll < 0.001 && previous !== null) {
      row = previous;
      stats.duplicateRows++;
    } else if (roll < 0.021) {
      (INVALID[i % INVALID.length] as Invalid)(row);
      stats.invalidRows++;
    }
    previous = row;
    chunk += `${row.map(csvField).join(',')}\n`;
    if (chunk.length > 1 << 16) {
      stats.bytes += Buffer.byteLength(chunk);
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  stats.bytes += Buffer.byteLength(chunk);
  out.end(chunk);
  await once(out, 'finish');
  return stats;
}
