import { DEFAULT_PROMOTION_RULES, type PromotionRules } from '@jenjang/domain/talent/promotion.contract';
import { satisfaction } from './answer-biases';
import { REMARK_OPENINGS, reasonsToApply, recipe } from './free-text';
import type { DemoPolicy, DemoProgram, DemoStory } from './story';
import type { DemoPromotions } from './story-promotions';

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

const SURVEY = 'Evaluasi Kebijakan Kepegawaian (Survei Pegawai)';
const PROMOTION_RECAP =
  'Rekapitulasi usul kenaikan pangkat reguler periode Oktober 2025 dan April 2026, BKPSDM Kota Tanjungbalai';
const FORUM = 'Notulen Forum Diskusi ASN Kota Tanjungbalai 2026: usulan pegawai tentang promosi jabatan';

/** Semester II's promotion statements, the ones whose fall the revision answers. */
const promotionFell = (...statements: string[]) =>
  statements.map((statement) => ({
    survey: SURVEY,
    wave: 'Semester II 2026',
    question: 'career_promotion',
    statement,
  }));

const PERSONNEL = 'Kebijakan Kepegawaian Aparatur Sipil Negara Kota Tanjungbalai';

/**
 * Kenaikan pangkat under the first text: the default rules (DOMAIN.md §7, all [U]) but only the
 * last annual SKP counted, periods 1 April and 1 October. The revision answers the employees'
 * "kenaikan pangkat saya terlambat" and "hasil penilaian kinerja dipakai untuk promosi": six
 * periods a year (DOMAIN.md §7: a newer rule may have six [U]) and the last two SKP, each at
 * least Baik.
 */
export const FIRST_PROMOTION_RULES: PromotionRules = {
  ...DEFAULT_PROMOTION_RULES,
  appraisalsConsidered: 1,
  periods: [4, 10],
};
export const REVISED_PROMOTION_RULES: PromotionRules = {
  ...DEFAULT_PROMOTION_RULES,
  appraisalsConsidered: 2,
  periods: [2, 4, 6, 8, 10, 12],
};

/**
 * The personnel policy: drafted with employees, leaders and experts, evaluated every six months,
 * kept after semester I and revised after semester II on the promotion results and the forum's
 * proposals; the revised promotion clauses are in force before the third evaluation.
 */
