import { satisfaction, skm } from './answer-biases';
import { REMARK_OPENINGS, recipe } from './free-text';
import type { DemoStory } from './story';

const proposals = recipe([
  {
    weight: 3,
    cores: [
      'setiap ASN mendapat akses yang sama ke program pengembangan kompetensi',
      'pelatihan sistem informasi manajemen yang baru diberikan sebelum aplikasinya dipakai',
      'kerja sama dengan universitas di Pontianak untuk pelatihan diperluas',
      'pelatihan berbasis teknologi bisa diikuti dari kantor masing-masing',
    ],
  },
  {
    weight: 2,
    cores: [
      'petugas loket Disdukcapil mendapat pelatihan pelayanan prima',
      'hasil survei kepuasan masyarakat dibahas bersama pegawai',
    ],
  },
  {
    weight: 1,
    cores: ['kriteria promosi diumumkan secara terbuka', 'beban kerja di loket dibagi lebih merata'],
  },
]);

const citizens = recipe([
  {
    weight: 4,
    cores: [
      'antrean pagi terlalu panjang, loket ditambah',
      'jam layanan diperpanjang sampai sore',
      'nomor antrean bisa diambil secara daring',
      'pengurusan KTP elektronik dipercepat',
    ],
    endings: [' agar tidak bolak-balik.'],
  },
  {
    weight: 2,
    cores: [
      'informasi persyaratan di website dilengkapi',
      'syarat akta kelahiran dijelaskan di papan pengumuman',
      'ruang tunggu diberi kipas atau AC',
    ],
  },
  {
    weight: 3,
    cores: [
      'petugas ramah dan membantu',
      'pelayanan sekarang lebih cepat dari tahun lalu',
      'sistem antrean daring sangat membantu',
      'kadang sistem sedang gangguan sehingga harus kembali besok',
      'petugas menjelaskan persyaratan dengan sabar',
    ],
    openings: REMARK_OPENINGS,
    endings: ['.', '.', ', terima kasih.', '!'],
  },
]);

/**
 * Seed 002 — Pontianak develops its ASN's competency to serve the public better (population
 * administration is its example) and measures the impact with employee and public satisfaction.
 */
export const pontianakStory: DemoStory = {
  seed: '002',
  region: 'pontianak',
  signal:
    'The public satisfaction index of population administration rises from semester I to semester II, ' +
    'most on the elements the training addressed (U3 service time, U6 competence, U8 complaints); ' +
    'employee satisfaction is moderate (≈ 3.7), promotion a little lower.',
  surveys: [
    {
      templateKey: 'employee-satisfaction',
      title: 'Survei Kepuasan Pegawai',
      mode: 'anonymous',
      audience: { kind: 'all' },
      waves: [
        { label: 'Tahun 2026', from: -120, to: -95, responses: 900, bias: satisfaction(3.4, 3.7, proposals) },
      ],
    },
    {
      templateKey: 'skm',
      title: 'Survei Kepuasan Masyarakat Pelayanan Administrasi Kependudukan',
      mode: 'public',
      service: {
        unit: /Kependudukan/,
        name: 'Pelayanan Administrasi Kependudukan',
        code: 'pontianakdukcapil',
      },
      waves: [
        {
          label: 'Semester I 2026',
          from: -300,
          to: -120,
          responses: 410,
          population: 14_000,
          bias: skm([3.1, 2.9, 2.5, 3.9, 3.2, 2.8, 3.3, 2.7, 3.0], citizens),
        },
        {
          label: 'Semester II 2026',
          from: -100,
          to: 30,
          responses: 395,
          population: 15_000,
          bias: skm([3.3, 3.3, 3.2, 3.9, 3.4, 3.3, 3.5, 3.0, 3.1], citizens),
        },
      ],
    },
  ],
};
