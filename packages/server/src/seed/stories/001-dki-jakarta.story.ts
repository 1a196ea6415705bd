import { reaction, satisfaction } from './answer-biases';
import { REMARK_OPENINGS, recipe } from './free-text';
import type { DemoStory } from './story';

const proposals = recipe([
  {
    weight: 4,
    cores: [
      'kesempatan pelatihan dibagi merata ke semua OPD',
      'pelatihan jangan hanya untuk pegawai yang dekat dengan pimpinan',
      'daftar peserta diklat diumumkan secara terbuka',
      'pegawai di UPT dan sekolah juga mendapat giliran pelatihan',
    ],
    endings: [' agar adil.', ', tanpa memandang jabatan.'],
  },
  {
    weight: 3,
    cores: [
      'program mentoring dari pegawai senior diperluas',
      'pegawai baru didampingi mentor pada tahun pertama',
      'mentoring seperti di Dinas Pendidikan diterapkan di OPD lain',
    ],
  },
  {
    weight: 2,
    cores: [
      'kriteria promosi jabatan diumumkan secara terbuka',
      'hasil penilaian kinerja dipakai untuk promosi',
      'pegawai berbakat teknologi informasi diberi pelatihan khusus',
    ],
  },
  {
    weight: 1,
    cores: ['pimpinan lebih sering memberi umpan balik', 'jaringan internet kantor ditingkatkan'],
  },
]);

const trainingSuggestions = recipe([
  {
    weight: 3,
    cores: [
      'materi disesuaikan dengan pekerjaan di lapangan',
      'contoh kasus diambil dari sekolah dan kantor dinas sendiri',
    ],
  },
  {
    weight: 2,
    cores: [
      'materi terlalu teoritis untuk tugas pengawas',
      'contoh kasus kurang sesuai dengan kondisi sekolah',
    ],
    openings: REMARK_OPENINGS,
    endings: ['.'],
  },
  { weight: 2, cores: ['waktu praktik ditambah', 'simulasi memimpin rapat diperbanyak'] },
  { weight: 1, cores: ['narasumber menguasai materi'], openings: REMARK_OPENINGS, endings: ['.'] },
  { weight: 1, cores: ['modul dibagikan dalam bentuk digital'] },
]);

const firstSteps = recipe(
  [
    {
      weight: 1,
      cores: [
        'membuat rencana kerja bulanan bersama tim',
        'mengadakan rapat koordinasi singkat setiap pekan',
        'membimbing staf baru di seksi saya',
        'memperbaiki pembagian tugas di sekolah',
      ],
    },
  ],
  { openings: ['', 'Saya akan ', 'Langkah pertama: '] },
);

/**
 * Seed 001 — Jakarta wants a fair, transparent, competency-based career policy, runs mentoring in
 * its Dinas Pendidikan, and revises a training's curriculum after its participants' feedback.
 */
export const jakartaStory: DemoStory = {
  seed: '001',
  region: 'dki-jakarta',
  signal:
    'Equal access to training is the lowest statement of the satisfaction survey (≈ 3.0 against ≈ 3.8); ' +
    "the supervisors' leadership training is rated irrelevant in its first class (≈ 2.7) and relevant " +
    'after the curriculum was revised (≈ 4.2).',
  surveys: [
    {
      templateKey: 'employee-satisfaction',
      title: 'Survei Motivasi dan Kepuasan Kerja ASN',
      mode: 'anonymous',
      audience: { kind: 'all' },
      waves: [
        {
          label: 'Tahun 2026',
          from: -140,
          to: -110,
          responses: 3200,
          bias: satisfaction(3.2, 3.8, proposals, 3.0),
        },
      ],
    },
    {
      templateKey: 'training-reaction',
      title: 'Evaluasi Pelatihan Kepemimpinan Pengawas',
      mode: 'identified',
      audience: { kind: 'sample', size: 120, units: /Pendidikan/ },
      waves: [
        {
          label: 'Angkatan I',
          from: -260,
          to: -240,
          responses: 52,
          bias: reaction(2.7, { suggestions: trainingSuggestions, applicationFirst: firstSteps }),
        },
        {
          label: 'Angkatan II (kurikulum direvisi)',
          from: -80,
          to: -60,
          responses: 55,
          bias: reaction(4.2, { suggestions: trainingSuggestions, applicationFirst: firstSteps }),
        },
      ],
    },
  ],
};
