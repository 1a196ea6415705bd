import { satisfaction } from './answer-biases';
import { REMARK_OPENINGS, recipe } from './free-text';
import type { DemoStory } from './story';

const proposals = recipe([
  {
    weight: 5,
    cores: [
      'kriteria promosi jabatan diumumkan secara terbuka',
      'hasil penilaian kinerja dipakai untuk promosi',
      'proses kenaikan pangkat tidak terlambat lagi',
      'pengisian jabatan lewat seleksi terbuka, bukan penunjukan',
      'alasan tidak lulus seleksi jabatan disampaikan kepada pegawai',
      'pegawai di kecamatan mendapat kesempatan promosi yang sama',
    ],
    endings: [' agar adil.', ' supaya pegawai termotivasi.'],
  },
  {
    weight: 2,
    cores: [
      'promosi masih ditentukan kedekatan dengan pimpinan',
      'sistem promosi sekarang belum transparan',
      'kenaikan pangkat saya terlambat hampir setahun',
    ],
    openings: REMARK_OPENINGS,
    endings: ['.', '.', '!'],
  },
  {
    weight: 2,
    cores: [
      'Forum Diskusi ASN diadakan lebih dari sekali setahun',
      'usulan pegawai di forum ditindaklanjuti',
      'sosialisasi sistem penilaian kinerja yang baru diulang',
    ],
  },
  {
    weight: 1,
    cores: ['jaringan internet kantor ditingkatkan', 'pimpinan lebih sering memberi umpan balik'],
  },
]);

/**
 * Seed 004 — Tanjungbalai evaluates its personnel policy every six months; when employees are
 * unhappy with promotion, the policy is revised on their proposals and evaluated again.
 */
export const tanjungbalaiStory: DemoStory = {
  seed: '004',
  region: 'tanjungbalai',
  signal:
    'Promotion statements sit well below the rest (≈ 2.8 against ≈ 3.7), fall further in semester II ' +
    '(≈ 2.3, a real fall; nothing else moves) and recover after the policy is revised; most proposals ' +
    'are about promotion.',
  surveys: [
    {
      templateKey: 'employee-satisfaction',
      title: 'Evaluasi Kebijakan Kepegawaian (Survei Pegawai)',
      mode: 'anonymous',
      audience: { kind: 'all' },
      waves: [
        {
          label: 'Semester I 2026',
          from: -330,
          to: -300,
          responses: 1020,
          bias: satisfaction(2.8, 3.7, proposals),
        },
        {
          label: 'Semester II 2026',
          from: -150,
          to: -120,
          responses: 1080,
          bias: satisfaction(2.3, 3.7, proposals),
        },
        // After the promotion policy was revised on the employees' proposals: a third evaluation,
        // still collecting answers, so the results page draws the trend over three waves.
        {
          label: 'Semester I 2027',
          from: -20,
          to: 10,
          responses: 640,
          bias: satisfaction(2.8, 3.7, proposals),
        },
      ],
    },
  ],
};
