import type { Question } from '@jenjang/domain/surveys/instrument.contract';
import type { QuestionErrors } from './questionnaire-rules';

/** What every question component gets from the form. */
export interface QuestionProps<Type extends Question['type']> {
  question: Extract<Question, { type: Type }>;
  /** Its number among the questions shown. */
  number: number;
  text: string;
  help: string;
  answer: unknown;
  onAnswer: (answer: unknown) => void;
  errors: QuestionErrors;
  locale: 'id' | 'en';
  readOnly: boolean;
  /** Room for a table of statements × points (the form is at least 40em wide). */
  wide: boolean;
  /** Unique id of the question on the page; its controls' ids start with it. */
  id: string;
}
