import type { QuestionType } from '@jenjang/domain/surveys/instrument.contract';
import { type EditorOption, type EditorQuestion, type EditorText, emptyText, newUid } from './editor-model';

// What a new question starts with. The scale labels are questionnaire content in both languages
// (what respondents read), not interface text, so they are data here rather than translations.

const text = (id: string, en: string): EditorText => ({ id, en });

const AGREEMENT = [
  text('Sangat tidak setuju', 'Strongly disagree'),
  text('Tidak setuju', 'Disagree'),
  text('Netral', 'Neutral'),
  text('Setuju', 'Agree'),
  text('Sangat setuju', 'Strongly agree'),
];

const LEVEL = [
  text('Sangat rendah', 'Very low'),
  text('Rendah', 'Low'),
  text('Sedang', 'Moderate'),
  text('Tinggi', 'High'),
  text('Sangat tinggi', 'Very high'),
];

export const newOption = (): EditorOption => ({
  uid: newUid(),
  value: '',
  label: emptyText(),
  autoValue: true,
});

export const newStatement = () => ({
  uid: newUid(),
  key: '',
  text: emptyText(),
  competency: '',
  autoKey: true,
});

export function newQuestion(type: QuestionType, key: string): EditorQuestion {
  const labels = type === 'abilityNeed' ? LEVEL : AGREEMENT;
  const withScale = type === 'likert' || type === 'matrix' || type === 'abilityNeed';
  const withOptions = type === 'single' || type === 'multiple';
  const withStatements = type === 'matrix' || type === 'abilityNeed';
  return {
    uid: newUid(),
    autoKey: true,
    type,
    key,
    text: emptyText(),
    help: emptyText(),
    required: type !== 'text',
    showIf: null,
    scale: { min: 1, max: 5, withLabels: withScale, labels: labels.map((label) => ({ ...label })) },
    skmElement: null,
    options: withOptions ? [newOption(), newOption()] : [],
    profile: null,
    maxChoices: '',
    min: '',
    max: '',
    integer: true,
    long: false,
    maxLength: 500,
    statements: withStatements ? [newStatement()] : [],
    extra: {},
  };
}
