import type { InstrumentDefinitionInput } from '../instrument.contract';
import { agree, agreePrompt, openText, satisfactionScale, t } from './shared';

/** Kirkpatrick level 1 (reaction): material, trainers, relevance, facilities, organisation, time. */
export const trainingReactionDefinition = (): InstrumentDefinitionInput => ({
  kind: 'reaction',
  title: t('Evaluasi Reaksi Peserta Pelatihan', 'Training Participant Reaction Evaluation'),
  description: t(
    'Evaluasi level 1 (reaksi) atas pengalaman Anda mengikuti pelatihan. Mohon diisi pada akhir pelatihan.',
    'Level 1 (reaction) evaluation of your experience of the training. Please complete it at the end of the training.',
  ),
  sections: [
    {
      key: 'content',
      title: t('Materi dan Narasumber', 'Content and Trainers'),
      description: agreePrompt(),
      questions: [
        agree(
          'material_clarity',
          'Materi pelatihan disusun secara jelas dan sistematis.',
          'The training material was clear and well structured.',
        ),
        agree(
          'material_relevance',
          'Materi pelatihan relevan dengan tugas dan jabatan saya.',
          'The material is relevant to my duties and position.',
        ),
        agree(
          'material_new_knowledge',
          'Pelatihan ini menambah pengetahuan dan keterampilan saya.',
          'The training added to my knowledge and skills.',
        ),
        agree(
          'trainer_mastery',
          'Narasumber menguasai materi yang disampaikan.',
          'The trainers had a good command of their subject.',
        ),
        agree(
          'trainer_delivery',
          'Narasumber menyampaikan materi dengan jelas dan mendorong partisipasi peserta.',
          'The trainers presented clearly and encouraged participation.',
        ),
        agree(
          'trainer_responsiveness',
          'Narasumber menanggapi pertanyaan peserta dengan baik.',
          "The trainers answered participants' questions well.",
        ),
      ],
    },
    {
      key: 'organisation',
      title: t('Penyelenggaraan', 'Organisation'),
      description: agreePrompt(),
      questions: [
        agree(
          'facilities',
          'Sarana dan prasarana pelatihan (ruang, perangkat, atau platform daring) mendukung proses belajar.',
          'The facilities (rooms, equipment or online platform) supported learning.',
        ),
        agree(
          'organiser_service',
          'Panitia penyelenggara memberikan informasi dan layanan yang baik kepada peserta.',
          'The organisers kept participants informed and assisted them well.',
        ),
        agree(
          'time_allocation',
          'Alokasi waktu memadai untuk membahas seluruh materi.',
          'The time allotted was enough to cover all the material.',
        ),
        agree(
          'schedule_punctuality',
          'Kegiatan pelatihan dimulai dan diakhiri sesuai jadwal.',
          'Sessions started and ended on schedule.',
        ),
      ],
    },
    {
      key: 'application',
      title: t('Rencana Penerapan', 'Plans to Apply'),
      questions: [
        agree(
          'application_intent',
          'Saya yakin dapat menerapkan hasil pelatihan ini dalam pekerjaan saya.',
          'I am confident I can apply what I learned in my work.',
        ),
        openText(
          'application_first',
          'Apa yang akan pertama kali Anda terapkan di tempat kerja setelah pelatihan ini?',
          'What will you apply first at work after this training?',
        ),
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
            'Secara keseluruhan, seberapa puas Anda dengan pelatihan ini?',
            'Overall, how satisfied are you with this training?',
          ),
          scale: satisfactionScale(),
        },
        agree(
          'recommend',
          'Saya akan merekomendasikan pelatihan ini kepada rekan kerja.',
          'I would recommend this training to colleagues.',
        ),
        openText(
          'suggestions',
          'Saran untuk perbaikan penyelenggaraan pelatihan berikutnya',
          'Suggestions to improve future trainings',
        ),
      ],
    },
  ],
});
