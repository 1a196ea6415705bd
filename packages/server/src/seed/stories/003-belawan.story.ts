import { REMARK_OPENINGS, reasonsToApply, recipe } from './free-text';
import type { DemoMeasurement, DemoPolicy, DemoProgram, DemoScholarship, DemoStory } from './story';

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

const FEEDBACK = 'Umpan Balik Masyarakat atas Kinerja ASN';
const ALUMNI = 'Evaluasi Pasca Pelatihan Teknologi Informasi (Alumni)';

const PARTNER_GRADUATES = 'ASN lulusan program kemitraan perguruan tinggi';

/** The partner university's semester report on the ASN who graduated from the partnership programs. */
function partnerReport(measuredOn: number, value: number, semester: string, detail: string): DemoMeasurement {
  return {
    indicator: PARTNER_GRADUATES,
    measuredOn,
    value,
    note: detail,
    dataSource: `Laporan ${semester} Program Kemitraan, Universitas Sumatera Utara`,
    file: {
      name: `laporan-kemitraan-usu-${semester.toLowerCase().replace(' ', '-')}.pdf`,
      title: `Laporan ${semester} Program Kemitraan ASN Kota Belawan`,
      lines: [
        'Universitas Sumatera Utara - Pemerintah Kota Belawan',
        `ASN yang menyelesaikan program kemitraan: ${value} orang.`,
        detail,
        'Dokumen contoh untuk demo Jenjang.',
      ],
    },
  };
}

const HR = 'Kebijakan Pengembangan Sumber Daya Manusia ASN Belawan';

/**
 * The HR-development policy: periodic training, scholarships and careers, with the local
 * universities as partners and the public's feedback as a measure; in force, and its revision on
 * the IT training's alumni and the public's feedback still being drafted, for the demo to edit.
 */
const hrPolicy: DemoPolicy = {
  title: HR,
  area: 'sdm',
  purpose:
    'Menciptakan ASN yang profesional, berintegritas, dan mampu beradaptasi dengan perubahan, sehingga ' +
    'pelayanan publik menjadi lebih efisien, transparan, dan akuntabel.',
  principles: ['profesional', 'berintegritas', 'adaptif terhadap perubahan', 'melibatkan masyarakat'],
  legalBasis: [
    'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara',
    'Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil',
    'Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang Pengembangan Kompetensi PNS',
  ],
  surveys: [FEEDBACK, ALUMNI],
  indicators: [
    {
      name: 'Penilaian masyarakat atas kinerja ASN',
      survey: FEEDBACK,
      measure: { mean: [['overall_rating']] },
      direction: 'up',
      baseline: null,
      target: 4,
    },
    // Counted by the partner universities, not by Jenjang: entered with their reports attached.
    {
      name: PARTNER_GRADUATES,
      manual: { unitLabel: 'orang' },
      direction: 'up',
      baseline: null,
      target: 40,
    },
    // Careers for PPPK as well as PNS: how much of the workforce the policy reaches as PPPK.
    {
      name: 'Proporsi PPPK di antara ASN aktif',
      registry: 'pppkShare',
      direction: 'up',
      baseline: null,
      target: 0.3,
    },
  ],
  // Citizens read it on Jenjang's transparency page, the text in force and its PDF.
  public: true,
  drafted: -380,
  text: [
    {
      label: 'BAB I',
      heading: 'STRATEGI PENGEMBANGAN',
      parts: [
        {
          label: 'Pasal 1',
          parts: [
            {
              label: '(1)',
              body:
                'Pelatihan diselenggarakan secara berkala untuk meningkatkan kompetensi ASN di bidang ' +
                'manajemen keuangan, pelayanan masyarakat, dan teknologi informasi.',
            },
            {
              label: '(2)',
              body:
                'ASN yang memenuhi syarat dapat memperoleh beasiswa untuk melanjutkan pendidikan ke jenjang ' +
                'yang lebih tinggi sesuai dengan kebutuhan organisasi.',
            },
            {
              label: '(3)',
              body:
                'Alumni pelatihan teknologi informasi ditugaskan mengimplementasikan sistem informasi untuk ' +
                'meningkatkan transparansi dan akuntabilitas pelayanan publik.',
            },
          ],
        },
      ],
    },
    {
      label: 'BAB II',
      heading: 'KEMITRAAN',
      parts: [
        {
          label: 'Pasal 2',
          body:
            'Program pelatihan dan pendidikan lanjutan diselenggarakan bekerja sama dengan Universitas Sumatera ' +
            'Utara, Universitas Negeri Medan, dan Politeknik Negeri Medan.',
        },
      ],
    },
    {
      label: 'BAB III',
      heading: 'PARTISIPASI MASYARAKAT DAN EVALUASI',
      parts: [
        {
          label: 'Pasal 3',
          parts: [
            {
              label: '(1)',
              body:
                'Masyarakat dapat memberikan umpan balik atas kinerja ASN pada setiap unit pelayanan, ' +
                'secara langsung maupun daring.',
            },
            {
              label: '(2)',
              body:
                'Setelah pelatihan, peserta disurvei untuk mengukur peningkatan kompetensi dan dampaknya ' +
                'terhadap pelayanan publik.',
            },
          ],
        },
      ],
    },
  ],
  steps: [
    {
      day: -370,
      take: 'openConsultation',
      note: 'Rancangan dibahas bersama perguruan tinggi mitra dan tokoh masyarakat.',
    },
    { day: -355, take: 'closeConsultation' },
    { day: -350, take: 'adopt', effective: -340, note: 'Ditetapkan oleh pimpinan daerah.' },
    {
      day: -180,
      measure: partnerReport(
        -185,
        17,
        'Semester I',
        'Program Magister Administrasi Publik: 9 orang; Diploma Sistem Informasi: 8 orang.',
      ),
    },
    {
      day: -20,
      measure: partnerReport(
        -22,
        31,
        'Semester II',
        'Program Magister Administrasi Publik: 14 orang; Diploma Sistem Informasi: 17 orang.',
      ),
    },
    {
      day: -15,
      take: 'startEvaluation',
      note: 'Evaluasi pasca pelatihan teknologi informasi dan umpan balik masyarakat.',
    },
    {
      day: -14,
      finding: {
        key: 'alumni-tools',
        body:
          'Alumni pelatihan teknologi informasi terhambat kurangnya perangkat dan aplikasi di unit kerjanya, ' +
          'dan masyarakat masih menilai pelayanan lambat.',
      },
    },
    {
      day: -13,
      recommend: {
        recommendation: 'adjust',
        reason: 'Ketentuan penugasan alumni perlu disertai kewajiban unit kerja menyediakan perangkat.',
      },
    },
    {
      day: -12,
      take: 'revise',
      note: 'Alumni terhambat perangkat, masyarakat menilai pelayanan lambat: ketentuan pelatihan disempurnakan.',
    },
    {
      day: -8,
      edit: [
        {
          modify: 'Pasal 1 ayat (3)',
          body:
            'Alumni pelatihan teknologi informasi ditugaskan mengimplementasikan sistem informasi untuk ' +
            'meningkatkan transparansi dan akuntabilitas pelayanan publik, dan unit kerjanya menyediakan ' +
            'perangkat dan aplikasi yang dibutuhkan.',
          reason:
            'Hambatan utama alumni dalam menerapkan hasil pelatihan adalah kurangnya perangkat dan aplikasi.',
          evidence: [
            { survey: ALUMNI, wave: 'Tiga bulan setelah pelatihan', question: 'obstacles' },
            { finding: 'alumni-tools' },
          ],
        },
        {
          add: {
            label: '(4)',
            body:
              'Pelatihan pelayanan masyarakat mengutamakan kecepatan pelayanan dan kejelasan informasi ' +
              'persyaratan, sesuai dengan umpan balik masyarakat.',
          },
          under: 'Pasal 1',
          after: 'Pasal 1 ayat (3)',
          reason:
            'Masyarakat menilai kecepatan pelayanan paling rendah dan banyak yang harus datang kembali ' +
            'karena persyaratan tidak dijelaskan.',
          evidence: [
            { survey: FEEDBACK, wave: 'Tahun 2026', question: 'speed' },
            { survey: FEEDBACK, wave: 'Tahun 2026', question: 'what_went_wrong' },
          ],
        },
      ],
    },
  ],
};

