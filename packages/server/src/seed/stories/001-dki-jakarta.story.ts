import { DEFAULT_TALENT_SETTINGS, type TalentSettings } from '@jenjang/domain/talent/nine-box.contract';
import { reaction, satisfaction } from './answer-biases';
import { REMARK_OPENINGS, reasonsToApply, recipe } from './free-text';
import type { DemoMentoring, DemoPolicy, DemoProgram, DemoStory } from './story';

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

const SATISFACTION = 'Survei Motivasi dan Kepuasan Kerja ASN';
const CAREER = 'Kebijakan Pengembangan Karier ASN Provinsi DKI Jakarta';
const TRAINING = 'Evaluasi Pelatihan Kepemimpinan Pengawas';
const FIRST_CLASS = { survey: TRAINING, wave: 'Angkatan I' };

/**
 * Jakarta's talent mapping (Pasal 1 ayat (3) of the career policy): the default scoring, the boxes
 * named as its BKD names them, and supervisors seeing their own unit's people so that they agree
 * development plans matched to potential.
 */
const JAKARTA_TALENT: TalentSettings = {
  ...DEFAULT_TALENT_SETTINGS,
  boxLabels: {
    '1': 'Kinerja dan potensi rendah',
    '2': 'Perlu perbaikan kinerja',
    '3': 'Kinerja sesuai, potensi rendah',
    '4': 'Potensi tersembunyi',
    '5': 'Pegawai inti',
    '6': 'Kinerja tinggi, potensi rendah',
    '7': 'Potensi tinggi',
    '8': 'Kinerja tinggi',
    '9': 'Bintang',
  },
  visibleTo: ['pimpinan', 'atasan'],
};

/**
 * The career-development policy: fair, transparent and competency-based access, mentoring by
 * seniors; revised after the evaluation of the supervisors' leadership training found its
 * curriculum mismatched with their work, the revision in force before the next class.
 */
