import type { InstrumentDefinitionInput, SkmElement } from '../instrument.contract';
import {
  ageBandQuestion,
  educationQuestion,
  noPersonalData,
  occupationQuestion,
  openText,
  type QuestionInput,
  scaleOf,
  sexQuestion,
  type Text,
  t,
} from './shared';

/** PermenPANRB 14/2017: one question per service element, answered on the customary 4-point labels. */
function skmQuestion(
  element: SkmElement,
  key: string,
  name: Text,
  text: Text,
  labels: Text[],
): QuestionInput {
  return {
    key,
    type: 'likert',
    skmElement: element,
    text,
    help: t(`Unsur: ${name.id}`, `Element: ${name.en}`),
    scale: scaleOf(...labels),
  };
}

const suitability = (): Text[] => [
  t('Tidak sesuai', 'Not suitable'),
  t('Kurang sesuai', 'Barely suitable'),
  t('Sesuai', 'Suitable'),
  t('Sangat sesuai', 'Very suitable'),
];

/** PermenPANRB 14/2017: the nine elements U1–U9 in the default order, plus a coarse profile. */
export const skmDefinition = (): InstrumentDefinitionInput => ({
  kind: 'skm',
  title: t('Survei Kepuasan Masyarakat (SKM)', 'Public Satisfaction Survey (SKM)'),
  description: t(
    'Survei ini mengukur kepuasan Saudara terhadap pelayanan unit kami sesuai PermenPANRB Nomor 14 Tahun 2017. Identitas Saudara tidak dicatat; data responden hanya diolah secara agregat.',
    "This survey measures your satisfaction with our unit's service under PermenPANRB 14/2017. Your identity is not recorded; respondent data are analysed in aggregate only.",
  ),
  sections: [
    {
      key: 'respondent',
      title: t('Data Responden', 'About You'),
      description: t('Pengisian data responden bersifat sukarela.', 'These questions are optional.'),
      questions: [sexQuestion(), ageBandQuestion(), educationQuestion(), occupationQuestion()],
    },
    {
      key: 'service_elements',
      title: t('Penilaian Unsur Pelayanan', 'Service Elements'),
      questions: [
        skmQuestion(
          'U1',
          'u1_requirements',
          t('Persyaratan', 'Requirements'),
          t(
            'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
            'How well do the service requirements suit the type of service?',
          ),
          suitability(),
        ),
        skmQuestion(
          'U2',
          'u2_procedures',
          t('Sistem, mekanisme, dan prosedur', 'Systems, mechanisms and procedures'),
          t(
            'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
            'How easy did you find the service procedure at this unit?',
          ),
          [
            t('Tidak mudah', 'Not easy'),
            t('Kurang mudah', 'Not very easy'),
            t('Mudah', 'Easy'),
            t('Sangat mudah', 'Very easy'),
          ],
        ),
        skmQuestion(
          'U3',
          'u3_service_time',
          t('Waktu penyelesaian', 'Completion time'),
          t(
            'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?',
            'How do you rate the speed of the service?',
          ),
          [
            t('Tidak cepat', 'Not fast'),
            t('Kurang cepat', 'Not very fast'),
            t('Cepat', 'Fast'),
            t('Sangat cepat', 'Very fast'),
          ],
        ),
        skmQuestion(
          'U4',
          'u4_cost',
          t('Biaya/tarif', 'Cost or fee'),
          t(
            'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?',
            'How do you rate the fairness of the cost or fee of the service?',
          ),
          [
            t('Sangat mahal', 'Very expensive'),
            t('Cukup mahal', 'Fairly expensive'),
            t('Murah', 'Cheap'),
            t('Gratis', 'Free'),
          ],
        ),
        skmQuestion(
          'U5',
          'u5_product',
          t('Produk spesifikasi jenis pelayanan', 'Service products'),
          t(
            'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
            'How well does what you received match the product stated in the service standard?',
          ),
          suitability(),
        ),
        skmQuestion(
          'U6',
          'u6_competence',
          t('Kompetensi pelaksana', 'Competence of the staff'),
          t(
            'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
            'How do you rate the competence of the staff who served you?',
          ),
          [
            t('Tidak kompeten', 'Not competent'),
            t('Kurang kompeten', 'Not very competent'),
            t('Kompeten', 'Competent'),
            t('Sangat kompeten', 'Very competent'),
          ],
        ),
        skmQuestion(
          'U7',
          'u7_conduct',
          t('Perilaku pelaksana', 'Conduct of the staff'),
          t(
            'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
            'How do you rate the courtesy and friendliness of the staff?',
          ),
          [
            t('Tidak sopan dan ramah', 'Neither polite nor friendly'),
            t('Kurang sopan dan ramah', 'Not very polite and friendly'),
            t('Sopan dan ramah', 'Polite and friendly'),
            t('Sangat sopan dan ramah', 'Very polite and friendly'),
          ],
        ),
        skmQuestion(
          'U8',
          'u8_complaints',
          t('Penanganan pengaduan, saran, dan masukan', 'Handling of complaints, suggestions and feedback'),
          t(
            'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?',
            'How do you rate the handling of complaints from service users?',
          ),
          [
            t('Tidak ada', 'Not available'),
            t('Ada tetapi tidak berfungsi', 'Available but not working'),
            t('Berfungsi kurang maksimal', 'Working, but not fully'),
            t('Dikelola dengan baik', 'Well managed'),
          ],
        ),
        skmQuestion(
          'U9',
          'u9_facilities',
          t('Sarana dan prasarana', 'Facilities'),
          t(
            'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?',
            'How do you rate the quality of the facilities?',
          ),
          [t('Buruk', 'Poor'), t('Cukup', 'Fair'), t('Baik', 'Good'), t('Sangat baik', 'Very good')],
        ),
      ],
    },
    {
      key: 'feedback',
      title: t('Saran dan Masukan', 'Suggestions'),
      questions: [
        {
          ...openText(
            'suggestions',
            'Saran dan masukan untuk perbaikan pelayanan',
            'Suggestions and feedback to improve the service',
          ),
          help: noPersonalData(),
        },
      ],
    },
  ],
});

/** The SKM template's question keys of the nine elements, U1–U9 in order (PermenPANRB 14/2017). */
export const SKM_ELEMENT_KEYS: readonly string[] = Object.freeze(
  (skmDefinition().sections.find((section) => section.key === 'service_elements')?.questions ?? []).map(
    (question) => question.key,
  ),
);