const personnelPolicy: DemoPolicy = {
  title: PERSONNEL,
  area: 'kepegawaian',
  purpose:
    'Meningkatkan profesionalisme, akuntabilitas, dan transparansi administrasi kepegawaian, sehingga ' +
    'setiap pegawai memahami hak dan kewajibannya serta memiliki panduan dalam menjalankan tugas.',
  principles: ['profesionalisme', 'akuntabilitas', 'transparansi', 'partisipasi pegawai'],
  legalBasis: [
    'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara',
    'Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil',
    'Peraturan Pemerintah Nomor 30 Tahun 2019 tentang Penilaian Kinerja Pegawai Negeri Sipil',
  ],
  surveys: [SURVEY],
  drafted: -390,
  promotionRules: FIRST_PROMOTION_RULES,
  indicators: [
    {
      name: 'Kepuasan pegawai terhadap sistem promosi',
      survey: SURVEY,
      measure: {
        mean: [
          ['career_promotion', 'promotion_merit'],
          ['career_promotion', 'promotion_fair_transparent'],
          ['career_promotion', 'promotion_open_information'],
          ['career_promotion', 'promotion_equal_chance'],
        ],
      },
      direction: 'up',
      baseline: 2.8,
      target: 3.5,
      // The fall of semester II opens the proposal the second evaluation is started from.
      trigger: { kind: 'fallsBy', amount: 0.3 },
    },
    {
      name: 'Partisipasi survei pegawai',
      survey: SURVEY,
      measure: 'responseRate',
      direction: 'up',
      baseline: null,
      target: 0.6,
    },
  ],
  text: [
    {
      label: 'BAB I',
      heading: 'KETENTUAN UMUM',
      parts: [
        {
          label: 'Pasal 1',
          body:
            'Dalam Peraturan Wali Kota ini yang dimaksud dengan Pegawai adalah Aparatur Sipil Negara di ' +
            'lingkungan Pemerintah Kota Tanjungbalai, dan Forum Diskusi ASN adalah pertemuan tahunan ' +
            'tempat pegawai menyampaikan pendapat dan usulan tentang kebijakan kepegawaian.',
        },
        {
          label: 'Pasal 2',
          parts: [
            {
              label: '(1)',
              body: 'Kebijakan kepegawaian dimaksudkan sebagai pedoman pengelolaan Pegawai yang profesional dan akuntabel.',
            },
            {
              label: '(2)',
              body:
                'Kebijakan kepegawaian bertujuan agar setiap Pegawai memahami hak dan kewajibannya serta ' +
                'mengetahui cara meningkatkan kinerjanya.',
            },
          ],
        },
      ],
    },
    {
      label: 'BAB II',
      heading: 'PENYUSUNAN DAN PARTISIPASI PEGAWAI',
      parts: [
        {
          label: 'Pasal 3',
          parts: [
            {
              label: '(1)',
              body:
                'Kebijakan kepegawaian disusun dan diubah dengan melibatkan Pegawai, pimpinan perangkat ' +
                'daerah, dan ahli kepegawaian melalui diskusi dan musyawarah.',
            },
            {
              label: '(2)',
              body:
                'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia menyelenggarakan Forum Diskusi ASN ' +
                'paling sedikit 1 (satu) kali dalam setahun.',
            },
          ],
        },
      ],
    },
    {
      label: 'BAB III',
      heading: 'PENILAIAN KINERJA',
      parts: [
        {
          label: 'Pasal 4',
          parts: [
            {
              label: '(1)',
              body: 'Kinerja Pegawai dinilai dengan sistem penilaian kinerja sesuai ketentuan peraturan perundang-undangan.',
            },
            {
              label: '(2)',
              body:
                'Sebelum sistem penilaian kinerja yang baru diterapkan, setiap Pegawai mengikuti sosialisasi ' +
                'dan pelatihan tentang cara penilaian dan cara meningkatkan kinerjanya.',
            },
          ],
        },
      ],
    },
    {
      label: 'BAB IV',
      heading: 'PROMOSI DAN KENAIKAN PANGKAT',
      parts: [
        {
          label: 'Pasal 5',
          parts: [
            {
              label: '(1)',
              body: 'Promosi jabatan dilaksanakan berdasarkan kualifikasi, kompetensi, dan kinerja Pegawai.',
            },
            {
              label: '(2)',
              body: 'Lowongan jabatan diisi melalui seleksi oleh panitia seleksi yang ditetapkan Wali Kota.',
            },
            {
              label: '(3)',
              body: 'Usul kenaikan pangkat diproses paling lambat 2 (dua) bulan sebelum periode kenaikan pangkat.',
            },
          ],
        },
      ],
    },
    {
      label: 'BAB V',
      heading: 'EVALUASI',
      parts: [
        {
          label: 'Pasal 6',
          parts: [
            {
              label: '(1)',
              body: 'Pelaksanaan kebijakan kepegawaian dievaluasi setiap 6 (enam) bulan melalui survei Pegawai.',
            },
            {
              label: '(2)',
              body:
                'Dalam hal evaluasi menemukan kekurangan, kebijakan kepegawaian direvisi berdasarkan hasil ' +
                'survei dan usulan Pegawai.',
            },
          ],
        },
      ],
    },
    {
      label: 'BAB VI',
      heading: 'KETENTUAN PENUTUP',
      parts: [{ label: 'Pasal 7', body: 'Peraturan Wali Kota ini mulai berlaku pada tanggal diundangkan.' }],
    },
  ],
  steps: [
    {
      day: -380,
      take: 'openConsultation',
      note: 'Rancangan dibahas bersama perwakilan pegawai, pimpinan perangkat daerah, dan ahli kepegawaian.',
    },
    {
      day: -378,
      comment: {
        key: 'open-selection',
        by: 'pegawai',
        on: 'Pasal 5 ayat (2)',
        quote: 'panitia seleksi',
        kind: 'comment',
        body: 'Mohon lowongan dan hasil seleksi diumumkan terbuka, supaya pegawai di kecamatan juga tahu.',
      },
    },
    {
      day: -376,
      comment: {
        key: 'annual-forum',
        by: 'atasan',
        on: null,
        kind: 'proposal',
        body: 'Adakan Forum Diskusi ASN setiap tahun untuk membahas pelaksanaan kebijakan ini bersama pegawai.',
      },
    },
    { day: -372, support: { comment: 'annual-forum', by: ['pegawai', 'pimpinan'] } },
    { day: -365, take: 'closeConsultation', note: 'Masukan konsultasi telah dirangkum ke dalam rancangan.' },
    {
      day: -362,
      respond: {
        comment: 'open-selection',
        response: 'partial',
        reason:
          'Seleksi terbuka sudah diatur; pengumuman lowongan akan dinilai pada evaluasi semester pertama.',
      },
    },
    {
      day: -361,
      respond: {
        comment: 'annual-forum',
        response: 'accepted',
        reason: 'BKPSDM menyelenggarakan Forum Diskusi ASN setiap tahun; hasilnya menjadi bahan evaluasi.',
      },
    },
    { day: -355, take: 'adopt', effective: -345, note: 'Ditetapkan dalam rapat pimpinan.' },
    { day: -295, take: 'startEvaluation', note: 'Evaluasi semester I berdasarkan survei pegawai.' },
    {
      day: -292,
      finding: {
        key: 'promotion-low',
        body:
          'Kepuasan pegawai terhadap sistem promosi pada survei semester I masih di bawah target 3,5; ' +
          'pegawai di kecamatan dan kelurahan paling sering tidak mengetahui lowongan jabatan.',
      },
    },
    {
      day: -290,
      recommend: {
        recommendation: 'keep',
        reason:
          'Kebijakan baru berlaku dua bulan; kepuasan terhadap promosi dipantau pada survei semester II.',
      },
    },
    { day: -285, take: 'keep', note: 'Kebijakan berjalan baik; kepuasan terhadap promosi perlu dipantau.' },
    // The yearly Forum Diskusi ASN, announced as semester II's survey opens: staff put their
    // proposals to the leaders, and the one on promotion is taken into the revision below.
    {
      day: -150,
      forum: {
        announce: {
          title: 'Forum Diskusi ASN Kota Tanjungbalai 2026',
          year: 2026,
          on: -128,
          from: '08:00',
          until: '15:00',
          place: 'Aula Kantor Wali Kota Tanjungbalai',
          agenda: [
            { time: '08:00', title: 'Pembukaan oleh Wali Kota' },
            {
              time: '08:30',
              title: 'Paparan pelaksanaan kebijakan kepegawaian',
              note: 'BKPSDM menyampaikan hasil evaluasi semester I.',
            },
            {
              time: '09:30',
              title: 'Diskusi usulan pegawai',
              note: 'Setiap usulan dibahas bersama pimpinan perangkat daerah.',
            },
            { time: '14:00', title: 'Kesimpulan dan penutupan' },
          ],
        },
      },
    },
    {
      day: -146,
      forum: {
        propose: {
          key: 'fair-promotion',
          by: 'pegawai',
          title: 'Promosi jabatan yang adil dan transparan',
          body:
            'Umumkan setiap lowongan jabatan beserta kriteria penilaiannya kepada semua pegawai, termasuk ' +
            'di kecamatan dan kelurahan, dan sampaikan alasan tertulis kepada pegawai yang tidak lulus seleksi.',
        },
      },
    },
    {
      day: -144,
      forum: {
        propose: {
          key: 'appraisal-training',
          by: 'atasan',
          title: 'Pelatihan sistem penilaian kinerja yang baru',
          body: 'Adakan pelatihan penilaian kinerja bagi atasan langsung di setiap OPD sebelum periode penilaian berikutnya.',
        },
      },
    },
    {
      day: -142,
      forum: {
        propose: {
          key: 'forum-twice',
          by: 'pegawai',
          title: 'Forum Diskusi ASN dua kali setahun',
          body: 'Satu forum setahun terlalu jarang untuk menyampaikan masalah yang muncul di tengah tahun.',
        },
      },
    },
    {
      day: -140,
      forum: {
        reply: {
          to: 'fair-promotion',
          by: 'atasan',
          body: 'Setuju. Di bidang kami banyak pegawai baru tahu ada lowongan setelah seleksi selesai.',
        },
      },
    },
    { day: -139, forum: { vote: { on: 'fair-promotion', by: ['atasan', 'pimpinan'], stance: 'agree' } } },
    {
      day: -139,
      forum: { vote: { on: 'appraisal-training', by: ['pegawai', 'pimpinan'], stance: 'agree' } },
    },
    { day: -138, forum: { vote: { on: 'forum-twice', by: ['atasan'], stance: 'agree' } } },
    { day: -138, forum: { vote: { on: 'forum-twice', by: ['pimpinan'], stance: 'disagree' } } },
    {
      day: -127,
      forum: {
        close: {
          minutes:
            'Forum dibuka oleh Wali Kota pukul 08.00 dan dihadiri perwakilan pegawai seluruh perangkat daerah. ' +
            'Usulan promosi jabatan yang adil dan transparan mendapat dukungan luas dan akan dibahas dalam ' +
            'evaluasi semester II. Usulan pelatihan penilaian kinerja dikaji bersama BKPSDM. Usulan forum dua ' +
            'kali setahun dibahas; masukan di antara dua forum disampaikan melalui survei pegawai.',
        },
      },
    },
    {
      day: -120,
      forum: {
        outcome: {
          of: 'fair-promotion',
          outcome: 'accepted',
          reason: 'Dimasukkan ke dalam revisi ketentuan promosi jabatan (Pasal 5) kebijakan kepegawaian.',
        },
      },
    },
    {
      day: -120,
      forum: {
        outcome: {
          of: 'appraisal-training',
          outcome: 'study',
          reason: 'BKPSDM mengkaji jadwal dan anggaran pelatihan untuk tahun anggaran berikutnya.',
        },
      },
    },
    {
      day: -120,
      forum: {
        outcome: {
          of: 'forum-twice',
          outcome: 'rejected',
          reason:
            'Forum tetap diadakan setahun sekali; di antara dua forum pegawai menyampaikan masukan melalui ' +
            'survei pegawai setiap semester.',
        },
      },
    },
    { day: -115, take: 'startEvaluation', note: 'Evaluasi semester II berdasarkan survei pegawai.' },
    {
      day: -114,
      finding: {
        key: 'promotion-fell',
        body:
          'Kepuasan terhadap sistem promosi turun dibanding semester I; pernyataan bahwa promosi adil, ' +
          'transparan, dan berdasarkan sistem merit paling rendah.',
      },
    },
    {
      day: -113,
      finding: {
        key: 'forum-proposals',
        body:
          'Forum Diskusi ASN mengusulkan agar lowongan jabatan diumumkan terbuka sampai ke kecamatan dan ' +
          'kelurahan, dan hasil penilaian kinerja menjadi pertimbangan utama promosi.',
      },
    },
    {
      day: -112,
      recommend: {
        recommendation: 'revise',
        reason:
          'Ketentuan promosi (Pasal 5) direvisi berdasarkan hasil survei semester II dan usulan Forum Diskusi ASN.',
      },
    },
    {
      day: -110,
      take: 'revise',
      note: 'Kepuasan terhadap sistem promosi turun pada semester II: ketentuan promosi direvisi berdasarkan usulan pegawai.',
    },
    {
      day: -100,
      edit: [
        { renumber: 'Pasal 5 ayat (3)', label: '(4)' },
        {
          modify: 'Pasal 5 ayat (1)',
          body:
            'Promosi jabatan dilaksanakan berdasarkan sistem merit dengan menjadikan hasil penilaian ' +
            'kinerja sebagai pertimbangan utama, di samping kualifikasi dan kompetensi Pegawai.',
          reason:
            'Pada survei semester II, pernyataan bahwa promosi adil, transparan, dan berdasarkan sistem ' +
            'merit turun nyata dibanding semester I.',
          evidence: [
            ...promotionFell('promotion_merit', 'promotion_fair_transparent'),
            { indicator: 'Kepuasan pegawai terhadap sistem promosi', point: 'Semester II 2026' },
          ],
        },
        {
          split: 'Pasal 5 ayat (2)',
          into: [
            {
              label: '(2)',
              body:
                'Setiap lowongan jabatan beserta persyaratan dan kriteria penilaiannya diumumkan secara ' +
                'terbuka kepada seluruh Pegawai, termasuk Pegawai di kecamatan dan kelurahan.',
            },
            {
              label: '(3)',
              body:
                'Lowongan jabatan diisi melalui seleksi terbuka oleh panitia seleksi yang ditetapkan Wali ' +
                'Kota, dan alasan tidak lulus seleksi disampaikan secara tertulis kepada Pegawai yang bersangkutan.',
            },
          ],
          reason:
            'Pegawai menilai informasi lowongan jabatan tidak terbuka dan kesempatan promosi tidak sama; ' +
            'Forum Diskusi ASN mengusulkan pengumuman kriteria dan seleksi terbuka.',
          evidence: [
            ...promotionFell('promotion_open_information', 'promotion_equal_chance'),
            { forumProposal: 'fair-promotion' },
            { document: FORUM },
            { finding: 'forum-proposals' },
          ],
        },
      ],
    },
    // Promotion in rank: six periods instead of two, and the last two SKP instead of the last one.
    {
      day: -98,
      edit: [
        {
          add: {
            label: '(5)',
            body:
              'Kenaikan pangkat reguler ditetapkan 6 (enam) kali dalam setahun, yaitu pada tanggal 1 ' +
              'Februari, 1 April, 1 Juni, 1 Agustus, 1 Oktober, dan 1 Desember, bagi Pegawai yang telah ' +
              'paling singkat 4 (empat) tahun dalam pangkat terakhir dan yang 2 (dua) hasil penilaian ' +
              'kinerja tahunan terakhirnya masing-masing paling rendah berpredikat Baik.',
          },
          under: 'Pasal 5',
          after: 'Pasal 5 ayat (3)',
          reason:
            'Dengan dua periode setahun (1 April dan 1 Oktober) pegawai yang memenuhi syarat sesudah satu ' +
            'periode menunggu enam bulan, dan pada survei semester II pegawai menulis bahwa kenaikan ' +
            'pangkatnya terlambat; pegawai juga mengusulkan agar hasil penilaian kinerja dipakai untuk ' +
            'promosi, sehingga dua SKP terakhir, bukan hanya yang terakhir, menjadi syarat.',
          evidence: [
            { survey: SURVEY, wave: 'Semester II 2026', question: 'proposals' },
            ...promotionFell('promotion_merit'),
            { document: PROMOTION_RECAP },
          ],
        },
      ],
    },
    { day: -98, promotionRules: REVISED_PROMOTION_RULES },
    { day: -90, take: 'openConsultation', note: 'Rancangan revisi disosialisasikan kepada pegawai.' },
    {
      day: -88,
      comment: {
        key: 'performance-weight',
        by: 'pegawai',
        on: 'Pasal 5 ayat (1)',
        quote: 'pertimbangan utama',
        kind: 'comment',
        body: 'Bobot hasil penilaian kinerja perlu ditetapkan agar tidak ditafsirkan berbeda-beda di setiap OPD.',
      },
    },
    { day: -86, support: { comment: 'performance-weight', by: ['atasan'] } },
    { day: -75, take: 'closeConsultation' },
    {
      day: -72,
      respond: {
        comment: 'performance-weight',
        response: 'accepted',
        reason: 'Pasal 5 ayat (1) merujuk bobot yang ditetapkan dalam petunjuk teknis penilaian kinerja.',
      },
    },
    {
      day: -70,
      edit: [
        {
          modify: 'Pasal 5 ayat (1)',
          body:
            'Promosi jabatan dilaksanakan berdasarkan sistem merit dengan menjadikan hasil penilaian ' +
            'kinerja sebagai pertimbangan utama, dengan bobot yang ditetapkan dalam petunjuk teknis, di ' +
            'samping kualifikasi dan kompetensi Pegawai.',
          reason:
            'Pada survei semester II, pernyataan bahwa promosi adil, transparan, dan berdasarkan sistem ' +
            'merit turun nyata dibanding semester I; dalam konsultasi pegawai meminta bobot penilaian ' +
            'kinerja ditetapkan.',
          evidence: [
            ...promotionFell('promotion_merit', 'promotion_fair_transparent'),
            { indicator: 'Kepuasan pegawai terhadap sistem promosi', point: 'Semester II 2026' },
            { finding: 'promotion-fell' },
            { comment: 'performance-weight' },
          ],
        },
      ],
    },
    { day: -50, take: 'adopt', effective: -30, note: 'Revisi ketentuan promosi ditetapkan.' },
  ],
};

