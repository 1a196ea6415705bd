import { SKM_ELEMENT_KEYS } from '@jenjang/domain/surveys/survey-templates/skm.template';
import type { AnswerBias } from './demo-answers';

// The surveys each seed article's story needs, with how their respondents tend to answer. Days
// are relative to today, so the demo always has a wave open to answer and waves closed to read.

export interface DemoWave {
  label: string;
  /** Window in days from today (negative: in the past). */
  from: number;
  to: number;
  /** Responses at demo scale 1. */
  responses: number;
  population?: number;
  bias: AnswerBias;
}

export interface DemoSurvey {
  templateKey: string;
  title: string;
  mode: 'identified' | 'anonymous' | 'public';
  /** Everyone, or a sample of `size` employees spread over many OPDs (a training's participants). */
  audience?: { kind: 'all' } | { kind: 'sample'; size: number; units?: RegExp };
  /** Public surveys: the service counter's unit, its service, and a readable demo code. */
  service?: { unit: RegExp; name: string; code: string };
  waves: DemoWave[];
}

const SKM_PROFILE = {
  sex: { male: 45, female: 55 },
  age_band: { under_20: 4, age_20_29: 24, age_30_39: 30, age_40_49: 22, age_50_59: 14, age_60_over: 6 },
  education: {
    primary_or_less: 6,
    junior_secondary: 10,
    senior_secondary: 42,
    diploma: 12,
    bachelor: 26,
    postgraduate: 4,
  },
  occupation: { civil_servant: 12, private_employee: 30, self_employed: 28, student: 14, other: 16 },
};

const skm = (u: [number, number, number, number, number, number, number, number, number]): AnswerBias => ({
  means: Object.fromEntries(SKM_ELEMENT_KEYS.map((key, i) => [key, u[i]!])),
  weights: SKM_PROFILE,
  skipOptional: 0.08,
  texts: {
    suggestions: {
      share: 0.3,
      pool: [
        'Antrean pagi terlalu panjang, mohon tambah loket.',
        'Petugas ramah dan membantu.',
        'Informasi persyaratan di website belum lengkap.',
        'Sistem antrean daring sangat membantu.',
        'Mohon jam layanan diperpanjang sampai sore.',
        'Ruang tunggu panas, perlu kipas atau AC.',
        'Pelayanan cepat, terima kasih.',
        'Kadang sistem sedang gangguan sehingga harus kembali besok.',
      ],
    },
  },
});

const satisfaction = (promotion: number, others: number, equalTraining = others): AnswerBias => {
  const matrix: Record<string, string[]> = {
    job_satisfaction: ['job_clear_duties', 'job_meaningful', 'job_workload', 'job_competence_fit', 'job_pay'],
    work_motivation: [
      'motivation_enthusiasm',
      'motivation_recognition',
      'motivation_extra_effort',
      'motivation_pride',
    ],
    career_promotion: [
      'promotion_fair_transparent',
      'promotion_merit',
      'promotion_open_information',
      'promotion_equal_chance',
      'career_path_clear',
      'career_rank_on_time',
      'career_performance_used',
    ],
    leadership_supervision: [
      'leadership_example',
      'leadership_direction',
      'leadership_feedback',
      'leadership_fairness',
      'leadership_listening',
    ],
    training_access: [
      'training_equal_access',
      'training_annual_hours',
      'training_relevant',
      'training_needs_heard',
      'training_superior_support',
    ],
    work_environment: [
      'environment_facilities',
      'environment_digital',
      'environment_safety',
      'environment_relations',
      'environment_respect',
      'environment_work_life',
    ],
  };
  const means: Record<string, number> = { overall_satisfaction: (promotion + others * 3) / 4 };
  for (const [question, statements] of Object.entries(matrix)) {
    for (const statement of statements) {
      const mean = statement.startsWith('promotion_')
        ? promotion
        : statement === 'training_equal_access'
          ? equalTraining
          : others;
      means[`${question}.${statement}`] = mean;
    }
  }
  return {
    means,
    texts: {
      proposals: {
        share: 0.25,
        pool: [
          'Kriteria promosi jabatan perlu diumumkan secara terbuka.',
          'Hasil penilaian kinerja belum dipakai untuk promosi.',
          'Mohon kesempatan pelatihan dibagi merata ke semua OPD.',
          'Pimpinan perlu lebih sering memberi umpan balik.',
          'Fasilitas kerja sudah baik, jaringan internet perlu ditingkatkan.',
          'Proses kenaikan pangkat sering terlambat.',
          'Perlu forum rutin untuk menyampaikan usulan pegawai.',
        ],
      },
    },
  };
};

