import { CurriculumBody } from '@jenjang/domain/programs/curriculum.contract';
import type { Actor } from '@jenjang/domain/shared/access';
import type { Db } from '../db/database';
import { reviseCurriculum } from '../features/programs/curriculum.service';

// The curricula of the demo's programs, by program title: each program's first version, recorded
// as the agency drafts the program (before its batches, so they teach it), and where the story
// tells of one, a revision after a batch, on its participants' feedback, that the batches not yet
// started then teach. Each version's modules add up to its program's JP.

type Module = [title: string, jp: number, objectives: string[]];

export interface DemoRevision {
  /** The batch whose evaluation is the evidence, recorded once it is held. */
  afterBatch: string;
  /** The day of the story it is recorded on (a batch starting after it moves to the revision). */
  day: number;
  reason: string;
  modules: Module[];
}

interface DemoCurriculum {
  modules: Module[];
  revision?: DemoRevision;
}

/** Jakarta's leadership training for supervisors as its 2026 evaluation revised it. */
const SUPERVISORS_REVISED: Module[] = [
  [
    'Analisis Kebutuhan dan Tantangan Pengawas di Lapangan',
    6,
    ['Memetakan tantangan pengawas di sekolah dan kantor dinas', 'Menetapkan kebutuhan belajar sendiri'],
  ],
  [
    'Kepemimpinan Pengawas dan Pengelolaan Tim',
    10,
    ['Membagi tugas dan menetapkan ekspektasi tim', 'Memantau kinerja tim dan memberi umpan balik'],
  ],
  [
    'Studi Kasus Sekolah dan Kantor Dinas',
    12,
    ['Menganalisis kasus kepemimpinan dari unit kerja peserta', 'Merumuskan pilihan tindakan dan akibatnya'],
  ],
  [
    'Simulasi Memimpin Rapat dan Memberi Umpan Balik',
    8,
    ['Memimpin rapat yang menghasilkan keputusan', 'Menyampaikan umpan balik yang spesifik dan membangun'],
  ],
  ['Rencana Aksi Perubahan di Unit Kerja', 4, ['Menyusun rencana aksi perubahan tiga bulan di unit kerja']],
];

