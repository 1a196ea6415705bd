import type { Question } from '@jenjang/domain/surveys/instrument.contract';
import { localized } from '@jenjang/domain/surveys/instrument.rules';
import { MultipleChoiceQuestion, SingleChoiceQuestion } from './choice-questions';
import { NumberQuestion, TextQuestion } from './open-questions';
import { groupInputProps } from './question-input';
import type { QuestionProps } from './question-props';
import { scalePoints } from './questionnaire-rules';
import { ScaleChoice } from './scale-choice';
import { AbilityNeedQuestion, MatrixQuestion } from './statement-questions';

type FieldProps = Omit<QuestionProps<Question['type']>, 'question' | 'text' | 'help'> & {
  question: Question;
};

function LikertQuestion(props: QuestionProps<'likert'>) {
  const { question, answer, onAnswer, locale } = props;
  const { withAsterisk, ...input } = groupInputProps(props);
  return (
    <ScaleChoice
      {...input}
      required={withAsterisk}
      points={scalePoints(question.scale, locale)}
      value={answer}
      onChange={onAnswer}
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
