import type { InstrumentDefinitionInput } from '../instrument.contract';

// Building blocks of the shipped templates. Each helper builds new objects on every call, so no two
// templates (nor two questions of one) share an object through which an edit to one changes another.

export type Text = { id: string; en: string };
export type QuestionInput = InstrumentDefinitionInput['sections'][number]['questions'][number];
export type ScaleInput = Extract<QuestionInput, { type: 'likert' }>['scale'];
export type StatementInput = Extract<QuestionInput, { type: 'matrix' }>['statements'][number];

export const t = (id: string, en: string): Text => ({ id, en });
export const option = (value: string, id: string, en: string) => ({ value, label: t(id, en) });
export const statement = (key: string, id: string, en: string) => ({ key, text: t(id, en) });
export const scaleOf = (...labels: Text[]): ScaleInput => ({ min: 1, max: labels.length, labels });

export const agreementScale = (): ScaleInput =>
  scaleOf(
    t('Sangat tidak setuju', 'Strongly disagree'),
    t('Tidak setuju', 'Disagree'),
    t('Netral', 'Neutral'),
    t('Setuju', 'Agree'),
    t('Sangat setuju', 'Strongly agree'),
  );
export const satisfactionScale = (): ScaleInput =>
  scaleOf(
    t('Sangat tidak puas', 'Very dissatisfied'),
    t('Tidak puas', 'Dissatisfied'),
    t('Cukup puas', 'Fairly satisfied'),
    t('Puas', 'Satisfied'),
    t('Sangat puas', 'Very satisfied'),
  );
export const qualityScale = (): ScaleInput =>
  scaleOf(
    t('Sangat buruk', 'Very poor'),
    t('Buruk', 'Poor'),
    t('Cukup', 'Fair'),
    t('Baik', 'Good'),
    t('Sangat baik', 'Very good'),
  );
export const frequencyScale = (): ScaleInput =>
  scaleOf(
    t('Tidak pernah', 'Never'),
    t('Jarang', 'Rarely'),
    t('Kadang-kadang', 'Sometimes'),
    t('Sering', 'Often'),
    t('Selalu', 'Always'),
  );
export const levelScale = (): ScaleInput =>
  scaleOf(
    t('Sangat rendah', 'Very low'),
    t('Rendah', 'Low'),
    t('Sedang', 'Moderate'),
    t('Tinggi', 'High'),
    t('Sangat tinggi', 'Very high'),
  );

export const agreePrompt = (): Text =>
  t('Seberapa setuju Anda dengan pernyataan berikut?', 'How far do you agree with the following statements?');
export const noPersonalData = (): Text =>
  t(
    'Mohon tidak menuliskan data pribadi seperti NIK, alamat, atau nomor telepon.',
    'Please do not write personal data such as your NIK, address or phone number.',
  );

export const agree = (key: string, id: string, en: string): QuestionInput => ({
  key,
  type: 'likert',
  text: t(id, en),
  scale: agreementScale(),
});
export const openText = (key: string, id: string, en: string, long = true): QuestionInput => ({
  key,
  type: 'text',
  text: t(id, en),
  required: false,
  long,
  maxLength: long ? 2000 : 200,
});

// Coarse respondent profile (DOMAIN §5): bands and groups, never identities; always optional.
export const sexQuestion = (): QuestionInput => ({
  key: 'sex',
  type: 'single',
  profile: 'sex',
  required: false,
  text: t('Jenis kelamin', 'Sex'),
  options: [option('male', 'Laki-laki', 'Male'), option('female', 'Perempuan', 'Female')],
});
export const ageBandQuestion = (): QuestionInput => ({
  key: 'age_band',
  type: 'single',
  profile: 'ageBand',
  required: false,
  text: t('Usia', 'Age'),
  options: [
    option('under_20', 'Di bawah 20 tahun', 'Under 20'),
    option('age_20_29', '20–29 tahun', '20–29 years'),
    option('age_30_39', '30–39 tahun', '30–39 years'),
    option('age_40_49', '40–49 tahun', '40–49 years'),
    option('age_50_59', '50–59 tahun', '50–59 years'),
    option('age_60_over', '60 tahun ke atas', '60 years and over'),
  ],
});
export const educationQuestion = (): QuestionInput => ({
  key: 'education',
  type: 'single',
  profile: 'education',
  required: false,
  text: t('Pendidikan terakhir', 'Highest education'),
  options: [
    option('primary_or_less', 'SD ke bawah', 'Primary school or less'),
    option('junior_secondary', 'SMP/sederajat', 'Junior secondary school'),
    option('senior_secondary', 'SMA/SMK/sederajat', 'Senior secondary school'),
    option('diploma', 'D1–D3', 'Diploma (D1–D3)'),
    option('bachelor', 'D4/S1', "Bachelor's degree or D4"),
    option('postgraduate', 'S2 ke atas', "Master's degree or higher"),
  ],
});
export const occupationQuestion = (): QuestionInput => ({
  key: 'occupation',
  type: 'single',
  profile: 'occupation',
  required: false,
  text: t('Pekerjaan utama', 'Main occupation'),
  options: [
    option('civil_servant', 'PNS/PPPK/TNI/Polri', 'Civil servant, armed forces or police'),
    option('private_employee', 'Pegawai swasta', 'Private-sector employee'),
    option('self_employed', 'Wiraswasta/usahawan', 'Self-employed or business owner'),
    option('student', 'Pelajar/mahasiswa', 'Pupil or student'),
    option('other', 'Lainnya', 'Other'),
  ],
});
