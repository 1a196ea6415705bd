import type { InstrumentDefinitionInput } from '../instrument.contract';
import { levelScale, openText, option, type StatementInput, statement, type Text, t } from './shared';

const abilityNeedHelp = (): Text =>
  t(
    'Nilailah kemampuan Anda saat ini dan kebutuhan Anda untuk mengembangkannya (1 = sangat rendah, 5 = sangat tinggi). Kebutuhan yang lebih tinggi daripada kemampuan menunjukkan prioritas pengembangan.',
    'Rate your current ability and your need to develop it (1 = very low, 5 = very high). A need higher than your ability marks a development priority.',
  );

/** PermenPANRB 38/2017: the managerial competencies M.1–M.8 and the sociocultural SK.1. */
const managerialStatements = (): StatementInput[] => [
  {
    ...statement(
      'm1_integrity',
      'Integritas: bertindak jujur, konsisten, dan sesuai dengan kode etik serta nilai-nilai organisasi, termasuk menolak gratifikasi.',
      "Integrity: acting honestly, consistently and in line with the code of ethics and the organisation's values, including refusing gratuities.",
    ),
    competency: 'M.1',
  },
  {
    ...statement(
      'm2_teamwork',
      'Kerja sama: membangun dan memelihara kerja sama yang produktif dengan rekan kerja, antarunit, dan pemangku kepentingan.',
      'Teamwork: building and maintaining productive cooperation with colleagues, other units and stakeholders.',
    ),
    competency: 'M.2',
  },
  {
    ...statement(
      'm3_communication',
      'Komunikasi: menyampaikan informasi secara lisan dan tertulis dengan jelas, mendengarkan secara aktif, dan memastikan pesan dipahami.',
      'Communication: conveying information clearly, orally and in writing, listening actively and making sure the message is understood.',
    ),
    competency: 'M.3',
  },
  {
    ...statement(
      'm4_results_orientation',
      'Orientasi pada hasil: menetapkan target kerja yang jelas, memantau kemajuannya, dan menyelesaikan pekerjaan sesuai standar mutu dan tenggat waktu.',
      'Results orientation: setting clear work targets, monitoring progress and completing work to quality standards and deadlines.',
    ),
    competency: 'M.4',
  },
  {
    ...statement(
      'm5_public_service',
      'Pelayanan publik: memberikan pelayanan yang cepat, tepat, dan tidak diskriminatif serta menindaklanjuti keluhan masyarakat.',
      "Public service: providing fast, accurate and non-discriminatory service and following up citizens' complaints.",
    ),
    competency: 'M.5',
  },
  {
    ...statement(
      'm6_developing_others',
      'Pengembangan diri dan orang lain: terus belajar untuk meningkatkan kemampuan diri serta membimbing dan memberi umpan balik kepada rekan atau bawahan.',
      'Developing self and others: learning continuously, and coaching and giving feedback to colleagues or subordinates.',
    ),
    competency: 'M.6',
  },
  {
    ...statement(
      'm7_managing_change',
      'Mengelola perubahan: menyesuaikan diri dengan perubahan kebijakan, teknologi, dan cara kerja serta mendorong orang lain menerimanya.',
      'Managing change: adapting to changes in policy, technology and ways of working, and helping others embrace them.',
    ),
    competency: 'M.7',
  },
  {
    ...statement(
      'm8_decision_making',
      'Pengambilan keputusan: menganalisis masalah berdasarkan data, menimbang alternatif beserta risikonya, lalu mengambil keputusan yang tepat waktu dan dapat dipertanggungjawabkan.',
      'Decision making: analysing problems on the basis of data, weighing alternatives and their risks, and taking timely, accountable decisions.',
    ),
    competency: 'M.8',
  },
  {
    ...statement(
      'sk1_nation_bonding',
      'Perekat bangsa: menghargai keberagaman suku, agama, budaya, dan pandangan, serta menjaga persatuan dalam pelaksanaan tugas.',
      'Nation bonding: respecting diversity of ethnicity, religion, culture and opinion, and fostering unity at work.',
    ),
    competency: 'SK.1',
  },
];