const careerPolicy: DemoPolicy = {
  title: CAREER,
  area: 'karier',
  purpose:
    'Memastikan setiap ASN memiliki kesempatan mengembangkan kompetensi dan keterampilan yang dibutuhkan ' +
    'dalam tugasnya, serta meningkatkan motivasi dan kepuasan kerja ASN.',
  principles: ['adil dan transparan', 'berbasis kompetensi'],
  legalBasis: [
    'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara',
    'Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil',
    'Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang Pengembangan Kompetensi PNS',
  ],
  surveys: [SATISFACTION, TRAINING],
  indicators: [
    {
      name: 'Relevansi materi pelatihan dengan tugas',
      survey: TRAINING,
      measure: { mean: [['material_relevance']] },
      direction: 'up',
      baseline: 3,
      target: 4,
    },
  ],
  talentSettings: JAKARTA_TALENT,
  drafted: -330,
  text: [
    {
      label: 'BAB I',
      heading: 'PRINSIP',
      parts: [
        {
          label: 'Pasal 1',
          parts: [
            {
              label: '(1)',
              body:
                'Pengembangan karier ASN dilaksanakan secara adil dan transparan, dengan kesempatan yang sama ' +
                'bagi semua ASN tanpa memandang latar belakang atau jabatan.',
            },
            {
              label: '(2)',
              body:
                'Pengembangan karier ASN berbasis kompetensi, sesuai dengan kebutuhan jabatan serta potensi ' +
                'masing-masing ASN.',
            },
            {
              label: '(3)',
              body:
                'Potensi dan kinerja ASN dipetakan setiap tahun dalam sembilan kotak manajemen talenta; hasilnya ' +
                'dapat dilihat oleh ASN yang bersangkutan, atasan langsungnya untuk unit kerjanya, dan pimpinan, ' +
                'serta menjadi dasar rencana pengembangan kompetensi masing-masing ASN.',
            },
          ],
        },
      ],
    },
    {
      label: 'BAB II',
      heading: 'PELATIHAN',
      parts: [
        {
          label: 'Pasal 2',
          parts: [
            {
              label: '(1)',
              body:
                'ASN yang memiliki bakat di bidang teknologi informasi diberikan pelatihan khusus untuk ' +
                'meningkatkan keterampilannya di bidang tersebut.',
            },
            {
              label: '(2)',
              body:
                'Kurikulum pelatihan kepemimpinan bagi pejabat pengawas disusun oleh Badan Kepegawaian Daerah ' +
                'berdasarkan standar kompetensi manajerial.',
            },
          ],
        },
      ],
    },
    {
      label: 'BAB III',
      heading: 'MENTORING',
      parts: [
        {
          label: 'Pasal 3',
          body:
            'Setiap perangkat daerah menyelenggarakan program mentoring, di mana ASN senior membimbing ASN ' +
            'junior dalam memahami proses administrasi dan kebijakan di bidangnya.',
        },
      ],
    },
    {
      label: 'BAB IV',
      heading: 'EVALUASI',
      parts: [
        {
          label: 'Pasal 4',
          body:
            'Badan Kepegawaian Daerah mengevaluasi pelaksanaan kebijakan ini melalui survei motivasi dan ' +
            'kepuasan kerja ASN serta umpan balik peserta pelatihan.',
        },
      ],
    },
  ],
  steps: [
    {
      day: -320,
      take: 'openConsultation',
      note: 'Rancangan dibahas bersama perwakilan ASN dan pimpinan OPD.',
    },
    { day: -305, take: 'closeConsultation' },
    { day: -300, take: 'adopt', effective: -290, note: 'Ditetapkan oleh Gubernur.' },
    { day: -235, take: 'startEvaluation', note: 'Evaluasi pelatihan kepemimpinan pengawas Angkatan I.' },
    {
      day: -233,
      finding: {
        key: 'training-mismatch',
        body:
          'Peserta Angkatan I menilai materi pelatihan kepemimpinan pengawas tidak sesuai dengan tugasnya: ' +
          'terlalu teoritis dan contoh kasusnya tidak sesuai dengan kondisi sekolah dan kantor dinas.',
      },
    },
    {
      day: -232,
      recommend: {
        recommendation: 'revise',
        reason:
          'Kurikulum perlu disusun dari analisis kebutuhan pelatihan dan tantangan pengawas di lapangan.',
      },
    },
    {
      day: -230,
      take: 'revise',
      note: 'Peserta Angkatan I menilai materi tidak sesuai dengan tugas pengawas: kurikulum direvisi.',
    },
    {
      day: -220,
      edit: [
        {
          modify: 'Pasal 2 ayat (2)',
          body:
            'Kurikulum pelatihan kepemimpinan bagi pejabat pengawas disusun oleh Badan Kepegawaian Daerah ' +
            'berdasarkan analisis kebutuhan pelatihan dan tantangan yang dihadapi pengawas di lapangan, ' +
            'dengan studi kasus dari sekolah dan kantor dinas sendiri.',
          reason:
            'Peserta Angkatan I menilai materi tidak relevan dengan tugasnya: terlalu teoritis, contoh kasus ' +
            'tidak sesuai dengan kondisi sekolah.',
          evidence: [
            { ...FIRST_CLASS, question: 'material_relevance' },
            { ...FIRST_CLASS, question: 'suggestions' },
            { finding: 'training-mismatch' },
          ],
        },
        {
          add: {
            label: '(3)',
            body:
              'Kurikulum dievaluasi setelah setiap angkatan berdasarkan umpan balik peserta dan disesuaikan ' +
              'sebelum angkatan berikutnya dimulai.',
          },
          under: 'Pasal 2',
          after: 'Pasal 2 ayat (2)',
          reason: 'Ketidaksesuaian kurikulum baru diketahui setelah satu angkatan selesai.',
          evidence: [FIRST_CLASS],
        },
      ],
    },
    { day: -200, take: 'adopt', effective: -190, note: 'Kurikulum yang direvisi berlaku untuk Angkatan II.' },
  ],
};

/**
 * The programs the career policy is carried out by: the special IT training of Pasal 2 ayat (1),
 * fulfilling the plan's talent item, its selection by the competency gap computed and published for
 * all to check; the 2026 leadership training for supervisors, its curriculum revised on its first
 * class's feedback, and next year's on the revised curriculum.
 */
