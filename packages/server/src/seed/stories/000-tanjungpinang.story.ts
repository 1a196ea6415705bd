import { needs, reaction } from './answer-biases';
import { REMARK_OPENINGS, reasonsToApply, recipe } from './free-text';
import type { DemoPolicy, DemoProgram, DemoStory } from './story';

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
const CAREER = 'Kebijakan Pengembangan Karier ASN Kota Tanjungpinang';
const needsOf = (question: string, statement?: string) => [
  { survey: NEEDS, wave: 'Tahun 2026', question, ...(statement ? { statement } : {}) },
];

/**
 * The career-development policy, written on what the ASN said they want to learn (its clauses cite
 * the needs survey) and kept after the seminar's participants rated it relevant.
 */
const careerPolicy: DemoPolicy = {
  title: CAREER,
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
 * The programs the career policy is carried out by, designed from the needs survey's answers:
 * the cross-agency innovation seminar its participants rated, a data-analysis course (the widest
 * gap) with the city's university, and a workshop on service SOPs still taking applications.
 */
const programs: DemoProgram[] = [
  {
    title: 'Seminar Inovasi Pelayanan Publik Lintas OPD 2026',
    description:
      'Seminar sehari tentang inovasi pelayanan publik yang terbuka bagi ASN dari seluruh perangkat daerah. ' +
      'Narasumber dari OPD peraih penghargaan inovasi berbagi praktik baiknya, lalu peserta dari OPD yang ' +
      'berbeda merancang gagasan inovasi bersama. Diselenggarakan sesuai Pasal 3 ayat (2) Kebijakan ' +
      'Pengembangan Karier ASN; paling banyak tiga peserta dari satu OPD agar semua OPD terwakili.',
    pathCode: 'KL06',
    jp: 8,
    provider: { kind: 'internal', name: 'BKPSDM Kota Tanjungpinang' },
    costPerParticipant: 350_000,
    policy: CAREER,
    competencies: [{ code: 'M.5', targetLevel: 3 }],
    quota: { max: 3 },
    opens: -149,
    closes: -128,
    selectedOn: -126,
    state: 'completed',
    batches: [
      {
        name: 'Angkatan I',
        from: -114,
        to: -114,
        venue: 'Aula Kantor Wali Kota Tanjungpinang',
        capacity: 50,
      },
    ],
    applicants: {
      count: 70,
      motivations: reasonsToApply([
        'mempelajari inovasi pelayanan dari OPD lain',
        'mencari gagasan untuk menyederhanakan layanan di unit saya',
        'bertukar pengalaman dengan rekan dari OPD lain',
        'membawa pulang contoh inovasi yang bisa diterapkan di kantor kami',
      ]),
    },
  },
  {
    title: 'Kursus Analisis Data dan Dasbor untuk Pengambilan Keputusan',
    description:
      'Kursus empat hari: mengumpulkan, mengolah, dan menganalisis data pelayanan dengan lembar kerja, lalu ' +
      'menyajikannya dalam dasbor sebagai bahan pengambilan keputusan. Dirancang dari Survei Kebutuhan ' +
      'Pengembangan Kompetensi ASN 2026, yang menunjukkan kesenjangan terbesar pada analisis data dan sistem ' +
      'informasi. Peserta membawa data unit kerjanya sendiri.',
    pathCode: 'KL08',
    jp: 32,
    provider: { kind: 'partner', name: 'Universitas Maritim Raja Ali Haji' },
    costPerParticipant: 2_500_000,
    policy: CAREER,
    competencies: [
      { code: 'T.TIK', targetLevel: 3 },
      { code: 'M.8', targetLevel: 3 },
    ],
    fulfils: [
      { basis: 'stated', title: /analisis data/i },
      { basis: 'gap', competency: 'T.TIK' },
    ],
    weights: { gap: 50, jpShortfall: 20, sinceLastDevelopment: 20, recommendation: 10 },
    quota: { max: 4 },
    opens: -30,
    closes: -16,
    selectedOn: -13,
    state: 'selected',
    batches: [
      {
        name: 'Angkatan I',
        from: 47,
        to: 50,
        venue: 'Laboratorium Komputer UMRAH, Kampus Dompak',
        capacity: 25,
      },
      {
        name: 'Angkatan II',
        from: 75,
        to: 78,
        venue: 'Laboratorium Komputer UMRAH, Kampus Dompak',
        capacity: 25,
      },
    ],
    applicants: {
      count: 110,
      nominated: 0.4,
      demoEmployee: true,
      motivations: reasonsToApply([
        'mengolah data layanan unit saya menjadi laporan untuk pimpinan',
        'membuat dasbor capaian kinerja bidang kami',
        'merapikan data pelayanan yang masih dicatat manual',
        'menyajikan data sebagai bahan pengambilan keputusan',
      ]),
    },
    withdrawals: 1,
  },
  {
    title: 'Workshop Penyusunan SOP dan Standar Pelayanan',
    description:
      'Lokakarya dua hari: setiap peserta menyusun atau memperbarui SOP dan standar pelayanan unit kerjanya, ' +
      'lengkap dengan maklumat pelayanan dan alur pengaduan, didampingi fasilitator Bagian Organisasi ' +
      'Sekretariat Daerah. Peserta membawa SOP unitnya yang berlaku.',
    pathCode: 'KL07',
    jp: 16,
    provider: { kind: 'internal', name: 'Bagian Organisasi Sekretariat Daerah Kota Tanjungpinang' },
    costPerParticipant: 750_000,
    policy: CAREER,
    competencies: [{ code: 'M.5', targetLevel: 3 }],
    fulfils: [{ basis: 'stated', title: /pelayanan publik/i }],
    quota: { max: 3 },
    opens: -2,
    closes: 19,
    state: 'open',
    batches: [
      { name: 'Angkatan I', from: 40, to: 41, venue: 'Ruang Rapat BKPSDM Kota Tanjungpinang', capacity: 30 },
      { name: 'Angkatan II', from: 54, to: 55, venue: 'Ruang Rapat BKPSDM Kota Tanjungpinang', capacity: 30 },
    ],
    applicants: {
      count: 24,
      motivations: reasonsToApply([
        'memperbarui SOP pelayanan unit saya yang sudah lama tidak direvisi',
        'menyusun standar pelayanan dan maklumat pelayanan unit saya',
        'memperbaiki alur pengaduan di unit saya',
      ]),
    },
  },
];

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
  programs,
};
