import type { InstrumentDefinitionInput } from '../surveys/instrument.contract';
import { agree, agreePrompt, openText, satisfactionScale, t } from '../surveys/survey-templates/shared';

// The standard reaction questionnaire (Kirkpatrick level 1) a batch's participants get when it
// closes: short, so it is answered on a phone on the last day. Each government gets its own copy on
// first use (the surveys' instrument `program-reaction`), which its agency may edit; the question keys
// below are what the program's results read, so they stay.

/** The government's copy is found by this key (the instrument's template_key). */
export const REACTION_INSTRUMENT_KEY = 'program-reaction';

/** The rated questions, in the order asked: the program's results show a mean for each. */
export const REACTION_QUESTIONS = ['overall', 'relevance', 'trainers', 'materials', 'organisation'] as const;
export type ReactionQuestion = (typeof REACTION_QUESTIONS)[number];

/** Days the reaction survey takes answers after the batch closes. */
export const REACTION_SURVEY_DAYS = 14;

export const reactionInstrumentDefinition = (): InstrumentDefinitionInput => ({
  kind: 'reaction',
  title: t('Evaluasi Reaksi Peserta Program', 'Program Participant Reaction Evaluation'),
  description: t(
    'Penilaian Anda atas angkatan yang baru Anda ikuti. Jawaban Anda anonim: tidak ada yang dapat mengetahui siapa yang menjawab.',
    'Your assessment of the batch you have just attended. Your answers are anonymous: nobody can tell who answered.',
  ),
  sections: [
    {
      key: 'reaction',
      title: t('Penilaian Anda', 'Your assessment'),
      description: agreePrompt(),
      questions: [
        {
          key: 'overall',
          type: 'likert',
          text: t(
            'Secara keseluruhan, seberapa puas Anda dengan program ini?',
            'Overall, how satisfied are you with this program?',
          ),
          scale: satisfactionScale(),
        },
        agree(
          'relevance',
          'Materi program relevan dengan tugas dan jabatan saya.',
          'The program is relevant to my duties and position.',
        ),
        agree(
          'trainers',
          'Narasumber menguasai materi dan menyampaikannya dengan jelas.',
          'The trainers knew their subject and presented it clearly.',
        ),
        agree(
          'materials',
          'Bahan ajar (modul, salindia, latihan) jelas dan bermanfaat.',
          'The materials (modules, slides, exercises) were clear and useful.',
        ),
        agree(
          'organisation',
          'Penyelenggaraan dan sarana (jadwal, ruang atau platform daring) mendukung proses belajar.',
          'The organisation and facilities (schedule, rooms or online platform) supported learning.',
        ),
        openText(
          'comment',
          'Saran atau komentar Anda untuk angkatan berikutnya',
          'Your suggestions or comments for the next batch',
        ),
      ],
    },
  ],
});
