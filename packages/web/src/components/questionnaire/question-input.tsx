import type { Question } from '@jenjang/domain/surveys/instrument.contract';
import { QuestionLabel } from './question-label';
import type { QuestionProps } from './question-props';

type InputSource = Pick<
  QuestionProps<Question['type']>,
  'number' | 'text' | 'help' | 'errors' | 'readOnly' | 'id'
> & { question: Pick<Question, 'key' | 'required'> };

function commonInputProps({ question, help, errors, readOnly, id }: InputSource) {
  return { id, description: help || undefined, error: errors[question.key], readOnly };
}

/**
 * What a question drawn as one native input (text, number, select) passes to its Mantine input:
 * id, label, help, error, read-only state, and `required`, which the input announces itself.
 */
export function nativeInputProps(props: InputSource) {
  const { question, number, text } = props;
  return {
    ...commonInputProps(props),
    label: <QuestionLabel number={number} text={text} required={question.required} spoken={false} />,
    required: question.required,
  };
}

/**
 * The same for a group of radios or checkboxes: the group has no `required` of its own, so its
 * label shows an asterisk and says "(wajib)" to screen readers.
 */
export function groupInputProps(props: InputSource) {
  const { question, number, text } = props;
  return {
    ...commonInputProps(props),
    label: <QuestionLabel number={number} text={text} required={question.required} />,
    withAsterisk: question.required,
  };
}