const needs = (): AnswerBias => {
  const gaps: Record<string, [number, number]> = {
    'technical_competencies.information_systems': [2.6, 4.5],
    'technical_competencies.data_analysis': [2.5, 4.3],
    'technical_competencies.public_service_standards': [2.9, 4.4],
    'technical_competencies.digital_archives': [2.6, 4.1],
    'technical_competencies.information_security': [2.4, 3.9],
    'managerial_competencies.m5_public_service': [3.1, 4.4],
    'managerial_competencies.m7_managing_change': [2.9, 4.2],
    'managerial_competencies.m4_results_orientation': [3.2, 4.0],
  };
  const means: Record<string, number> = {};
  for (const [path, [ability, need]] of Object.entries(gaps)) {
    means[`${path}.ability`] = ability;
    means[`${path}.need`] = need;
  }
  return {
    means,
    weights: {
      preferred_formats: {
        seminar_workshop: 3,
        e_learning: 2.5,
        technical_guidance: 2.5,
        course: 2,
        mentoring: 1.6,
        classroom_training: 1.5,
        coaching: 1,
        benchmarking: 1,
      },
      learning_method: {
        blended: 4,
        face_to_face: 3,
        online_live: 2,
        online_self_paced: 1.5,
        workplace_practice: 2,
      },
      position_kind: {
        pelaksana: 5,
        fungsional: 4,
        pengawas: 1.5,
        administrator: 0.6,
        jpt_pratama: 0.1,
        jpt_madya: 0.02,
      },
    },
    texts: {
      other_wishes: {
        share: 0.2,
        pool: [
          'Pelatihan aplikasi SRIKANDI untuk arsip digital.',
          'Seminar inovasi pelayanan publik bersama OPD lain.',
          'Kursus analisis data dengan Excel dan dashboard.',
          'Bimtek pengelolaan keuangan daerah untuk bendahara.',
          'Pelatihan bahasa Inggris untuk pelayanan wisatawan.',
        ],
      },
    },
  };
};

const reaction = (relevance: number, time = 3.4): AnswerBias => ({
  level: 0.78,
  means: { material_relevance: relevance, application_intent: relevance - 0.1, time_allocation: time },
  texts: {
    suggestions: {
      share: 0.45,
      pool: [
        'Waktu praktik perlu ditambah.',
        'Studi kasus dari OPD lain sangat bermanfaat.',
        'Materi perlu disesuaikan dengan pekerjaan di lapangan.',
        'Narasumber menguasai materi dan interaktif.',
        'Mohon modul dibagikan dalam bentuk digital.',
      ],
    },
    application_first: {
      share: 0.5,
      pool: [
        'Menyederhanakan alur layanan di unit saya.',
        'Membuat SOP layanan yang baru.',
        'Menerapkan survei kepuasan di loket.',
        'Berbagi materi dengan rekan satu bidang.',
      ],
    },
  },
});

