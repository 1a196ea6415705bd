import type { InstrumentDefinitionInput } from '../instrument.contract';
import {
  agreementScale,
  agreePrompt,
  openText,
  type QuestionInput,
  type StatementInput,
  satisfactionScale,
  statement,
  t,
} from './shared';

/** One theme's statements; its question names the theme, so results and comparisons tell them apart. */
const agreementMatrix = (key: string, statements: StatementInput[]): QuestionInput => {
  const prompt = agreePrompt();
  const theme = THEMES[key]!;
  return {
    key,
    type: 'matrix',
    text: t(
      `${theme.id}: ${prompt.id.charAt(0).toLowerCase()}${prompt.id.slice(1)}`,
      `${theme.en}: ${prompt.en.charAt(0).toLowerCase()}${prompt.en.slice(1)}`,
    ),
    statements,
    scale: agreementScale(),
  };
};

const THEMES: Record<string, { id: string; en: string }> = {
  job_satisfaction: { id: 'Tentang pekerjaan Anda', en: 'About your job' },
  work_motivation: { id: 'Tentang motivasi kerja Anda', en: 'About your motivation' },
  career_promotion: { id: 'Tentang karier dan promosi', en: 'About career and promotion' },
  leadership_supervision: {
    id: 'Tentang kepemimpinan dan supervisi',
    en: 'About leadership and supervision',
  },
  training_access: { id: 'Tentang akses pengembangan kompetensi', en: 'About access to development' },
  work_environment: { id: 'Tentang lingkungan kerja', en: 'About the work environment' },
};

