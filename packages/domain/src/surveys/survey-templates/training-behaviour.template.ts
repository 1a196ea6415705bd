import type { InstrumentDefinitionInput } from '../instrument.contract';
import { agree, agreementScale, agreePrompt, frequencyScale, openText, option, t } from './shared';

/**
 * Kirkpatrick level 3 (behaviour), months after the training. The alumnus and the direct supervisor
 * answer the same questions under the same keys, so their views can be set side by side.
 */
export function trainingBehaviourDefinition(who: 'alumni' | 'supervisor'): InstrumentDefinitionInput {
  const say = <T>(alumni: T, supervisor: T): T => (who === 'alumni' ? alumni : supervisor);
  return {
    kind: 'behaviour',
    title: say(
      t(
        'Evaluasi Pasca Pelatihan: Penerapan di Tempat Kerja (Alumni)',
        'Post-training Evaluation: Application at Work (Alumni)',
      ),
      t(
        'Evaluasi Pasca Pelatihan: Penerapan di Tempat Kerja (Atasan Langsung)',
        'Post-training Evaluation: Application at Work (Direct Supervisor)',
      ),
    ),
    description: say(
      t(
        'Evaluasi level 3 (perilaku), diisi oleh alumni tiga sampai enam bulan setelah pelatihan, untuk mengetahui sejauh mana hasil pelatihan diterapkan dalam pekerjaan.',
        'Level 3 (behaviour) evaluation, completed by alumni three to six months after the training, on how far what was learned is applied at work.',
      ),
      t(
        'Evaluasi level 3 (perilaku), diisi oleh atasan langsung alumni tiga sampai enam bulan setelah pelatihan, berdasarkan pengamatan atas pekerjaan pegawai yang bersangkutan.',
        "Level 3 (behaviour) evaluation, completed by the alumnus's direct supervisor three to six months after the training, based on observing the employee's work.",
      ),
    ),
    sections: [
      {
        key: 'application',
        title: t('Penerapan Hasil Pelatihan', 'Applying What Was Learned'),
        questions: [
          {
            key: 'application_frequency',
            type: 'likert',
            text: say(
              t(
                'Seberapa sering Anda menerapkan pengetahuan dan keterampilan dari pelatihan dalam pekerjaan sehari-hari?',
                'How often do you apply the knowledge and skills from the training in your daily work?',
              ),
              t(
                'Seberapa sering pegawai tersebut menerapkan pengetahuan dan keterampilan dari pelatihan dalam pekerjaan sehari-hari?',
                'How often does the employee apply the knowledge and skills from the training in their daily work?',
              ),
            ),
            scale: frequencyScale(),
          },
          {
            key: 'behaviour_change',
            type: 'likert',
            text: say(
              t(
                'Cara kerja saya menjadi lebih baik setelah mengikuti pelatihan.',
                'I work better since the training.',
              ),
              t(
                'Saya melihat cara kerja pegawai tersebut menjadi lebih baik setelah pelatihan.',
                'I have seen the employee work better since the training.',
              ),
            ),
            scale: agreementScale(),
          },
          {
            key: 'application_examples',
            type: 'text',
            required: false,
            long: true,
            maxLength: 2000,
            showIf: { question: 'application_frequency', anyOf: [2, 3, 4, 5] },
            text: say(
              t(
                'Berikan contoh konkret penerapan hasil pelatihan dalam pekerjaan Anda.',
                'Give concrete examples of how you have applied the training in your work.',
              ),
              t(
                'Berikan contoh konkret penerapan hasil pelatihan yang Anda amati.',
                'Give concrete examples you have observed of the training being applied.',
              ),
            ),
          },
        ],
      },
      {
        key: 'obstacles',
        title: t('Hambatan Penerapan', 'Obstacles'),
        questions: [
          {
            key: 'obstacles',
            type: 'multiple',
            text: say(
              t(
                'Hambatan apa saja yang Anda alami dalam menerapkan hasil pelatihan? (boleh memilih lebih dari satu)',
                'What has made it hard for you to apply the training? (choose all that apply)',
              ),
              t(
                'Hambatan apa saja yang Anda amati dalam penerapan hasil pelatihan oleh pegawai tersebut? (boleh memilih lebih dari satu)',
                'What obstacles have you observed to the employee applying the training? (choose all that apply)',
              ),
            ),
            options: [
              option(
                'no_opportunity',
                'Tidak ada kesempatan atau penugasan yang sesuai',
                'No opportunity or suitable assignment',
              ),
              option(
                'no_superior_support',
                'Kurang dukungan dari atasan',
                'Too little support from the superior',
              ),
              option(
                'no_colleague_support',
                'Kurang dukungan dari rekan kerja',
                'Too little support from colleagues',
              ),
              option(
                'lack_of_tools',
                'Sarana, perangkat, atau anggaran tidak memadai',
                'Not enough equipment, tools or budget',
              ),
              option(
                'material_not_relevant',
                'Materi pelatihan kurang relevan dengan pekerjaan',
                'Training content not relevant to the job',
              ),
              option(
                'insufficient_understanding',
                'Pemahaman terhadap materi belum memadai',
                'The material is not yet well enough understood',
              ),
              option(
                'workload',
                'Beban kerja tinggi sehingga tidak sempat menerapkan',
                'Workload leaves no time',
              ),
              option(
                'rules_not_supporting',
                'Aturan atau prosedur kerja belum mendukung',
                'Rules or work procedures do not allow it yet',
              ),
              option(
                'reassigned',
                'Pindah tugas atau jabatan setelah pelatihan',
                'Reassigned after the training',
              ),
              option('none', 'Tidak ada hambatan', 'No obstacles'),
            ],
          },
          openText(
            'obstacles_other',
            'Jelaskan hambatan lain atau uraikan hambatan yang dipilih di atas.',
            'Describe other obstacles, or explain those chosen above.',
          ),
        ],
      },
      {
        key: 'impact',
        title: t('Dampak terhadap Pekerjaan dan Pelayanan', 'Impact on Work and Service'),
        description: agreePrompt(),
        questions: [
          say(
            agree(
              'impact_performance',
              'Penerapan hasil pelatihan meningkatkan kinerja saya.',
              'Applying the training has improved my performance.',
            ),
            agree(
              'impact_performance',
              'Penerapan hasil pelatihan meningkatkan kinerja pegawai tersebut.',
              "Applying the training has improved the employee's performance.",
            ),
          ),
          say(
            agree(
              'impact_efficiency',
              'Saya menyelesaikan pekerjaan dengan lebih cepat dan tepat.',
              'I complete my work faster and more accurately.',
            ),
            agree(
              'impact_efficiency',
              'Pegawai tersebut menyelesaikan pekerjaan dengan lebih cepat dan tepat.',
              'The employee completes their work faster and more accurately.',
            ),
          ),
          agree(
            'impact_service',
            'Penerapan hasil pelatihan meningkatkan kualitas pelayanan unit kerja kepada masyarakat atau pengguna layanan.',
            "Applying the training has improved the unit's service to citizens or other service users.",
          ),
          say(
            agree(
              'knowledge_sharing',
              'Saya telah berbagi pengetahuan dari pelatihan kepada rekan kerja.',
              'I have shared what I learned with colleagues.',
            ),
            agree(
              'knowledge_sharing',
              'Pegawai tersebut telah berbagi pengetahuan dari pelatihan kepada rekan kerja.',
              'The employee has shared what they learned with colleagues.',
            ),
          ),
          openText(
            'impact_description',
            'Uraikan dampak penerapan hasil pelatihan terhadap pekerjaan atau pelayanan.',
            'Describe the impact of applying the training on work or service.',
          ),
          say(
            openText(
              'support_needed',
              'Dukungan atau pengembangan lanjutan apa yang Anda perlukan?',
              'What support or further development do you need?',
            ),
            openText(
              'support_needed',
              'Dukungan atau pengembangan lanjutan apa yang diperlukan pegawai tersebut?',
              'What support or further development does the employee need?',
            ),
          ),
        ],
      },
    ],
  };
}
