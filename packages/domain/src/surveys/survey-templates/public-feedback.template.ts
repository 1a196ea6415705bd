import type { InstrumentDefinitionInput } from '../instrument.contract';
import {
  ageBandQuestion,
  agree,
  agreePrompt,
  noPersonalData,
  openText,
  qualityScale,
  sexQuestion,
  t,
} from './shared';

/** Citizens rate the service an ASN gave them; a low overall rating asks what went wrong. */
export const publicFeedbackDefinition = (): InstrumentDefinitionInput => ({
  kind: 'publicFeedback',
  title: t('Umpan Balik Masyarakat atas Pelayanan', 'Citizen Feedback on Our Service'),
  description: t(
    'Sampaikan penilaian Anda atas pelayanan yang diberikan petugas kami. Umpan balik Anda membantu kami meningkatkan mutu pelayanan dan kompetensi pegawai. Identitas Anda tidak dicatat.',
    'Tell us how our staff served you. Your feedback helps us improve the service and develop our staff. Your identity is not recorded.',
  ),
  sections: [
    {
      key: 'service',
      title: t('Layanan yang Diterima', 'The Service You Received'),
      questions: [
        {
          ...openText(
            'service_name',
            'Layanan apa yang Anda terima?',
            'Which service did you receive?',
            false,
          ),
          help: t(
            'Misalnya: pembuatan KTP-el, perizinan usaha, atau layanan kesehatan.',
            'For example: an electronic ID card, a business licence or a health service.',
          ),
        },
      ],
    },
    {
      key: 'assessment',
      title: t('Penilaian Pelayanan', 'Your Assessment'),
      description: agreePrompt(),
      questions: [
        agree('courtesy', 'Petugas melayani dengan sopan dan ramah.', 'The staff were polite and friendly.'),
        agree(
          'speed',
          'Pelayanan diselesaikan dengan cepat sesuai waktu yang dijanjikan.',
          'The service was completed quickly, within the promised time.',
        ),
        agree(
          'competence',
          'Petugas memahami tugasnya dan mampu menyelesaikan keperluan saya.',
          'The staff knew their job and were able to handle my request.',
        ),
        agree(
          'information_clarity',
          'Informasi mengenai persyaratan, prosedur, dan biaya disampaikan dengan jelas.',
          'Information on requirements, procedure and costs was clear.',
        ),
        agree(
          'integrity',
          'Tidak ada pungutan liar: petugas tidak meminta imbalan atau biaya di luar ketentuan.',
          'No illegal fees: the staff asked for no payment or gift beyond the official charges.',
        ),
        {
          key: 'overall_rating',
          type: 'likert',
          text: t(
            'Secara keseluruhan, bagaimana penilaian Anda terhadap pelayanan ini?',
            'Overall, how would you rate this service?',
          ),
          scale: qualityScale(),
        },
        {
          ...openText(
            'what_went_wrong',
            'Mohon jelaskan apa yang kurang baik dari pelayanan yang Anda terima.',
            'Please tell us what went wrong with the service you received.',
          ),
          help: noPersonalData(),
          showIf: { question: 'overall_rating', anyOf: [1, 2] },
        },
      ],
    },
    {
      key: 'comments',
      title: t('Saran', 'Suggestions'),
      questions: [
        {
          ...openText(
            'comments',
            'Saran atau masukan lain untuk perbaikan pelayanan',
            'Any other suggestions to improve the service',
          ),
          help: noPersonalData(),
        },
      ],
    },
    {
      key: 'respondent',
      title: t('Tentang Anda (Opsional)', 'About You (Optional)'),
      questions: [sexQuestion(), ageBandQuestion()],
    },
  ],
});