export const DEMO_SURVEYS: Record<string, DemoSurvey[]> = {
  // Seed 000: a survey of ASN training wishes feeds program design; a seminar for many OPDs is rated.
  tanjungpinang: [
    {
      templateKey: 'training-needs',
      title: 'Survei Kebutuhan Pengembangan Kompetensi ASN',
      mode: 'anonymous',
      audience: { kind: 'all' },
      waves: [
        { label: 'Tahun 2026', from: -330, to: -300, responses: 1150, bias: needs() },
        { label: 'Tahun 2027', from: -10, to: 30, responses: 420, bias: needs() },
      ],
    },
    {
      templateKey: 'training-reaction',
      title: 'Evaluasi Seminar Inovasi Pelayanan Publik Lintas OPD',
      mode: 'identified',
      audience: { kind: 'sample', size: 45 },
      waves: [
        { label: 'Seminar Agustus 2026', from: -110, to: -90, responses: 38, bias: reaction(4.3, 3.0) },
      ],
    },
  ],
  // Seed 001: motivation and job satisfaction; a training found irrelevant, revised, rated again.
  'dki-jakarta': [
    {
      templateKey: 'employee-satisfaction',
      title: 'Survei Motivasi dan Kepuasan Kerja ASN',
      mode: 'anonymous',
      audience: { kind: 'all' },
      waves: [
        { label: 'Tahun 2026', from: -140, to: -110, responses: 3200, bias: satisfaction(3.2, 3.8, 3.0) },
      ],
    },
    {
      templateKey: 'training-reaction',
      title: 'Evaluasi Pelatihan Kepemimpinan Pengawas',
      mode: 'identified',
      audience: { kind: 'sample', size: 120, units: /Pendidikan/ },
      waves: [
        { label: 'Angkatan I', from: -260, to: -240, responses: 52, bias: reaction(2.7) },
        { label: 'Angkatan II (kurikulum direvisi)', from: -80, to: -60, responses: 55, bias: reaction(4.2) },
      ],
    },
  ],
  // Seed 002: employee and public satisfaction measure impact, e.g. population administration.
  pontianak: [
    {
      templateKey: 'employee-satisfaction',
      title: 'Survei Kepuasan Pegawai',
      mode: 'anonymous',
      audience: { kind: 'all' },
      waves: [{ label: 'Tahun 2026', from: -120, to: -95, responses: 900, bias: satisfaction(3.4, 3.7) }],
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
          bias: skm([3.1, 2.9, 2.5, 3.9, 3.2, 2.8, 3.3, 2.7, 3.0]),
        },
        {
          label: 'Semester II 2026',
          from: -100,
          to: 30,
          responses: 395,
          population: 15_000,
          bias: skm([3.3, 3.3, 3.2, 3.9, 3.4, 3.3, 3.5, 3.0, 3.1]),
        },
      ],
    },
  ],
  // Seed 003: public feedback on ASN performance; competency gain surveyed after IT training.
  belawan: [
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
              what_went_wrong: {
                share: 0.7,
                pool: ['Harus datang dua kali karena berkas kurang.', 'Petugas kurang menjelaskan.'],
              },
              comments: {
                share: 0.3,
                pool: ['Pelayanan semakin baik.', 'Perlu papan informasi yang jelas.'],
              },
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
            weights: { obstacles: { lack_of_tools: 3, workload: 2, no_opportunity: 1.5, none: 2 } },
            texts: {
              application_examples: {
                share: 0.6,
                pool: [
                  'Membuat aplikasi antrean daring di kelurahan.',
                  'Memindahkan arsip surat ke sistem informasi.',
                  'Dashboard data layanan untuk pimpinan.',
                ],
              },
            },
          },
        },
      ],
    },
  ],
  // Seed 004: evaluation every six months; promotion satisfaction falls below the rest, the policy
  // is revised, and the next evaluation shows it recovering.
  tanjungbalai: [
    {
      templateKey: 'employee-satisfaction',
      title: 'Evaluasi Kebijakan Kepegawaian (Survei Pegawai)',
      mode: 'anonymous',
      audience: { kind: 'all' },
      waves: [
        { label: 'Semester I 2026', from: -330, to: -300, responses: 1020, bias: satisfaction(2.8, 3.7) },
        { label: 'Semester II 2026', from: -150, to: -120, responses: 1080, bias: satisfaction(2.3, 3.7) },
        // After the promotion policy was revised on the employees' proposals: a third evaluation,
        // still collecting answers, so the results page draws the trend over three waves.
        { label: 'Semester I 2027', from: -20, to: 10, responses: 640, bias: satisfaction(2.8, 3.7) },
      ],
    },
  ],
};
