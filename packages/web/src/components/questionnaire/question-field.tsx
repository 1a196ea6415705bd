import { localized, type Question } from '@jenjang/domain/contracts/instrument.contract';
import { MultipleChoiceQuestion, SingleChoiceQuestion } from './choice-questions';
import { NumberQuestion, TextQuestion } from './open-questions';
import { QuestionLabel } from './question-label';
import type { QuestionProps } from './question-props';
import { scalePoints } from './questionnaire-rules';
import { ScaleChoice } from './scale-choice';
import { AbilityNeedQuestion, MatrixQuestion } from './statement-questions';

type FieldProps = Omit<QuestionProps<Question['type']>, 'question' | 'text' | 'help'> & {
  question: Question;
};

function LikertQuestion({
  question,
  number,
  text,
  help,
  answer,
  onAnswer,
  errors,
  locale,
  readOnly,
  id,
}: QuestionProps<'likert'>) {
  return (
    <ScaleChoice
      id={id}
      label={<QuestionLabel number={number} text={text} required={question.required} />}
      description={help || undefined}
      error={errors[question.key]}
      required={question.required}
      points={scalePoints(question.scale, locale)}
      value={answer}
      onChange={onAnswer}
      readOnly={readOnly}
    />
  );
}

/** One question, drawn by its type, in the reader's language. */
export function QuestionField({ question, ...rest }: FieldProps) {
  const common = {
    ...rest,
    text: localized(question.text, rest.locale),
    help: localized(question.help, rest.locale),
  };
  switch (question.type) {
    case 'likert':
      return <LikertQuestion question={question} {...common} />;
    case 'single':
      return <SingleChoiceQuestion question={question} {...common} />;
    case 'multiple':
      return <MultipleChoiceQuestion question={question} {...common} />;
    case 'number':
      return <NumberQuestion question={question} {...common} />;
    case 'text':
      return <TextQuestion question={question} {...common} />;
    case 'matrix':
      return <MatrixQuestion question={question} {...common} />;
    case 'abilityNeed':
      return <AbilityNeedQuestion question={question} {...common} />;
  }
}