/** Employee satisfaction by theme; statements on promotion are keyed `promotion_*` for grouping. */
export const employeeSatisfactionDefinition = (): InstrumentDefinitionInput => ({
  kind: 'satisfaction',
  title: t('Survei Kepuasan Pegawai', 'Employee Satisfaction Survey'),
  description: t(
    'Survei ini mengukur kepuasan kerja pegawai sebagai bahan perbaikan kebijakan kepegawaian. Jawaban Anda hanya diolah dan dilaporkan secara agregat.',
    'This survey measures employee satisfaction to improve personnel policy. Your answers are processed and reported in aggregate only.',
  ),
  sections: [
    {
      key: 'job',
      title: t('Kepuasan terhadap Pekerjaan', 'Job Satisfaction'),
      questions: [
        agreementMatrix('job_satisfaction', [
          statement(
            'job_clear_duties',
            'Uraian tugas dan tanggung jawab saya jelas.',
            'My duties and responsibilities are clear.',
          ),
          statement(
            'job_meaningful',
            'Pekerjaan saya bermakna bagi pelayanan kepada masyarakat.',
            'My work matters for the service to citizens.',
          ),
          statement(
            'job_workload',
            'Beban kerja saya sesuai dengan kemampuan dan waktu kerja yang tersedia.',
            'My workload fits my abilities and the working time available.',
          ),
          statement(
            'job_competence_fit',
            'Pekerjaan saya sesuai dengan kompetensi dan latar belakang pendidikan saya.',
            'My work matches my competencies and educational background.',
          ),
          statement(
            'job_pay',
            'Penghasilan saya (gaji dan tambahan penghasilan) sepadan dengan beban dan tanggung jawab kerja.',
            'My income (salary and allowances) is fair for my workload and responsibilities.',
          ),
        ]),
      ],
    },
    {
      key: 'motivation',
      title: t('Motivasi Kerja', 'Motivation'),
      questions: [
        agreementMatrix('work_motivation', [
          statement(
            'motivation_enthusiasm',
            'Saya bersemangat menjalankan pekerjaan setiap hari.',
            'I am keen to do my work every day.',
          ),
          statement(
            'motivation_recognition',
            'Prestasi kerja saya diakui dan dihargai.',
            'My achievements are recognised and appreciated.',
          ),
          statement(
            'motivation_extra_effort',
            'Saya bersedia berupaya lebih demi tercapainya sasaran unit kerja.',
            "I am willing to go the extra mile for my unit's goals.",
          ),
          statement(
            'motivation_pride',
            'Saya bangga bekerja sebagai ASN di instansi ini.',
            'I am proud to work as a civil servant in this agency.',
          ),
        ]),
      ],
    },
    {
      key: 'career',
      title: t('Pengembangan Karier dan Promosi', 'Career Development and Promotion'),
      questions: [
        agreementMatrix('career_promotion', [
          statement(
            'promotion_fair_transparent',
            'Sistem promosi di instansi ini adil dan transparan.',
            'The promotion system in this agency is fair and transparent.',
          ),
          statement(
            'promotion_merit',
            'Promosi dan mutasi didasarkan pada kualifikasi, kompetensi, dan kinerja (sistem merit).',
            'Promotions and transfers are based on qualifications, competence and performance (merit system).',
          ),
          statement(
            'promotion_open_information',
            'Informasi lowongan jabatan beserta persyaratannya diumumkan secara terbuka.',
            'Vacancies and their requirements are announced openly.',
          ),
          statement(
            'promotion_equal_chance',
            'Setiap pegawai memiliki kesempatan yang sama untuk dipromosikan.',
            'Every employee has the same chance of promotion.',
          ),
          statement(
            'career_path_clear',
            'Jalur pengembangan karier saya di instansi ini jelas.',
            'My career path in this agency is clear.',
          ),
          statement(
            'career_rank_on_time',
            'Kenaikan pangkat diproses tepat waktu.',
            'Rank promotions (kenaikan pangkat) are processed on time.',
          ),
          statement(
            'career_performance_used',
            'Hasil penilaian kinerja dimanfaatkan dalam pengembangan karier saya.',
            'Performance appraisal results are used in developing my career.',
          ),
        ]),
      ],
    },
    {
      key: 'leadership',
      title: t('Kepemimpinan dan Supervisi', 'Leadership and Supervision'),
      questions: [
        agreementMatrix('leadership_supervision', [
          statement(
            'leadership_example',
            'Atasan langsung saya memberi teladan dalam integritas dan disiplin.',
            'My direct superior sets an example of integrity and discipline.',
          ),
          statement(
            'leadership_direction',
            'Atasan memberikan arahan dan target kerja yang jelas.',
            'My superior gives clear direction and work targets.',
          ),
          statement(
            'leadership_feedback',
            'Atasan memberikan umpan balik atas kinerja saya secara berkala.',
            'My superior gives me regular feedback on my performance.',
          ),
          statement(
            'leadership_fairness',
            'Atasan memperlakukan seluruh pegawai secara adil.',
            'My superior treats all employees fairly.',
          ),
          statement(
            'leadership_listening',
            'Atasan terbuka terhadap pendapat dan usulan pegawai.',
            "My superior is open to employees' opinions and proposals.",
          ),
        ]),
      ],
    },
    {
      key: 'training',
      title: t('Akses Pengembangan Kompetensi', 'Access to Training and Development'),
      questions: [
        agreementMatrix('training_access', [
          statement(
            'training_equal_access',
            'Setiap pegawai memperoleh kesempatan yang sama untuk mengikuti pengembangan kompetensi.',
            'Every employee has the same opportunity to take part in competency development.',
          ),
          statement(
            'training_annual_hours',
            'Saya dapat memenuhi pengembangan kompetensi paling sedikit 20 JP dalam setahun.',
            'I can complete at least 20 learning hours (JP) of development a year.',
          ),
          statement(
            'training_relevant',
            'Pengembangan kompetensi yang saya ikuti relevan dengan kebutuhan tugas.',
            'The development I take part in is relevant to my duties.',
          ),
          statement(
            'training_needs_heard',
            'Kebutuhan pengembangan kompetensi saya ditanyakan dan diperhatikan dalam perencanaan.',
            'My development needs are asked about and considered in planning.',
          ),
          statement(
            'training_superior_support',
            'Atasan mendukung saya mengikuti pengembangan kompetensi.',
            'My superior supports my taking part in development.',
          ),
        ]),
      ],
    },
    {
      key: 'environment',
      title: t('Lingkungan Kerja', 'Work Environment'),
      questions: [
        agreementMatrix('work_environment', [
          statement(
            'environment_facilities',
            'Sarana dan prasarana kerja memadai.',
            'Work facilities and equipment are adequate.',
          ),
          statement(
            'environment_digital',
            'Aplikasi dan jaringan internet kantor mendukung kelancaran pekerjaan.',
            'Office applications and the internet connection support my work.',
          ),
          statement(
            'environment_safety',
            'Lingkungan kerja aman, sehat, dan nyaman.',
            'The workplace is safe, healthy and comfortable.',
          ),
          statement(
            'environment_relations',
            'Hubungan kerja antarrekan terjalin dengan baik.',
            'Working relations between colleagues are good.',
          ),
          statement(
            'environment_respect',
            'Lingkungan kerja bebas dari perundungan, diskriminasi, dan pelecehan.',
            'The workplace is free of bullying, discrimination and harassment.',
          ),
          statement(
            'environment_work_life',
            'Saya dapat menyeimbangkan pekerjaan dan kehidupan pribadi.',
            'I can balance work and private life.',
          ),
        ]),
      ],
    },
    {
      key: 'overall',
      title: t('Penilaian Keseluruhan', 'Overall Assessment'),
      questions: [
        {
          key: 'overall_satisfaction',
          type: 'likert',
          text: t(
            'Secara keseluruhan, seberapa puas Anda bekerja di instansi ini?',
            'Overall, how satisfied are you working in this agency?',
          ),
          scale: satisfactionScale(),
        },
        openText(
          'proposals',
          'Usulan Anda untuk meningkatkan kepuasan kerja pegawai',
          'Your proposals to improve employee satisfaction',
        ),
      ],
    },
  ],
});
