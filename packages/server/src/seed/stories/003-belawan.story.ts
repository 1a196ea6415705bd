import { REMARK_OPENINGS, recipe } from './free-text';
import type { DemoStory } from './story';

const whatWentWrong = recipe(
  [
    {
      weight: 4,
      cores: [
        'harus datang dua kali karena berkas kurang',
        'persyaratan baru diberi tahu setelah antre lama',
        'proses izin usaha memakan waktu lebih dari seminggu',
        'berkas saya tertahan tanpa kabar',
      ],
    },
    {
      weight: 2,
      cores: [
        'petugas kurang menjelaskan',
        'petugas di meja informasi sering tidak ada',
        'telepon pengaduan tidak diangkat',
      ],
    },
    {
      weight: 1,
      cores: ['aplikasi pendaftaran daring sering gagal', 'tanda terima hanya diberikan di kertas'],
    },
  ],
  { openings: REMARK_OPENINGS, endings: ['.', '.', ', mohon diperbaiki.', ' waktu saya mengurus izin.'] },
);

const comments = recipe([
  {
    weight: 2,
    cores: [
      'pelayanan semakin baik',
      'petugas jujur dan tidak meminta imbalan',
      'tempatnya bersih dan nyaman',
    ],
    openings: REMARK_OPENINGS,
    endings: ['.', '!', ', terima kasih.'],
  },
  {
    weight: 2,
    cores: [
      'papan informasi dibuat lebih jelas',
      'status berkas bisa dilihat secara daring',
      'jumlah petugas ditambah pada jam sibuk',
    ],
  },
]);

const applications = recipe(
  [
    {
      weight: 1,
      cores: [
        'membuat aplikasi antrean daring di kelurahan',
        'memindahkan arsip surat ke sistem informasi',
        'menyusun dashboard data layanan untuk pimpinan',
        'membuat formulir pengaduan daring',
        'mengolah data izin usaha dengan spreadsheet bersama',
        'mengajari rekan kantor memakai tanda tangan elektronik',
      ],
    },
  ],
  {
    openings: ['', 'Saya sudah ', 'Sejak pelatihan saya ', 'Bersama tim, saya '],
    endings: ['.', '.', ' dan sudah dipakai setiap hari.', ', tetapi perangkatnya masih kurang.'],
  },
);

/**
 * Seed 003 — Belawan trains its ASN in information technology for transparent, accountable
 * service, and asks the public for feedback on its ASN's performance.
 */
export const belawanStory: DemoStory = {
  seed: '003',
  region: 'belawan',
  signal:
    'Citizens rate integrity well (≈ 3.9) and speed poorly (≈ 3.0), and most of what they write is about ' +
    'coming back for missing documents; alumni of the IT training apply it, held back mostly by lacking tools.',
  surveys: [
    {
      templateKey: 'public-feedback',
      title: 'Umpan Balik Masyarakat atas Kinerja ASN',
      mode: 'public',
      service: { unit: /Penanaman Modal/, name: 'Mal Pelayanan Publik', code: 'belawanumpanbalik' },
      waves: [
        {
          label: 'Tahun 2026',
          from: -60,
          to: 60,
          responses: 160,
          bias: {
            level: 0.66,
            means: { speed: 3.0, integrity: 3.9 },
            weights: { sex: { male: 50, female: 50 } },
            texts: {
              what_went_wrong: { share: 0.7, recipe: whatWentWrong },
              comments: { share: 0.3, recipe: comments },
            },
          },
        },
      ],
    },
    {
      templateKey: 'training-behaviour-alumni',
      title: 'Evaluasi Pasca Pelatihan Teknologi Informasi (Alumni)',
      mode: 'identified',
      audience: { kind: 'sample', size: 36 },
      waves: [
        {
          label: 'Tiga bulan setelah pelatihan',
          from: -45,
          to: -20,
          responses: 30,
          bias: {
            level: 0.72,
            // What holds alumni back is mostly missing devices and applications, not the will.
            weights: { obstacles: { lack_of_tools: 6, workload: 2, no_opportunity: 1.5, none: 1 } },
            texts: { application_examples: { share: 0.6, recipe: applications } },
          },
        },
      ],
    },
  ],
};
