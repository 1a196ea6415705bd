import { needs, reaction } from './answer-biases';
import { REMARK_OPENINGS, recipe } from './free-text';
import type { DemoPolicy, DemoStory } from './story';

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

const NEEDS = 'Survei Kebutuhan Pengembangan Kompetensi ASN';
const SEMINAR = 'Evaluasi Seminar Inovasi Pelayanan Publik Lintas OPD';
const needsOf = (question: string, statement?: string) => [
  { survey: NEEDS, wave: 'Tahun 2026', question, ...(statement ? { statement } : {}) },
];

/**
 * The career-development policy, written on what the ASN said they want to learn (its clauses cite
 * the needs survey) and kept after the seminar's participants rated it relevant.
 */
const careerPolicy: DemoPolicy = {
  title: 'Kebijakan Pengembangan Karier ASN Kota Tanjungpinang',
  area: 'karier',
  purpose:
    'Menciptakan ASN yang profesional, kompeten, dan berintegritas melalui kesempatan meningkatkan ' +
    'keterampilan dan pengetahuan, sehingga pelayanan kepada masyarakat meningkat.',
  principles: ['profesional', 'kompeten', 'berintegritas', 'partisipatif'],
  legalBasis: [
    'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara',
    'Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil',
    'Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang Pengembangan Kompetensi PNS',
  ],
  surveys: [NEEDS, SEMINAR],
  indicators: [
    {
      name: 'Kepuasan peserta seminar',
      survey: SEMINAR,
      measure: { mean: [['overall_satisfaction']] },
      direction: 'up',
      baseline: null,
      target: 4,
    },
  ],
  drafted: -290,
  text: [
    {
      label: 'BAB I',
      heading: 'KETENTUAN UMUM',
      parts: [
        {
          label: 'Pasal 1',
          body:
            'Pengembangan karier ASN di lingkungan Pemerintah Kota Tanjungpinang dilaksanakan untuk ' +
            'meningkatkan kompetensi individu dan kinerja organisasi dalam pelayanan publik.',
        },
      ],
    },
    {
      label: 'BAB II',
      heading: 'PERENCANAAN BERDASARKAN KEBUTUHAN',
      parts: [
        {
          label: 'Pasal 2',
          parts: [
            {
              label: '(1)',
              body:
                'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia melaksanakan survei kebutuhan ' +
                'pengembangan kompetensi kepada seluruh ASN setiap tahun sebelum program disusun.',
              reason: 'ASN dilibatkan dalam penyusunan kebijakan melalui survei kebutuhan.',
              evidence: [{ survey: NEEDS, wave: 'Tahun 2026' }],
            },
            {
              label: '(2)',
              body:
                'Program pengembangan kompetensi tahun berjalan memprioritaskan kompetensi teknis dengan ' +
                'kesenjangan terbesar, yaitu pengelolaan sistem informasi dan analisis data.',
              reason:
                'Survei kebutuhan menunjukkan kesenjangan terbesar pada sistem informasi dan analisis data.',
              evidence: [
                ...needsOf('technical_competencies', 'information_systems'),
                ...needsOf('technical_competencies', 'data_analysis'),
              ],
            },
          ],
        },
      ],
    },
    {
      label: 'BAB III',
      heading: 'BENTUK PENGEMBANGAN',
      parts: [
        {
          label: 'Pasal 3',
          parts: [
            {
              label: '(1)',
              body: 'Pengembangan karier dilaksanakan melalui workshop, seminar, kursus, dan pelatihan manajemen publik.',
              reason: 'Seminar dan workshop adalah bentuk pengembangan yang paling banyak diminati ASN.',
              evidence: needsOf('preferred_formats'),
            },
            {
              label: '(2)',
              body:
                'Seminar tentang inovasi pelayanan publik diselenggarakan paling sedikit sekali setahun dan ' +
                'terbuka bagi ASN dari seluruh perangkat daerah untuk mendorong kolaborasi antarinstansi.',
            },
          ],
        },
      ],
    },
    {
      label: 'BAB IV',
      heading: 'EVALUASI DAN UMPAN BALIK',
      parts: [
        {
          label: 'Pasal 4',
          parts: [
            {
              label: '(1)',
              body:
                'Setelah mengikuti program, peserta memberikan penilaian atas materi yang disampaikan dan ' +
                'penerapannya dalam pekerjaan sehari-hari.',
            },
            {
              label: '(2)',
              body: 'Hasil penilaian peserta menjadi acuan perbaikan program pada penyelenggaraan berikutnya.',
            },
          ],
        },
      ],
    },
    {
      label: 'BAB V',
      heading: 'KETENTUAN PENUTUP',
      parts: [{ label: 'Pasal 5', body: 'Peraturan Wali Kota ini mulai berlaku pada tanggal diundangkan.' }],
    },
  ],
  steps: [
    {
      day: -280,
      take: 'openConsultation',
      note: 'Rancangan dibahas bersama perwakilan ASN dari seluruh OPD.',
    },
    { day: -265, take: 'closeConsultation' },
    { day: -255, take: 'adopt', effective: -240, note: 'Ditetapkan oleh Wali Kota.' },
    { day: -80, take: 'startEvaluation', note: 'Evaluasi berdasarkan umpan balik peserta seminar inovasi.' },
    {
      day: -76,
      finding: {
        key: 'seminar-relevant',
        body:
          'Peserta seminar inovasi pelayanan publik menilai materi relevan dengan pekerjaan, tetapi meminta ' +
          'waktu praktik yang lebih banyak untuk menyusun rancangan inovasi di unit kerjanya.',
      },
    },
    {
      day: -74,
      recommend: {
        recommendation: 'keep',
        reason: 'Materi sesuai kebutuhan ASN; cukup menambah waktu praktik tanpa mengubah kebijakan.',
      },
    },
    {
      day: -70,
      take: 'keep',
      note:
        'Peserta menilai materi seminar relevan dengan pekerjaan; kebijakan dilanjutkan, waktu praktik ' +
        'ditambah pada penyelenggaraan berikutnya.',
    },
  ],
};

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
  policies: [careerPolicy],
};
