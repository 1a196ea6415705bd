import type { UnitKind } from '@jenjang/domain/people/unit-tree.rules';

/**
 * The five governments of the seed articles, with OPD structures of the kind such
 * governments have. Belawan is named as its article names it ("Pemerintah Kota Belawan");
 * its code 12.79 is not a real Kemendagri code and marks it as fictional.
 */
export interface DemoUnit {
  name: string;
  kind: UnitKind;
  /** Relative share of the government's employees working here (and below). */
  weight: number;
  children?: DemoUnit[];
}

export interface DemoRegion {
  slug: string;
  code: string;
  name: string;
  kind: 'provinsi' | 'kota';
  employees: number;
  units: DemoUnit[];
}

const bidang = (...names: string[]): DemoUnit[] => names.map((name) => ({ name, kind: 'bidang', weight: 1 }));

function kotaUnits(kecamatan: string[], personnelAgency: string): DemoUnit[] {
  return [
    {
      name: 'Sekretariat Daerah',
      kind: 'sekretariat',
      weight: 4,
      children: [
        { name: 'Bagian Umum', kind: 'bagian', weight: 1 },
        { name: 'Bagian Hukum', kind: 'bagian', weight: 1 },
        { name: 'Bagian Organisasi', kind: 'bagian', weight: 1 },
      ],
    },
    { name: 'Sekretariat DPRD', kind: 'sekretariat', weight: 1.5 },
    { name: 'Inspektorat Daerah', kind: 'inspektorat', weight: 1.5 },
    { name: 'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah', kind: 'badan', weight: 1.5 },
    {
      name: personnelAgency,
      kind: 'badan',
      weight: 1.5,
      children: bidang(
        'Bidang Pengembangan Kompetensi Aparatur',
        'Bidang Mutasi dan Promosi',
        'Bidang Pengadaan, Pemberhentian dan Informasi',
        'Bidang Penilaian Kinerja Aparatur dan Penghargaan',
      ),
    },
    { name: 'Badan Pengelolaan Keuangan dan Aset Daerah', kind: 'badan', weight: 2 },
    { name: 'Badan Pendapatan Daerah', kind: 'badan', weight: 1.5 },
    { name: 'Badan Penanggulangan Bencana Daerah', kind: 'badan', weight: 1 },
    { name: 'Badan Kesatuan Bangsa dan Politik', kind: 'badan', weight: 0.7 },
    {
      name: 'Dinas Pendidikan',
      kind: 'dinas',
      weight: 34,
      children: [
        ...bidang(
          'Bidang Pembinaan Sekolah Dasar',
          'Bidang Pembinaan Sekolah Menengah Pertama',
          'Bidang Ketenagaan',
        ),
        { name: 'UPT Sekolah Dasar Negeri 001', kind: 'upt', weight: 3 },
        { name: 'UPT Sekolah Dasar Negeri 002', kind: 'upt', weight: 3 },
        { name: 'UPT SMP Negeri 1', kind: 'upt', weight: 4 },
      ],
    },
    {
      name: 'Dinas Kesehatan',
      kind: 'dinas',
      weight: 14,
      children: [
        ...bidang('Bidang Pelayanan Kesehatan', 'Bidang Kesehatan Masyarakat'),
        { name: 'UPT Puskesmas Kota', kind: 'upt', weight: 3 },
        { name: 'UPT Puskesmas Timur', kind: 'upt', weight: 3 },
      ],
    },
    { name: 'Rumah Sakit Umum Daerah', kind: 'rsud', weight: 7 },
    { name: 'Dinas Pekerjaan Umum dan Penataan Ruang', kind: 'dinas', weight: 3 },
    { name: 'Dinas Perumahan dan Kawasan Permukiman', kind: 'dinas', weight: 1.5 },
    { name: 'Satuan Polisi Pamong Praja', kind: 'dinas', weight: 2.5 },
    { name: 'Dinas Sosial', kind: 'dinas', weight: 1.2 },
    {
      name: 'Dinas Kependudukan dan Pencatatan Sipil',
      kind: 'dinas',
      weight: 1.5,
      children: bidang('Bidang Pelayanan Pendaftaran Penduduk', 'Bidang Pelayanan Pencatatan Sipil'),
    },
    { name: 'Dinas Komunikasi dan Informatika', kind: 'dinas', weight: 1.2 },
    { name: 'Dinas Perhubungan', kind: 'dinas', weight: 2 },
    { name: 'Dinas Lingkungan Hidup', kind: 'dinas', weight: 2.5 },
    { name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', kind: 'dinas', weight: 1 },
    { name: 'Dinas Perdagangan dan Perindustrian', kind: 'dinas', weight: 1 },
    { name: 'Dinas Koperasi dan Usaha Mikro', kind: 'dinas', weight: 0.8 },
    { name: 'Dinas Pariwisata dan Kebudayaan', kind: 'dinas', weight: 0.8 },
    { name: 'Dinas Ketahanan Pangan dan Perikanan', kind: 'dinas', weight: 1 },
    ...kecamatan.map(
      (name): DemoUnit => ({
        name: `Kecamatan ${name}`,
        kind: 'kecamatan',
        weight: 1.5,
        children: [{ name: `Kelurahan ${name}`, kind: 'kelurahan', weight: 0.5 }],
      }),
    ),
  ];
}

const DKI_WILAYAH = ['Jakarta Pusat', 'Jakarta Utara', 'Jakarta Barat', 'Jakarta Selatan', 'Jakarta Timur'];

function dkiUnits(): DemoUnit[] {
  return [
    {
      name: 'Sekretariat Daerah Provinsi',
      kind: 'sekretariat',
      weight: 3,
      children: bidang(
        'Biro Umum dan Administrasi Sekretariat Daerah',
        'Biro Organisasi dan Reformasi Birokrasi',
      ),
    },
    { name: 'Sekretariat DPRD Provinsi', kind: 'sekretariat', weight: 1 },
    { name: 'Inspektorat Provinsi', kind: 'inspektorat', weight: 1 },
    {
      name: 'Badan Kepegawaian Daerah',
      kind: 'badan',
      weight: 1,
      children: bidang(
        'Bidang Pengembangan Karier',
        'Bidang Pengadaan dan Mutasi',
        'Bidang Kinerja dan Disiplin',
      ),
    },
    { name: 'Badan Pengembangan Sumber Daya Manusia', kind: 'badan', weight: 0.8 },
    { name: 'Badan Perencanaan Pembangunan Daerah', kind: 'badan', weight: 0.8 },
    { name: 'Badan Pengelola Keuangan Daerah', kind: 'badan', weight: 1.5 },
    { name: 'Badan Pendapatan Daerah', kind: 'badan', weight: 2 },
    {
      name: 'Dinas Pendidikan',
      kind: 'dinas',
      weight: 38,
      children: [
        ...bidang('Bidang Sekolah Dasar', 'Bidang Sekolah Menengah', 'Bidang Ketenagaan Pendidikan'),
        ...DKI_WILAYAH.map(
          (w): DemoUnit => ({ name: `Suku Dinas Pendidikan Wilayah ${w}`, kind: 'sudin', weight: 6 }),
        ),
      ],
    },
    {
      name: 'Dinas Kesehatan',
      kind: 'dinas',
      weight: 16,
      children: DKI_WILAYAH.map(
        (w): DemoUnit => ({ name: `Suku Dinas Kesehatan ${w}`, kind: 'sudin', weight: 3 }),
      ),
    },
    { name: 'Dinas Bina Marga', kind: 'dinas', weight: 3 },
    { name: 'Dinas Sumber Daya Air', kind: 'dinas', weight: 3 },
    { name: 'Dinas Perhubungan', kind: 'dinas', weight: 3 },
    { name: 'Dinas Lingkungan Hidup', kind: 'dinas', weight: 4 },
    { name: 'Dinas Kependudukan dan Pencatatan Sipil', kind: 'dinas', weight: 1.5 },
    { name: 'Dinas Komunikasi, Informatika dan Statistik', kind: 'dinas', weight: 1.2 },
    { name: 'Satuan Polisi Pamong Praja', kind: 'dinas', weight: 3 },
    { name: 'Dinas Sosial', kind: 'dinas', weight: 1.5 },
    ...DKI_WILAYAH.map(
      (w): DemoUnit => ({
        name: `Kota Administrasi ${w}`,
        kind: 'kota_administrasi',
        weight: 3,
        children: [{ name: `Kecamatan di ${w}`, kind: 'kecamatan', weight: 1 }],
      }),
    ),
    { name: 'Kabupaten Administrasi Kepulauan Seribu', kind: 'kabupaten_administrasi', weight: 0.6 },
  ];
}

export const DEMO_REGIONS: DemoRegion[] = [
  {
    slug: 'tanjungpinang',
    code: '21.72',
    name: 'Kota Tanjungpinang',
    kind: 'kota',
    employees: 3_600,
    units: kotaUnits(
      ['Bukit Bestari', 'Tanjungpinang Barat', 'Tanjungpinang Kota', 'Tanjungpinang Timur'],
      'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    ),
  },
  {
    slug: 'dki-jakarta',
    code: '31',
    name: 'Provinsi DKI Jakarta',
    kind: 'provinsi',
    employees: 24_000,
    units: dkiUnits(),
  },
  {
    slug: 'pontianak',
    code: '61.71',
    name: 'Kota Pontianak',
    kind: 'kota',
    employees: 4_500,
    units: kotaUnits(
      [
        'Pontianak Barat',
        'Pontianak Kota',
        'Pontianak Selatan',
        'Pontianak Tenggara',
        'Pontianak Timur',
        'Pontianak Utara',
      ],
      'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    ),
  },
  {
    slug: 'belawan',
    code: '12.79',
    name: 'Kota Belawan',
    kind: 'kota',
    employees: 2_400,
    units: kotaUnits(
      ['Belawan I', 'Belawan II', 'Bagan Deli', 'Bahari'],
      'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    ),
  },
  {
    slug: 'tanjungbalai',
    code: '12.74',
    name: 'Kota Tanjungbalai',
    kind: 'kota',
    employees: 3_000,
    units: kotaUnits(
      [
        'Datuk Bandar',
        'Datuk Bandar Timur',
        'Sei Tualang Raso',
        'Tanjungbalai Selatan',
        'Tanjungbalai Utara',
        'Teluk Nibung',
      ],
      'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    ),
  },
];