/**
 * The socialisation and training that Pasal 4 ayat (2) requires before the new performance
 * appraisal applies: the training for direct supervisors the 2026 forum proposed, at least one seat
 * for every OPD, selected; the socialisation sessions still taking registrations.
 */
const programs: DemoProgram[] = [
  {
    title: 'Pelatihan Penilaian Kinerja bagi Atasan Langsung',
    description:
      'Pelatihan dua hari bagi atasan langsung di setiap OPD: menyusun SKP dan ekspektasi kinerja, ' +
      'melakukan dialog dan umpan balik kinerja, serta menilai perilaku kerja secara objektif. Usulan Forum ' +
      'Diskusi ASN 2026 yang dikaji BKPSDM untuk tahun anggaran 2027; setiap OPD yang mendaftar mendapat ' +
      'sekurang-kurangnya satu kursi dan paling banyak dua.',
    pathCode: 'KL03',
    jp: 16,
    provider: { kind: 'internal', name: 'BKPSDM Kota Tanjungbalai' },
    costPerParticipant: 900_000,
    policy: PERSONNEL,
    competencies: [{ code: 'M.6', targetLevel: 3 }],
    eligibility: { positionKinds: ['jpt_pratama', 'administrator', 'pengawas'] },
    quota: { min: 1, max: 2 },
    opens: -37,
    closes: -16,
    selectedOn: -13,
    state: 'selected',
    batches: [
      { name: 'Angkatan I', from: 40, to: 41, venue: 'Aula Kantor Wali Kota Tanjungbalai', capacity: 20 },
      { name: 'Angkatan II', from: 47, to: 48, venue: 'Aula Kantor Wali Kota Tanjungbalai', capacity: 20 },
    ],
    applicants: {
      count: 54,
      nominated: 0.5,
      motivations: reasonsToApply([
        'menyusun SKP bersama staf saya',
        'melakukan dialog kinerja yang rutin dengan staf',
        'menilai kinerja staf secara objektif',
      ]),
    },
  },
  {
    title: 'Sosialisasi Sistem Manajemen Kinerja ASN',
    description:
      'Sosialisasi pengelolaan kinerja pegawai ASN sesuai Peraturan Menteri PANRB Nomor 6 Tahun 2022: ' +
      'perencanaan kinerja dan SKP, dialog kinerja, penilaian dan predikat kinerja, serta cara meningkatkan ' +
      'kinerja. Diikuti seluruh pegawai sebelum periode penilaian 2027 (Pasal 4 ayat (2) Kebijakan ' +
      'Kepegawaian), diulang atas usulan pegawai dalam survei evaluasi kebijakan. Pilih sesi yang sesuai.',
    pathCode: 'KL11',
    jp: 4,
    provider: { kind: 'internal', name: 'BKPSDM Kota Tanjungbalai' },
    costPerParticipant: 0,
    policy: PERSONNEL,
    opens: -9,
    closes: 12,
    state: 'open',
    batches: [
      { name: 'Sesi I', from: 14, to: 14, venue: 'Aula Kantor Wali Kota Tanjungbalai', capacity: 120 },
      { name: 'Sesi II', from: 16, to: 16, venue: 'Aula Kantor Wali Kota Tanjungbalai', capacity: 120 },
      { name: 'Sesi III', from: 19, to: 19, venue: 'Aula Kantor Wali Kota Tanjungbalai', capacity: 120 },
    ],
    applicants: { count: 80 },
  },
];