// Technical competencies are defined per position by each agency (PermenPANRB 38/2017), so these
// carry no code: an agency adds its own when it adapts the list.
const technicalStatements = (): StatementInput[] => [
  statement(
    'information_systems',
    'Menggunakan sistem informasi dan aplikasi pemerintahan (misalnya SIASN, SIPD, atau aplikasi layanan) sesuai tugas.',
    'Using government information systems and applications (e.g. SIASN, SIPD or service applications) at work.',
  ),
  statement(
    'office_applications',
    'Mengolah dokumen, lembar kerja, dan bahan presentasi dengan aplikasi perkantoran.',
    'Producing documents, spreadsheets and presentations with office applications.',
  ),
  statement(
    'data_analysis',
    'Analisis data: mengumpulkan, mengolah, dan menganalisis data serta menyajikannya sebagai bahan pengambilan keputusan.',
    'Data analysis: collecting, processing and analysing data and presenting it to support decisions.',
  ),
  statement(
    'regional_finance',
    'Pengelolaan keuangan daerah: perencanaan anggaran, penatausahaan, dan pertanggungjawaban sesuai ketentuan.',
    'Regional financial management: budget planning, administration and accountability reporting according to the rules.',
  ),
  statement(
    'procurement',
    'Pengadaan barang/jasa pemerintah sesuai ketentuan, termasuk melalui sistem pengadaan secara elektronik.',
    'Government procurement of goods and services according to the rules, including e-procurement.',
  ),
  statement(
    'public_service_standards',
    'Pelayanan publik: menyusun dan menerapkan standar pelayanan, maklumat pelayanan, serta pengelolaan pengaduan.',
    'Public service delivery: drafting and applying service standards and service charters, and handling complaints.',
  ),
  statement(
    'policy_drafting',
    'Penyusunan kebijakan: menganalisis masalah kebijakan dan menyusun rancangan kebijakan atau produk hukum daerah.',
    'Policy drafting: analysing policy problems and drafting policies or regional regulations.',
  ),
  statement(
    'digital_archives',
    'Manajemen arsip digital: membuat, menyimpan, dan menemukan kembali naskah dinas secara elektronik (misalnya melalui SRIKANDI).',
    'Digital records management: creating, storing and retrieving official documents electronically (e.g. in SRIKANDI).',
  ),
  statement(
    'official_writing',
    'Menyusun naskah dinas sesuai dengan tata naskah dinas yang berlaku.',
    'Writing official documents according to the prevailing rules on official correspondence.',
  ),
  statement(
    'performance_planning',
    'Menyusun perencanaan dan pelaporan kinerja (Renstra, Renja, SKP, dan laporan kinerja instansi).',
    'Planning and reporting performance (strategic and annual work plans, SKP and the agency performance report).',
  ),
  statement(
    'information_security',
    'Menjaga keamanan informasi dan melindungi data pribadi dalam pengelolaan data pemerintahan.',
    'Keeping information secure and protecting personal data when handling government data.',
  ),
];

