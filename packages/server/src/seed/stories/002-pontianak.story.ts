import { satisfaction, skm } from './answer-biases';
import { REMARK_OPENINGS, reasonsToApply, recipe } from './free-text';
import type { DemoPolicy, DemoProgram, DemoStory } from './story';

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

const EMPLOYEES = 'Survei Kepuasan Pegawai';
const SKM = 'Survei Kepuasan Masyarakat Pelayanan Administrasi Kependudukan';

const COMPETENCY = 'Kebijakan Pengembangan Kompetensi ASN Kota Pontianak';

/**
 * The competency-development policy: training relevant to the public's needs and to new technology,
 * with universities and NGOs, equal access for every ASN, its impact measured by employee and public
 * satisfaction; kept after semester II's public answers showed the population service improving.
 */
const competencyPolicy: DemoPolicy = {
  title: COMPETENCY,
  area: 'kompetensi',
  purpose:
    'Meningkatkan kinerja, efisiensi, dan efektivitas penyelenggaraan pemerintahan melalui pengembangan ' +
    'kompetensi ASN yang relevan dengan kebutuhan masyarakat dan tuntutan zaman.',
  principles: ['relevan dengan kebutuhan masyarakat', 'akses yang sama bagi setiap ASN', 'berbasis bukti'],
  legalBasis: [
    'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara',
    'Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang Pengembangan Kompetensi PNS',
    'Peraturan Menteri PANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat',
  ],
  surveys: [EMPLOYEES, SKM],
  indicators: [
    {
      name: 'IKM pelayanan administrasi kependudukan',
      survey: SKM,
      measure: 'ikm',
      direction: 'up',
      baseline: 76,
      target: 82,
    },
    {
      name: 'Kepuasan kerja pegawai',
      survey: EMPLOYEES,
      measure: { mean: [['overall_satisfaction']] },
      direction: 'up',
      baseline: null,
      target: 4,
    },
  ],
  // Citizens read it on Jenjang's transparency page, the text in force and its PDF.
  public: true,
  drafted: -345,
  text: [
    {
      label: 'BAB I',
      heading: 'PENYELENGGARAAN PELATIHAN',
      parts: [
        {
          label: 'Pasal 1',
          parts: [
            {
              label: '(1)',
              body:
                'Pengembangan kompetensi ASN diselenggarakan dalam bentuk workshop, seminar, dan pelatihan ' +
                'berbasis teknologi yang relevan dengan kebutuhan masyarakat.',
            },
            {
              label: '(2)',
              body:
                'Sebelum sistem informasi manajemen yang baru digunakan, ASN penggunanya mengikuti pelatihan ' +
                'penggunaan sistem tersebut.',
            },
            {
              label: '(3)',
              body:
                'Petugas pelayanan administrasi kependudukan mengikuti pelatihan pelayanan prima dan ' +
                'penanganan pengaduan paling sedikit sekali setahun.',
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
            'Pemerintah Kota bekerja sama dengan perguruan tinggi dan organisasi non-pemerintah untuk ' +
            'memperluas cakupan pelatihan.',
        },
      ],
    },
    {
      label: 'BAB III',
      heading: 'AKSES YANG SAMA',
      parts: [
        {
          label: 'Pasal 3',
          body:
            'Setiap ASN mendapatkan akses yang sama terhadap program pengembangan kompetensi, termasuk ASN ' +
            'di kecamatan, kelurahan, dan unit pelaksana teknis.',
        },
      ],
    },
    {
      label: 'BAB IV',
      heading: 'EVALUASI',
      parts: [
        {
          label: 'Pasal 4',
          parts: [
            {
              label: '(1)',
              body:
                'Dampak pengembangan kompetensi diukur melalui survei kepuasan pegawai dan survei kepuasan ' +
                'masyarakat atas pelayanan, antara lain pelayanan administrasi kependudukan.',
            },
            {
              label: '(2)',
              body: 'Hasil evaluasi menjadi dasar perbaikan dan penyempurnaan kebijakan ini.',
            },
          ],
        },
      ],
    },
  ],
  steps: [
    { day: -330, take: 'adopt', effective: -310, note: 'Ditetapkan oleh Wali Kota.' },
    {
      day: -12,
      take: 'startEvaluation',
      note: 'Evaluasi atas survei kepuasan pegawai dan hasil sementara SKM Disdukcapil semester II.',
    },
    {
      day: -10,
      finding: {
        key: 'ikm-rose',
        body:
          'IKM pelayanan administrasi kependudukan Disdukcapil naik dari semester I ke semester II, terutama ' +
          'pada unsur waktu pelayanan, kompetensi petugas, dan penanganan pengaduan.',
      },
    },
    {
      day: -8,
      recommend: {
        recommendation: 'keep',
        reason: 'Pengembangan kompetensi petugas pelayanan menunjukkan hasil; kebijakan dilanjutkan.',
      },
    },
    {
      day: -5,
      take: 'keep',
      note:
        'IKM pelayanan administrasi kependudukan naik, terutama pada waktu pelayanan, kompetensi petugas, ' +
        'dan penanganan pengaduan: kebijakan dilanjutkan.',
    },
  ],
};

/**
 * The programs the competency policy is carried out by: training on the city's new information
 * systems with its university, every OPD that applies given at least one seat (equal access), and a
 * data-literacy course with a local NGO, one of its classes online.
 */
const programs: DemoProgram[] = [
  // The counter staff's service training between the two semesters of the SKM: its result is the
  // IKM of population administration before and after it (seed 002).
  {
    title: 'Pelatihan Pelayanan Prima Petugas Loket Disdukcapil',
    description:
      'Bimbingan teknis tiga hari bagi petugas loket Dinas Kependudukan dan Pencatatan Sipil: standar waktu ' +
      'pelayanan, menjelaskan persyaratan dengan jelas, menangani pengaduan, dan sikap melayani. Dampaknya ' +
      'dinilai dari Indeks Kepuasan Masyarakat pelayanan administrasi kependudukan sebelum dan sesudah pelatihan.',
    pathCode: 'KL10',
    jp: 24,
    provider: { kind: 'internal', name: 'BKPSDM Kota Pontianak' },
    costPerParticipant: 650_000,
    policy: COMPETENCY,
    competencies: [{ code: 'M.5', targetLevel: 3 }],
    eligibility: { units: /Kependudukan/ },
    opens: -160,
    closes: -140,
    state: 'completed',
    selectedOn: -138,
    batches: [
      { name: 'Angkatan I', from: -117, to: -115, venue: 'Aula Disdukcapil Kota Pontianak', capacity: 24 },
    ],
    applicants: {
      count: 20,
      motivations: reasonsToApply([
        'melayani warga di loket lebih cepat',
        'menjelaskan persyaratan dokumen kependudukan dengan jelas',
        'menangani pengaduan warga dengan tenang',
      ]),
    },
    resultSurvey: SKM,
  },
  {
    title: 'Pelatihan Sistem Informasi Manajemen Pemerintahan Berbasis Elektronik',
    description:
      'Pelatihan penggunaan sistem informasi manajemen yang baru diterapkan Pemerintah Kota Pontianak: ' +
      'tata naskah dinas elektronik, pengelolaan data kepegawaian, dan pelaporan kinerja daring. ' +
      'Diselenggarakan bersama Fakultas Teknik Universitas Tanjungpura. Agar setiap ASN mendapat akses ' +
      'yang sama, setiap OPD yang mendaftarkan pegawainya mendapat sekurang-kurangnya satu kursi dan ' +
      'paling banyak tiga, dan setiap angkatan mencadangkan kursi bagi pegawai PPPK dan bagi perempuan, ' +
      'yang selama ini jarang mengikuti pelatihan teknologi. Hasil seleksi dapat disanggah dalam lima hari.',
    pathCode: 'KL03',
    jp: 32,
    provider: { kind: 'partner', name: 'Universitas Tanjungpura' },
    costPerParticipant: 2_750_000,
    policy: COMPETENCY,
    competencies: [
      { code: 'T.TIK', targetLevel: 3 },
      { code: 'M.7', targetLevel: 2 },
    ],
    quota: { min: 1, max: 3 },
    affirmative: [
      { key: 'pppk', label: 'Pegawai PPPK', employeeTypes: ['PPPK'] },
      { key: 'perempuan', label: 'Perempuan', sexes: ['F'] },
    ],
    appealDays: 5,
    appeals: [
      {
        reason:
          'Nilai kompetensi TIK saya masih tercatat level 1, padahal sertifikasi bulan lalu sudah menetapkan ' +
          'level 2. Mohon skor saya dihitung ulang.',
        decision: 'upheld',
        because:
          'Sertifikat level 2 terbukti belum tercatat; data kompetensi diperbaiki untuk seleksi berikutnya. ' +
          'Kursi kedua angkatan sudah penuh, sehingga Anda tetap di daftar tunggu.',
      },
      {
        reason: 'Saya sudah lama menunggu pelatihan ini dan bidang saya paling membutuhkan sistem yang baru.',
        decision: 'rejected',
        because:
          'Skor dihitung sesuai kriteria dan bobot yang diumumkan sebelum pendaftaran dibuka; kebutuhan bidang ' +
          'tercermin pada selisih kompetensi yang sudah dinilai. Anda tetap di daftar tunggu.',
      },
    ],
    opens: -44,
    closes: -23,
    selectedOn: -21,
    state: 'selected',
    batches: [
      {
        name: 'Angkatan I',
        from: 47,
        to: 50,
        venue: 'Laboratorium Komputer Fakultas Teknik Universitas Tanjungpura',
        capacity: 25,
        reserved: { pppk: 3, perempuan: 5 },
      },
      {
        name: 'Angkatan II',
        from: 68,
        to: 71,
        venue: 'Laboratorium Komputer Fakultas Teknik Universitas Tanjungpura',
        capacity: 25,
        reserved: { pppk: 3, perempuan: 5 },
      },
    ],
    applicants: {
      count: 90,
      nominated: 0.4,
      demoEmployee: true,
      motivations: reasonsToApply([
        'memakai aplikasi baru yang sudah berjalan di kantor tetapi belum pernah saya pelajari',
        'melayani warga lebih cepat dengan sistem yang baru',
        'mengurangi kesalahan input data di loket',
        'membagikan cara pakai sistem baru kepada rekan satu bidang',
      ]),
    },
    withdrawals: 1,
  },
  {
    title: 'Pelatihan Literasi Data dan Keamanan Informasi untuk Operator Layanan',
    description:
      'Pelatihan berbasis teknologi bagi operator layanan di OPD, kecamatan, dan kelurahan: mengelola data ' +
      'layanan secara tertib, mengenali penipuan daring dan kebocoran data, serta melindungi data pribadi ' +
      'warga. Diselenggarakan bersama Yayasan Literasi Digital Khatulistiwa; Angkatan II daring dapat diikuti ' +
      'dari kantor masing-masing.',
    pathCode: 'KL03',
    jp: 24,
    provider: { kind: 'partner', name: 'Yayasan Literasi Digital Khatulistiwa' },
    costPerParticipant: 1_200_000,
    policy: COMPETENCY,
    competencies: [{ code: 'T.TIK', targetLevel: 2 }],
    opens: -9,
    closes: 12,
    state: 'open',
    batches: [
      { name: 'Angkatan I (luring)', from: 40, to: 42, venue: 'Aula BKPSDM Kota Pontianak', capacity: 30 },
      {
        name: 'Angkatan II (daring)',
        from: 54,
        to: 56,
        onlineUrl: 'https://meet.jit.si/LiterasiDataASNPontianak',
        capacity: 40,
      },
    ],
    applicants: {
      count: 28,
      motivations: reasonsToApply([
        'menjaga data pribadi warga yang saya kelola',
        'mengenali pesan penipuan yang masuk ke akun kantor',
        'merapikan data layanan di unit saya',
      ]),
    },
  },
];

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
  policies: [competencyPolicy],
  programs,
};