/**
 * The trainings the HR policy names (Pasal 1 ayat (1)), each with the partner university of
 * Pasal 2: the IT training whose alumni were surveyed three months on, completed; a finance
 * training selected; a public-service training still taking applications.
 */
const programs: DemoProgram[] = [
  {
    title: 'Pelatihan Teknologi Informasi: Pengembangan Sistem Informasi Pelayanan',
    description:
      'Pelatihan lima hari bersama Fakultas Ilmu Komputer dan Teknologi Informasi Universitas Sumatera Utara: ' +
      'merancang dan mengoperasikan sistem informasi pelayanan yang transparan dan akuntabel. Alumni ' +
      'ditugaskan mengimplementasikan sistem informasi di unit kerjanya (Pasal 1 ayat (3)) dan disurvei tiga ' +
      'bulan setelah pelatihan.',
    pathCode: 'KL03',
    jp: 40,
    provider: { kind: 'partner', name: 'Universitas Sumatera Utara' },
    costPerParticipant: 3_000_000,
    policy: HR,
    competencies: [{ code: 'T.TIK', targetLevel: 3 }],
    quota: { max: 4 },
    opens: -198,
    closes: -177,
    selectedOn: -175,
    state: 'completed',
    batches: [
      {
        name: 'Angkatan I',
        from: -156,
        to: -152,
        venue: 'Laboratorium Fasilkom-TI USU, Medan',
        capacity: 20,
      },
      {
        name: 'Angkatan II',
        from: -142,
        to: -138,
        venue: 'Laboratorium Fasilkom-TI USU, Medan',
        capacity: 20,
      },
    ],
    applicants: {
      count: 64,
      motivations: reasonsToApply([
        'membangun sistem informasi pelayanan di unit saya',
        'mengganti pencatatan manual di loket dengan aplikasi',
        'membuat layanan kami lebih transparan bagi warga',
      ]),
    },
  },
  {
    title: 'Pelatihan Pengelolaan Keuangan Daerah bagi Bendahara dan Pengelola Keuangan',
    description:
      'Pelatihan empat hari bersama Fakultas Ekonomi dan Bisnis Universitas Sumatera Utara: perencanaan dan ' +
      'penganggaran, penatausahaan dan pertanggungjawaban bendahara, serta pelaporan keuangan daerah. Untuk ' +
      'PNS yang mengelola keuangan di unit kerjanya.',
    pathCode: 'KL03',
    jp: 32,
    provider: { kind: 'partner', name: 'Universitas Sumatera Utara' },
    costPerParticipant: 2_800_000,
    policy: HR,
    competencies: [
      { code: 'M.1', targetLevel: 3 },
      { code: 'M.4', targetLevel: 3 },
    ],
    eligibility: { employeeTypes: ['PNS'] },
    quota: { max: 3 },
    opens: -30,
    closes: -16,
    selectedOn: -14,
    state: 'selected',
    batches: [
      { name: 'Angkatan I', from: 47, to: 50, venue: 'Ruang Seminar FEB USU, Medan', capacity: 25 },
      { name: 'Angkatan II', from: 75, to: 78, venue: 'Ruang Seminar FEB USU, Medan', capacity: 25 },
    ],
    applicants: {
      count: 75,
      nominated: 0.4,
      demoEmployee: true,
      motivations: reasonsToApply([
        'menyusun laporan pertanggungjawaban bendahara tepat waktu',
        'memahami penatausahaan keuangan daerah terbaru',
        'mengurangi temuan pemeriksaan di unit saya',
      ]),
    },
    withdrawals: 1,
  },
  {
    title: 'Pelatihan Pelayanan Publik Prima',
    description:
      'Pelatihan tiga hari bersama Fakultas Ilmu Sosial dan Ilmu Politik Universitas Sumatera Utara bagi ASN ' +
      'yang melayani masyarakat: standar pelayanan, kecepatan dan kelengkapan informasi persyaratan, serta ' +
      'menanggapi umpan balik masyarakat. Materi disusun dari umpan balik masyarakat atas kinerja ASN tahun 2026.',
    pathCode: 'KL03',
    jp: 24,
    provider: { kind: 'partner', name: 'Universitas Sumatera Utara' },
    costPerParticipant: 1_800_000,
    policy: HR,
    competencies: [{ code: 'M.5', targetLevel: 3 }],
    quota: { max: 3 },
    opens: -2,
    closes: 19,
    state: 'open',
    batches: [
      { name: 'Angkatan I', from: 40, to: 42, venue: 'Aula Mal Pelayanan Publik Kota Belawan', capacity: 30 },
      {
        name: 'Angkatan II',
        from: 61,
        to: 63,
        venue: 'Aula Mal Pelayanan Publik Kota Belawan',
        capacity: 30,
      },
    ],
    applicants: {
      count: 20,
      motivations: reasonsToApply([
        'melayani warga lebih cepat',
        'menjelaskan persyaratan layanan dengan lengkap agar warga tidak bolak-balik',
        'menanggapi keluhan warga dengan baik',
      ]),
    },
  },
];