/**
 * Kenaikan pangkat in the periods before today, under the rules then in force: most of those
 * eligible proposed and decreed by the BKPSDM, a few sent back; the next period's proposals waiting.
 * Sanctions (PP 94/2021: absence without a valid reason, by the days missed) bar some meanwhile.
 */
const promotions: DemoPromotions = {
  decree: { promotion: '823.3', sanction: '862.3', office: 'BKPSDM' },
  proposed: 0.8,
  decreeDaysBefore: 21,
  rejections: [
    'Berkas usul belum lengkap: SK pangkat terakhir dan SKP dua tahun terakhir belum dilegalisasi. ' +
      'Dapat diusulkan kembali pada periode berikutnya.',
    'Data masa kerja golongan berbeda dengan data SIASN; diusulkan kembali setelah data diperbaiki.',
  ],
  sanctions: [
    {
      level: 'sedang',
      from: -380,
      to: -200,
      note:
        'Tidak masuk kerja tanpa alasan yang sah selama 12 hari kerja dalam 1 tahun: pemotongan ' +
        'tunjangan kinerja sebesar 25% selama 6 bulan.',
    },
    {
      level: 'ringan',
      from: -170,
      to: -170,
      note: 'Teguran tertulis: tidak masuk kerja tanpa alasan yang sah selama 5 hari kerja.',
    },
    {
      level: 'sedang',
      from: -330,
      to: -60,
      note:
        'Tidak masuk kerja tanpa alasan yang sah selama 15 hari kerja dalam 1 tahun: pemotongan ' +
        'tunjangan kinerja sebesar 25% selama 9 bulan.',
    },
    {
      level: 'sedang',
      from: -120,
      to: 245,
      note:
        'Tidak masuk kerja tanpa alasan yang sah selama 18 hari kerja dalam 1 tahun: pemotongan ' +
        'tunjangan kinerja sebesar 25% selama 12 bulan.',
    },
  ],
};

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
  policies: [personnelPolicy],
  programs,
  promotions,
};