/** LAN's needs survey practice: ability and need per competency, up to 3 formats, one method. */
export const trainingNeedsDefinition = (): InstrumentDefinitionInput => ({
  kind: 'needs',
  title: t(
    'Survei Analisis Kebutuhan Pengembangan Kompetensi ASN',
    'ASN Competency Development Needs Survey',
  ),
  description: t(
    'Hasil survei ini menjadi dasar penyusunan Rencana Pengembangan Kompetensi instansi. Untuk setiap kompetensi, nilailah kemampuan Anda saat ini dan seberapa besar Anda membutuhkan pengembangannya.',
    "The results inform the agency's Competency Development Plan. For each competency, rate your current ability and how much you need to develop it.",
  ),
  sections: [
    {
      key: 'position',
      title: t('Jabatan', 'Position'),
      questions: [
        {
          key: 'position_kind',
          type: 'single',
          required: false,
          text: t('Jenis jabatan Anda saat ini', 'Your current type of position'),
          help: t(
            'Boleh dikosongkan; jabatan Anda juga tercatat dalam sistem kepegawaian.',
            'Optional; your position is also on record in the personnel system.',
          ),
          options: [
            option('jpt_madya', 'Jabatan Pimpinan Tinggi Madya', 'Senior executive (JPT Madya)'),
            option('jpt_pratama', 'Jabatan Pimpinan Tinggi Pratama', 'Senior executive (JPT Pratama)'),
            option('administrator', 'Jabatan Administrator', 'Administrator'),
            option('pengawas', 'Jabatan Pengawas', 'Supervisor (Pengawas)'),
            option('fungsional', 'Jabatan Fungsional', 'Functional position'),
            option('pelaksana', 'Jabatan Pelaksana', 'Implementing staff (Pelaksana)'),
          ],
        },
      ],
    },
    {
      key: 'managerial',
      title: t('Kompetensi Manajerial dan Sosial Kultural', 'Managerial and Sociocultural Competencies'),
      description: t(
        'Mengacu pada Standar Kompetensi Jabatan ASN (PermenPANRB Nomor 38 Tahun 2017).',
        'Based on the ASN position competency standards (PermenPANRB 38/2017).',
      ),
      questions: [
        {
          key: 'managerial_competencies',
          type: 'abilityNeed',
          text: t(
            'Kemampuan dan kebutuhan pengembangan Anda pada kompetensi berikut',
            'Your ability in, and need to develop, the following competencies',
          ),
          help: abilityNeedHelp(),
          statements: managerialStatements(),
          scale: levelScale(),
        },
      ],
    },
    {
      key: 'technical',
      title: t('Kompetensi Teknis dan Digital', 'Technical and Digital Competencies'),
      description: t(
        'Instansi dapat menyesuaikan daftar ini dengan kompetensi teknis jabatan masing-masing.',
        'Agencies may adapt this list to the technical competencies of their positions.',
      ),
      questions: [
        {
          key: 'technical_competencies',
          type: 'abilityNeed',
          text: t(
            'Kemampuan dan kebutuhan pengembangan Anda pada kompetensi teknis berikut',
            'Your ability in, and need to develop, the following technical competencies',
          ),
          help: abilityNeedHelp(),
          statements: technicalStatements(),
          scale: levelScale(),
        },
      ],
    },
    {
      key: 'preferences',
      title: t('Bentuk dan Metode Pengembangan', 'Development Formats and Methods'),
      questions: [
        {
          key: 'preferred_formats',
          type: 'multiple',
          role: 'preferredFormats',
          maxChoices: 3,
          text: t(
            'Pilih paling banyak tiga bentuk pengembangan kompetensi yang paling Anda minati.',
            'Choose up to three forms of competency development you prefer most.',
          ),
          options: [
            option('classroom_training', 'Pelatihan klasikal (tatap muka di kelas)', 'Classroom training'),
            option('technical_guidance', 'Bimbingan teknis', 'Technical guidance (bimtek)'),
            option('seminar_workshop', 'Seminar, workshop, atau lokakarya', 'Seminar or workshop'),
            option('course', 'Kursus', 'Course'),
            option('e_learning', 'E-learning', 'E-learning'),
            option('distance_training', 'Pelatihan jarak jauh', 'Distance training'),
            option('coaching', 'Coaching', 'Coaching'),
            option('mentoring', 'Mentoring', 'Mentoring'),
            option('on_the_job_guidance', 'Bimbingan di tempat kerja', 'On-the-job guidance'),
            option('internship', 'Magang atau praktik kerja', 'Internship or work placement'),
            option('benchmarking', 'Patok banding (benchmarking) ke instansi lain', 'Benchmarking visit'),
            option('self_learning', 'Belajar mandiri', 'Self-directed learning'),
            option('learning_community', 'Komunitas belajar', 'Learning community'),
            option(
              'degree_study',
              'Pendidikan formal (tugas belajar atau beasiswa)',
              'Formal education (study assignment or scholarship)',
            ),
          ],
        },
        {
          key: 'learning_method',
          type: 'single',
          text: t(
            'Metode pembelajaran mana yang paling sesuai bagi Anda?',
            'Which learning method suits you best?',
          ),
          options: [
            option('face_to_face', 'Luring (tatap muka)', 'In person'),
            option(
              'online_live',
              'Daring sinkron (pertemuan virtual langsung)',
              'Live online (virtual meetings)',
            ),
            option(
              'online_self_paced',
              'Daring mandiri (materi dapat dipelajari kapan saja)',
              'Self-paced online (study at any time)',
            ),
            option(
              'blended',
              'Kombinasi luring dan daring (blended learning)',
              'Blended (in person and online)',
            ),
            option(
              'workplace_practice',
              'Praktik langsung di tempat kerja',
              'Hands-on practice at the workplace',
            ),
          ],
        },
        openText(
          'other_wishes',
          'Sebutkan kebutuhan pengembangan kompetensi atau topik pelatihan lain yang Anda harapkan.',
          'Describe any other development needs or training topics you would like.',
        ),
      ],
    },
  ],
});