/**
 * Seed 003: "pendidikan lanjutan juga dapat didorong, misalnya melalui beasiswa untuk ASN yang ingin
 * melanjutkan studi" — the 2024 master's scholarship with Universitas Sumatera Utara, two years on:
 * one awardee back at work with the bond running, one graduated awaiting placement, one still
 * studying after a term of leave, one who resigned.
 */
const mastersScholarship: DemoScholarship = {
  title: 'Beasiswa Tugas Belajar S2 ASN Kota Belawan 2024',
  description:
    'Tugas belajar jenjang S2 di Universitas Sumatera Utara bagi ASN Kota Belawan, sesuai kebutuhan ' +
    'organisasi: administrasi publik, pengelolaan keuangan daerah, dan sistem informasi. Penerima ' +
    'menjalani ikatan dinas dua kali masa studi setelah kembali bertugas.',
  policy: HR,
  partner: 'Universitas Sumatera Utara',
  degree: 'S2',
  fields: ['Magister Administrasi Publik', 'Magister Akuntansi Sektor Publik', 'Magister Sistem Informasi'],
  studyMonths: 24,
  documents: ['ijazah', 'transkrip', 'rekomendasiAtasan', 'suratPernyataan'],
  opens: -900,
  closes: -880,
  studyFrom: -850,
  applicants: 9,
  quota: 4,
  fates: [
    { kind: 'returned', graduated: -150, returned: -120, position: 'Analis Kebijakan Ahli Muda' },
    { kind: 'graduated', graduated: -100 },
    {
      kind: 'studying',
      leave: { from: -520, to: -340, reason: 'Cuti akademik karena melahirkan' },
      skipsLastReport: true,
    },
    { kind: 'resigned', on: -420, reason: 'Mengundurkan diri dari tugas belajar karena alasan keluarga' },
  ],
};

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
  policies: [hrPolicy],
  programs,
  scholarships: [mastersScholarship],
};