export const DEMO_CURRICULA: Record<string, DemoCurriculum> = {
  'Seminar Inovasi Pelayanan Publik Lintas OPD 2026': {
    modules: [
      [
        'Kebijakan dan Arah Inovasi Pelayanan Publik',
        2,
        [
          'Menjelaskan arah kebijakan inovasi pelayanan publik daerah',
          'Mengenali inovasi yang layak direplikasi',
        ],
      ],
      [
        'Praktik Baik OPD Peraih Penghargaan Inovasi',
        3,
        [
          'Menguraikan langkah dari masalah layanan hingga inovasi',
          'Mengenali faktor keberhasilan dan hambatannya',
        ],
      ],
      [
        'Merancang Gagasan Inovasi Lintas OPD',
        3,
        [
          'Merumuskan masalah layanan bersama peserta OPD lain',
          'Menyusun gagasan inovasi dan rencana uji cobanya',
        ],
      ],
    ],
  },
  'Kursus Analisis Data dan Dasbor untuk Pengambilan Keputusan': {
    modules: [
      [
        'Mengumpulkan dan Merapikan Data Pelayanan',
        8,
        ['Menghimpun data layanan unit kerja', 'Membersihkan dan menstrukturkan data'],
      ],
      [
        'Analisis Data dengan Lembar Kerja',
        10,
        ['Meringkas data dengan tabel pivot dan rumus', 'Membaca tren dan perbandingan'],
      ],
      ['Visualisasi dan Penyusunan Dasbor', 10, ['Memilih grafik yang tepat', 'Menyusun dasbor unit kerja']],
      ['Menyajikan Data untuk Pengambilan Keputusan', 4, ['Menyampaikan temuan data kepada pimpinan']],
    ],
  },
  'Workshop Penyusunan SOP dan Standar Pelayanan': {
    modules: [
      ['Kebijakan SOP dan Standar Pelayanan', 3, ['Menjelaskan dasar hukum SOP dan standar pelayanan']],
      [
        'Menyusun dan Memperbarui SOP Unit Kerja',
        6,
        ['Memetakan proses kerja', 'Menuliskan SOP dengan diagram alir'],
      ],
      [
        'Standar Pelayanan dan Maklumat Pelayanan',
        4,
        ['Menyusun komponen standar pelayanan', 'Merumuskan maklumat pelayanan'],
      ],
      ['Alur Pengaduan dan Umpan Balik Masyarakat', 3, ['Merancang alur pengaduan yang ditindaklanjuti']],
    ],
  },
  'Pelatihan Talenta Digital ASN: Pengembangan Aplikasi dan Analitika Data': {
    modules: [
      [
        'Pengembangan Aplikasi Layanan',
        14,
        ['Merancang antarmuka layanan', 'Membangun aplikasi web sederhana'],
      ],
      ['Pengelolaan Basis Data', 8, ['Merancang skema basis data layanan', 'Menulis kueri SQL']],
      [
        'Analitika Data',
        10,
        ['Mengolah dan menganalisis data layanan', 'Menyajikan hasil analisis dalam dasbor'],
      ],
      ['Keamanan Informasi', 4, ['Menerapkan kendali akses dan pencadangan data']],
      ['Proyek Aplikasi OPD Peserta', 4, ['Menyelesaikan purwarupa aplikasi untuk OPD sendiri']],
    ],
  },
  'Pelatihan Kepemimpinan Pengawas Tahun 2027': { modules: SUPERVISORS_REVISED },
  'Pelatihan Pelayanan Prima Petugas Loket Disdukcapil': {
    modules: [
      [
        'Standar Pelayanan dan Waktu Layanan Administrasi Kependudukan',
        8,
        [
          'Menerapkan standar waktu layanan di loket',
          'Menjelaskan persyaratan dokumen kependudukan dengan jelas',
        ],
      ],
      [
        'Menangani Pengaduan Warga',
        8,
        ['Menerima dan menindaklanjuti pengaduan sesuai prosedur', 'Menenangkan warga yang kecewa'],
      ],
      ['Sikap Melayani dan Komunikasi di Loket', 8, ['Menyapa dan melayani warga dengan ramah dan jelas']],
    ],
  },
  // Mentoring: the themes the pairs work through, with the JP they are planned to take.
  'Mentoring Administrasi dan Kebijakan Pendidikan bagi ASN Muda Dinas Pendidikan': {
    modules: [
      [
        'Administrasi Sekolah dan Dinas Pendidikan',
        6,
        ['Menjelaskan alur administrasi sekolah dan dinas', 'Mengelola data pokok pendidikan untuk laporan'],
      ],
      [
        'Telaah Regulasi dan Kebijakan Pendidikan',
        8,
        ['Menelaah regulasi pendidikan yang berlaku', 'Menyusun telaah staf tentang satu kebijakan'],
      ],
      [
        'Laporan Kinerja dan Presentasi Telaah',
        6,
        ['Menyusun laporan kinerja bidang', 'Mempresentasikan telaah kebijakan di rapat bidang'],
      ],
    ],
  },
  // Its first class found the general curriculum far from a supervisor's day (relevance ≈ 2.7 of 5):
  // revised before Angkatan II, which rated it relevant (the story's training-reaction survey).
  'Pelatihan Kepemimpinan Pengawas Tahun 2026': {
    modules: [
      ['Konsep Kepemimpinan', 12, ['Menjelaskan teori dan gaya kepemimpinan']],
      ['Manajemen Organisasi Publik', 10, ['Menjelaskan fungsi manajemen dalam organisasi publik']],
      ['Komunikasi Organisasi', 8, ['Menjelaskan saluran dan hambatan komunikasi organisasi']],
      ['Etika dan Integritas Pengawas', 6, ['Menjelaskan kode etik dan nilai dasar ASN']],
      [
        'Rencana Aksi Perubahan di Unit Kerja',
        4,
        ['Menyusun rencana aksi perubahan tiga bulan di unit kerja'],
      ],
    ],
    revision: {
      afterBatch: 'Angkatan I',
      day: -228,
      reason:
        'Evaluasi reaksi peserta Angkatan I: materi dinilai kurang relevan dengan tugas pengawas (rerata ' +
        'relevansi 2,7 dari 5) dan terlalu umum; peserta meminta studi kasus dari sekolah dan kantor dinas ' +
        'sendiri serta latihan memimpin rapat. Kurikulum disusun ulang dari analisis kebutuhan pelatihan dan ' +
        'tantangan pengawas di lapangan, sesuai Pasal 2 ayat (3) Kebijakan Pengembangan Karier ASN.',
      modules: SUPERVISORS_REVISED,
    },
  },
  'Pelatihan Sistem Informasi Manajemen Pemerintahan Berbasis Elektronik': {
    modules: [
      ['Tata Naskah Dinas Elektronik', 10, ['Membuat, memaraf, dan mengirim naskah dinas elektronik']],
      [
        'Pengelolaan Data Kepegawaian',
        10,
        ['Memutakhirkan data kepegawaian unit kerja', 'Memeriksa kelengkapan data'],
      ],
      ['Pelaporan Kinerja Daring', 8, ['Mengisi dan memverifikasi laporan kinerja daring']],
      ['Praktik Terpadu dengan Data Unit Kerja', 4, ['Menjalankan alur kerja harian di sistem baru']],
    ],
  },
  'Pelatihan Literasi Data dan Keamanan Informasi untuk Operator Layanan': {
    modules: [
      ['Pengelolaan Data Layanan yang Tertib', 8, ['Mencatat dan menyimpan data layanan dengan benar']],
      [
        'Mengenali Penipuan Daring dan Kebocoran Data',
        8,
        ['Mengenali pengelabuan dan tautan berbahaya', 'Melaporkan insiden'],
      ],
      ['Pelindungan Data Pribadi Warga', 8, ['Menerapkan prinsip pelindungan data pribadi dalam layanan']],
    ],
  },
  'Pelatihan Teknologi Informasi: Pengembangan Sistem Informasi Pelayanan': {
    modules: [
      [
        'Analisis Kebutuhan Sistem Informasi Pelayanan',
        8,
        ['Memetakan proses layanan dan kebutuhan penggunanya'],
      ],
      [
        'Perancangan Basis Data dan Antarmuka',
        12,
        ['Merancang basis data layanan', 'Merancang antarmuka yang mudah dipakai'],
      ],
      [
        'Pengembangan dan Pengujian Aplikasi',
        12,
        ['Membangun aplikasi layanan', 'Menguji aplikasi bersama pengguna'],
      ],
      [
        'Operasi, Keamanan, dan Akuntabilitas Sistem',
        8,
        ['Menyusun prosedur operasi dan jejak audit sistem'],
      ],
    ],
  },
  'Pelatihan Pengelolaan Keuangan Daerah bagi Bendahara dan Pengelola Keuangan': {
    modules: [
      ['Perencanaan dan Penganggaran Daerah', 8, ['Menyusun rencana kerja dan anggaran unit kerja']],
      [
        'Penatausahaan dan Pertanggungjawaban Bendahara',
        12,
        ['Menatausahakan penerimaan dan pengeluaran', 'Menyusun SPJ'],
      ],
      [
        'Pelaporan Keuangan Daerah',
        12,
        ['Menyusun laporan keuangan unit kerja sesuai standar akuntansi pemerintahan'],
      ],
    ],
  },
  'Pelatihan Pelayanan Publik Prima': {
    modules: [
      ['Standar Pelayanan', 8, ['Menerapkan standar pelayanan unit kerja']],
      [
        'Informasi Persyaratan yang Cepat dan Lengkap',
        8,
        ['Menyampaikan persyaratan layanan dengan jelas dan lengkap'],
      ],
      ['Menanggapi Umpan Balik Masyarakat', 8, ['Menindaklanjuti keluhan dan masukan masyarakat']],
    ],
  },
  'Pelatihan Penilaian Kinerja bagi Atasan Langsung': {
    modules: [
      [
        'Menyusun SKP dan Ekspektasi Kinerja',
        6,
        ['Menurunkan sasaran kinerja kepada staf', 'Menetapkan ekspektasi yang terukur'],
      ],
      [
        'Dialog dan Umpan Balik Kinerja',
        5,
        ['Memimpin dialog kinerja berkala', 'Memberi umpan balik yang membangun'],
      ],
      ['Menilai Perilaku Kerja secara Objektif', 5, ['Menilai perilaku kerja berdasarkan bukti']],
    ],
  },
  'Sosialisasi Sistem Manajemen Kinerja ASN': {
    modules: [
      ['Perencanaan Kinerja dan SKP', 1, ['Menjelaskan perencanaan kinerja dan SKP']],
      ['Dialog Kinerja', 1, ['Menjelaskan dialog kinerja antara atasan dan pegawai']],
      ['Penilaian dan Predikat Kinerja', 1, ['Menjelaskan penilaian dan predikat kinerja']],
      ['Meningkatkan Kinerja', 1, ['Menjelaskan tindak lanjut hasil penilaian kinerja']],
    ],
  },
};