const programs: DemoProgram[] = [
  {
    title: 'Pelatihan Talenta Digital ASN: Pengembangan Aplikasi dan Analitika Data',
    description:
      'Pelatihan khusus teknologi informasi bagi pelaksana, sesuai Pasal 2 ayat (1) Kebijakan Pengembangan ' +
      'Karier ASN: pengembangan aplikasi layanan, pengelolaan basis data, analitika data, dan keamanan ' +
      'informasi, dengan proyek dari OPD peserta. Pelaksana yang menonjol pada Uji Kompetensi Digital ASN ' +
      'didorong mendaftar. Seleksi terbuka dan berbasis kompetensi: syarat, bobot skor (kesenjangan ' +
      'kompetensi berbobot terbesar), dan kuota paling banyak enam peserta per OPD diumumkan sebelum ' +
      'pendaftaran; setiap pendaftar dapat melihat skor, batas skor terpilih, dan alasan hasilnya.',
    pathCode: 'KL03',
    jp: 40,
    provider: { kind: 'internal', name: 'BPSDM Provinsi DKI Jakarta bersama Jakarta Smart City' },
    costPerParticipant: 4_500_000,
    policy: CAREER,
    competencies: [
      { code: 'T.TIK', targetLevel: 5 },
      { code: 'M.7', targetLevel: 3 },
    ],
    fulfils: [{ basis: 'talent', competency: 'T.TIK' }],
    eligibility: { positionKinds: ['pelaksana'], requiresGap: true },
    weights: { gap: 50, jpShortfall: 20, sinceLastDevelopment: 15, recommendation: 15 },
    quota: { max: 6 },
    rankingShowsNames: true,
    opens: -37,
    closes: -16,
    selectedOn: -14,
    state: 'selected',
    batches: [
      { name: 'Angkatan I', from: 54, to: 58, venue: 'Gedung BPSDM Provinsi DKI Jakarta', capacity: 30 },
      { name: 'Angkatan II', from: 82, to: 86, venue: 'Gedung BPSDM Provinsi DKI Jakarta', capacity: 30 },
    ],
    applicants: {
      count: 260,
      nominated: 0.5,
      demoEmployee: true,
      motivations: reasonsToApply([
        'memakai hasil Uji Kompetensi Digital saya untuk membangun aplikasi layanan',
        'membangun basis data pelayanan yang selama ini tersebar di lembar kerja',
        'membuat dasbor data untuk pimpinan OPD',
        'belajar pengembangan aplikasi secara terstruktur setelah selama ini belajar sendiri',
        'membantu OPD saya menjalankan Sistem Pemerintahan Berbasis Elektronik',
      ]),
    },
    withdrawals: 2,
  },
  {
    title: 'Pelatihan Kepemimpinan Pengawas Tahun 2027',
    description:
      'Pelatihan kepemimpinan bagi pejabat pengawas dan PNS yang disiapkan untuk jabatan pengawas (paling ' +
      'rendah III/b), dengan kurikulum yang direvisi setelah evaluasi Angkatan I tahun 2026: disusun dari ' +
      'analisis kebutuhan pelatihan dan tantangan pengawas di lapangan, dengan studi kasus dari sekolah dan ' +
      'kantor dinas sendiri serta simulasi memimpin rapat. Kurikulum dievaluasi setelah setiap angkatan ' +
      '(Pasal 2 ayat (3)).',
    pathCode: 'KL02',
    jp: 40,
    provider: { kind: 'internal', name: 'Badan Kepegawaian Daerah Provinsi DKI Jakarta' },
    costPerParticipant: 3_500_000,
    policy: CAREER,
    competencies: [
      { code: 'M.6', targetLevel: 3 },
      { code: 'M.8', targetLevel: 3 },
    ],
    fulfils: [
      { basis: 'gap', competency: 'M.6' },
      { basis: 'gap', competency: 'M.8' },
    ],
    // III/b (rank 10) is the lowest rank of a supervisor's post; PPPK hold no structural post.
    eligibility: {
      positionKinds: ['pengawas', 'pelaksana', 'fungsional'],
      golonganRankMin: 10,
      employeeTypes: ['PNS'],
      repeatAfterYears: 3,
    },
    quota: { max: 4 },
    opens: -9,
    closes: 19,
    state: 'open',
    batches: [
      { name: 'Angkatan I', from: 61, to: 65, venue: 'Gedung BPSDM Provinsi DKI Jakarta', capacity: 30 },
      { name: 'Angkatan II', from: 96, to: 100, venue: 'Gedung BPSDM Provinsi DKI Jakarta', capacity: 30 },
    ],
    applicants: {
      count: 22,
      nominated: 0.5,
      motivations: reasonsToApply([
        'belajar memimpin rapat dan memberi umpan balik kepada staf',
        'mempersiapkan diri untuk jabatan pengawas',
        'memimpin tim di sekolah dengan lebih baik',
      ]),
    },
  },
  // Last, so the programs above draw what they drew before it was told. Its Angkatan I found the
  // general curriculum far from a supervisor's day; the curriculum was revised on that feedback
  // (demo-curricula.ts) and Angkatan II was taught the revision.
  {
    title: 'Pelatihan Kepemimpinan Pengawas Tahun 2026',
    description:
      'Pelatihan kepemimpinan bagi pejabat pengawas dan PNS yang disiapkan untuk jabatan pengawas (paling ' +
      'rendah III/b): konsep kepemimpinan, manajemen organisasi publik, komunikasi, dan etika pengawas. ' +
      'Kurikulum dievaluasi setelah setiap angkatan (Pasal 2 ayat (3)).',
    pathCode: 'KL02',
    jp: 40,
    provider: { kind: 'internal', name: 'Badan Kepegawaian Daerah Provinsi DKI Jakarta' },
    costPerParticipant: 3_500_000,
    policy: CAREER,
    competencies: [
      { code: 'M.6', targetLevel: 3 },
      { code: 'M.8', targetLevel: 3 },
    ],
    eligibility: {
      positionKinds: ['pengawas', 'pelaksana', 'fungsional'],
      golonganRankMin: 10,
      employeeTypes: ['PNS'],
    },
    quota: { max: 4 },
    opens: -289,
    closes: -280,
    selectedOn: -279,
    state: 'completed',
    batches: [
      { name: 'Angkatan I', from: -268, to: -264, venue: 'Gedung BPSDM Provinsi DKI Jakarta', capacity: 25 },
      { name: 'Angkatan II', from: -95, to: -91, venue: 'Gedung BPSDM Provinsi DKI Jakarta', capacity: 25 },
    ],
    applicants: {
      count: 70,
      nominated: 0.5,
      motivations: reasonsToApply([
        'mempersiapkan diri untuk jabatan pengawas',
        'belajar memimpin tim di unit kerja saya',
      ]),
    },
  },
];

