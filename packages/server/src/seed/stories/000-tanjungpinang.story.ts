import { needs, reaction } from './answer-biases';
import { REMARK_OPENINGS, recipe } from './free-text';
import type { DemoStory } from './story';

const trainingWishes = recipe(
  [
    {
      weight: 4,
      cores: [
        'pelatihan aplikasi SRIKANDI untuk arsip digital',
        'kursus analisis data dengan Excel dan dashboard',
        'bimtek sistem informasi pelayanan untuk operator',
        'pelatihan keamanan informasi untuk pengelola aplikasi',
        'kelas pembuatan laporan berbasis data',
      ],
    },
    {
      weight: 3,
      cores: [
        'seminar inovasi pelayanan publik bersama OPD lain',
        'workshop penyusunan SOP pelayanan',
        'lokakarya berbagi praktik baik antarinstansi',
      ],
      endings: [' setiap tahun.', ' di Tanjungpinang.'],
    },
    {
      weight: 2,
      cores: [
        'bimtek pengelolaan keuangan daerah untuk bendahara',
        'pelatihan manajemen publik untuk pejabat pengawas',
        'pelatihan bahasa Inggris untuk pelayanan wisatawan',
        'kursus kepemimpinan bagi pegawai muda',
      ],
    },
  ],
  { openings: ['', '', 'Saya ingin ', 'Mohon diadakan ', 'Kami butuh ', 'Usul: ', 'Tolong adakan '] },
);

const seminarSuggestions = recipe([
  {
    weight: 3,
    cores: [
      'studi kasus dari OPD lain sangat bermanfaat',
      'narasumber menguasai materi dan interaktif',
      'seminar ini membuka wawasan tentang inovasi di daerah lain',
    ],
    openings: REMARK_OPENINGS,
    endings: ['.', '!', ', terima kasih panitia.'],
  },
  { weight: 2, cores: ['sesi diskusi lintas instansi diperbanyak'] },
  { weight: 2, cores: ['waktu praktik ditambah', 'jadwal seminar terlalu padat dalam satu hari'] },
  { weight: 1, cores: ['modul dibagikan dalam bentuk digital', 'materi presentasi dikirim sebelum acara'] },
]);

const seminarFirstSteps = recipe(
  [
    {
      weight: 1,
      cores: [
        'menyederhanakan alur layanan di unit saya',
        'membuat SOP layanan yang baru',
        'menerapkan survei kepuasan di loket',
        'berbagi materi seminar dengan rekan satu bidang',
        'mengajak OPD tetangga membuat layanan bersama',
      ],
    },
  ],
  { openings: ['', 'Saya akan ', 'Rencana saya: '] },
);

/**
 * Seed 000 — Tanjungpinang drafts its ASN career development policy by first asking the ASN what
 * training they want, then runs a public-service innovation seminar for many agencies and asks
 * for feedback on it.
 */
export const tanjungpinangStory: DemoStory = {
  seed: '000',
  region: 'tanjungpinang',
  signal:
    'The needs survey shows the widest gaps in information systems and data analysis, and seminars ' +
    'and workshops as the format most wanted; the cross-agency seminar is rated relevant (≈ 4.3 of 5).',
  surveys: [
    {
      templateKey: 'training-needs',
      title: 'Survei Kebutuhan Pengembangan Kompetensi ASN',
      mode: 'anonymous',
      audience: { kind: 'all' },
      waves: [
        { label: 'Tahun 2026', from: -330, to: -300, responses: 1150, bias: needs(trainingWishes) },
        { label: 'Tahun 2027', from: -10, to: 30, responses: 420, bias: needs(trainingWishes) },
      ],
    },
    {
      templateKey: 'training-reaction',
      title: 'Evaluasi Seminar Inovasi Pelayanan Publik Lintas OPD',
      mode: 'identified',
      audience: { kind: 'sample', size: 45 },
      waves: [
        {
          label: 'Seminar Agustus 2026',
          from: -110,
          to: -90,
          responses: 38,
          bias: reaction(4.3, { suggestions: seminarSuggestions, applicationFirst: seminarFirstSteps }, 3.0),
        },
      ],
    },
  ],
};