const bodyOf = (modules: Module[], revision?: { reason: string; evidenceBatchIds: number[] }) =>
  CurriculumBody.parse({
    modules: modules.map(([title, jp, objectives]) => ({ title, jp, objectives })),
    reason: revision?.reason ?? null,
    evidenceBatchIds: revision?.evidenceBatchIds ?? [],
  });

/** The program's first curriculum version: every demo program has one. */
export async function recordDemoCurriculum(
  db: Db,
  admin: Actor,
  program: { id: number; title: string },
  on: Date,
) {
  const curriculum = DEMO_CURRICULA[program.title];
  if (!curriculum) throw new Error(`demo program "${program.title}": no curriculum in demo-curricula.ts`);
  await reviseCurriculum(db, admin, program.id, bodyOf(curriculum.modules), on);
}

/** The revision the story tells of after this batch, if any. */
export function demoRevisionAfter(title: string, batch: string): DemoRevision | undefined {
  const revision = DEMO_CURRICULA[title]?.revision;
  return revision?.afterBatch === batch ? revision : undefined;
}

/** Records the revision with the held batch as its evidence; the batches not yet started move to it. */
export async function reviseDemoCurriculum(
  db: Db,
  admin: Actor,
  programId: number,
  revision: DemoRevision,
  evidenceBatchId: number,
  on: Date,
) {
  await reviseCurriculum(
    db,
    admin,
    programId,
    bodyOf(revision.modules, { reason: revision.reason, evidenceBatchIds: [evidenceBatchId] }),
    on,
  );
}