/**
 * The Dinas Pendidikan's mentoring (seed 001: "program mentoring, di mana ASN yang lebih senior
 * membimbing rekan-rekan yang lebih junior", helping young ASN "memahami proses administrasi dan
 * kebijakan pendidikan"): seniors whose levels reach what their young colleagues' positions require,
 * paired as Jenjang proposes, four months into six.
 */
const educationMentoring: DemoMentoring = {
  title: 'Mentoring Administrasi dan Kebijakan Pendidikan bagi ASN Muda Dinas Pendidikan',
  description:
    'ASN senior Dinas Pendidikan membimbing ASN muda dalam administrasi dan kebijakan pendidikan: ' +
    'setiap pasangan menyepakati tujuan, bertemu rutin, dan mencatat sesinya; jam sesi yang dikonfirmasi ' +
    'dihitung sebagai JP pengembangan kompetensi.',
  pathCode: 'NKL02',
  policy: CAREER,
  jp: 20,
  units: /Pendidikan/,
  from: -120,
  to: 60,
  mentors: 8,
  mentees: 16,
  capacity: 2,
  competencies: ['T.PEMB', 'M.3', 'M.4', 'M.6', 'M.8'],
  topics: [
    'Memahami alur administrasi sekolah dan dinas',
    'Membaca dan menelaah regulasi pendidikan',
    'Menyusun telaah staf tentang kebijakan zonasi',
    'Mengelola data pokok pendidikan (Dapodik)',
    'Menyusun laporan kinerja bidang',
    'Praktik presentasi telaah kebijakan di rapat bidang',
  ],
  goals: [
    'Mampu menyusun telaah staf kebijakan pendidikan secara mandiri',
    'Memahami siklus perencanaan dan penganggaran dinas',
    'Menguasai pengelolaan data pendidikan untuk laporan kinerja',
  ],
  reflections: {
    mentor: [
      'Mentee cepat belajar; telaah stafnya kini runtut dan berdasar data. Sesi praktik paling berguna.',
      'Pertemuan rutin membantu, tetapi jadwal sering bergeser karena kegiatan sekolah.',
    ],
    mentee: [
      'Saya kini berani menyusun telaah kebijakan sendiri dan mempresentasikannya di rapat bidang.',
      'Bimbingan membuat saya memahami alur administrasi dinas yang sebelumnya membingungkan.',
    ],
  },
};

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
  policies: [careerPolicy],
  programs,
  mentoring: [educationMentoring],
};
