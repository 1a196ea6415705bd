import type {
  InstrumentDefinition,
  InstrumentDefinitionInput,
  ProfileField,
  QuestionType,
  SkmElement,
} from '@jenjang/domain/surveys/instrument.contract';

// The questionnaire as the builder edits it: every question has every type's settings (so that
// form paths are stable and a setting typed once is not lost), texts are never missing, numbers may
// be blank, and each list item carries a `uid` for React keys. `fromEditor` turns it back into a
// definition for InstrumentDefinition.safeParse; the paths of its issues are the editor's paths.

export interface EditorText {
  id: string;
  en: string;
}

export interface EditorOption {
  uid: string;
  value: string;
  label: EditorText;
  /** The value still follows the Indonesian label (a new option whose value nobody typed). */
  autoValue: boolean;
}

export interface EditorStatement {
  uid: string;
  key: string;
  text: EditorText;
  competency: string;
  autoKey: boolean;
}

export interface EditorScale {
  min: number;
  max: number;
  withLabels: boolean;
  /** One per point from min to max. */
  labels: EditorText[];
}

export interface EditorQuestion {
  uid: string;
  /** The key still follows the Indonesian text (a new question whose key nobody typed). */
  autoKey: boolean;
  type: QuestionType;
  key: string;
  text: EditorText;
  help: EditorText;
  required: boolean;
  /** Answers are kept as text here; a Likert target's points become numbers in fromEditor. */
  showIf: { question: string; anyOf: string[] } | null;
  scale: EditorScale;
  skmElement: SkmElement | null;
  options: EditorOption[];
  profile: ProfileField | null;
  maxChoices: number | '';
  min: number | '';
  max: number | '';
  integer: boolean;
  long: boolean;
  maxLength: number | '';
  statements: EditorStatement[];
  /** Settings the builder does not edit (a multiple choice's `role`), sent back as they came. */
  extra: Record<string, unknown>;
}

export interface EditorSection {
  uid: string;
  autoKey: boolean;
  key: string;
  title: EditorText;
  description: EditorText;
  questions: EditorQuestion[];
}

export interface EditorDefinition {
  kind: InstrumentDefinition['kind'];
  title: EditorText;
  description: EditorText;
  sections: EditorSection[];
}

let lastUid = 0;
export const newUid = (): string => `e${++lastUid}`;

export const emptyText = (): EditorText => ({ id: '', en: '' });
const textOf = (text: { id: string; en?: string } | undefined): EditorText => ({
  id: text?.id ?? '',
  en: text?.en ?? '',
});

const EDITED_FIELDS = new Set([
  'key',
  'type',
  'text',
  'help',
  'required',
  'showIf',
  'scale',
  'skmElement',
  'options',
  'profile',
  'maxChoices',
  'min',
  'max',
  'integer',
  'long',
  'maxLength',
  'statements',
]);

export function scaleLabelsFor(min: number, max: number, labels: readonly EditorText[]): EditorText[] {
  const count = Math.max(0, max - min + 1);
  return Array.from({ length: count }, (_, index) => labels[index] ?? emptyText());
}

type DefinitionQuestion = InstrumentDefinition['sections'][number]['questions'][number];

export function toEditorQuestion(question: DefinitionQuestion): EditorQuestion {
  const scale = 'scale' in question ? question.scale : { min: 1, max: 5, labels: [] };
  return {
    uid: newUid(),
    autoKey: false,
    type: question.type,
    key: question.key,
    text: textOf(question.text),
    help: textOf(question.help),
    required: question.required,
    showIf: question.showIf
      ? { question: question.showIf.question, anyOf: question.showIf.anyOf.map(String) }
      : null,
    scale: {
      min: scale.min,
      max: scale.max,
      withLabels: scale.labels.length > 0,
      labels: scaleLabelsFor(scale.min, scale.max, scale.labels.map(textOf)),
    },
    skmElement: question.type === 'likert' ? (question.skmElement ?? null) : null,
    options:
      question.type === 'single' || question.type === 'multiple'
        ? question.options.map((option) => ({
            uid: newUid(),
            value: option.value,
            label: textOf(option.label),
            autoValue: false,
          }))
        : [],
    profile: question.type === 'single' ? (question.profile ?? null) : null,
    maxChoices: question.type === 'multiple' ? (question.maxChoices ?? '') : '',
    min: question.type === 'number' ? (question.min ?? '') : '',
    max: question.type === 'number' ? (question.max ?? '') : '',
    integer: question.type === 'number' ? question.integer : true,
    long: question.type === 'text' ? question.long : false,
    maxLength: question.type === 'text' ? question.maxLength : 500,
    statements:
      question.type === 'matrix' || question.type === 'abilityNeed'
        ? question.statements.map((statement) => ({
            uid: newUid(),
            key: statement.key,
            text: textOf(statement.text),
            competency: statement.competency ?? '',
            autoKey: false,
          }))
        : [],
    extra: Object.fromEntries(Object.entries(question).filter(([field]) => !EDITED_FIELDS.has(field))),
  };
}

export function toEditor(definition: InstrumentDefinition): EditorDefinition {
  return {
    kind: definition.kind,
    title: textOf(definition.title),
    description: textOf(definition.description),
    sections: definition.sections.map((section) => ({
      uid: newUid(),
      autoKey: false,
      key: section.key,
      title: textOf(section.title),
      description: textOf(section.description),
      questions: section.questions.map(toEditorQuestion),
    })),
  };
}

const optionalText = (text: EditorText) =>
  text.id.trim() === '' && text.en.trim() === '' ? undefined : { id: text.id, en: text.en };

const optionalNumber = (value: number | '') => (value === '' ? undefined : value);

/** The answers a condition names, as the question it points at gives them. */
function conditionValues(definition: EditorDefinition, showIf: NonNullable<EditorQuestion['showIf']>) {
  const target = definition.sections
    .flatMap((section) => section.questions)
    .find((question) => question.key === showIf.question);
  return target?.type === 'likert' ? showIf.anyOf.map(Number) : showIf.anyOf;
}

function fromEditorQuestion(definition: EditorDefinition, question: EditorQuestion) {
  const scale = {
    min: question.scale.min,
    max: question.scale.max,
    labels: question.scale.withLabels ? question.scale.labels : [],
  };
  const base = {
    ...question.extra,
    key: question.key,
    text: question.text,
    help: optionalText(question.help),
    required: question.required,
    showIf: question.showIf?.question
      ? { question: question.showIf.question, anyOf: conditionValues(definition, question.showIf) }
      : undefined,
  };
  const options = question.options.map((option) => ({ value: option.value, label: option.label }));
  const statements = question.statements.map((statement) => ({
    key: statement.key,
    text: statement.text,
    competency: statement.competency.trim() === '' ? undefined : statement.competency,
  }));
  switch (question.type) {
    case 'likert':
      return { ...base, type: 'likert', scale, skmElement: question.skmElement ?? undefined };
    case 'single':
      return { ...base, type: 'single', options, profile: question.profile ?? undefined };
    case 'multiple':
      return { ...base, type: 'multiple', options, maxChoices: optionalNumber(question.maxChoices) };
    case 'number':
      return {
        ...base,
        type: 'number',
        min: optionalNumber(question.min),
        max: optionalNumber(question.max),
        integer: question.integer,
      };
    case 'text':
      return { ...base, type: 'text', long: question.long, maxLength: optionalNumber(question.maxLength) };
    case 'matrix':
      return { ...base, type: 'matrix', statements, scale };
    case 'abilityNeed':
      return { ...base, type: 'abilityNeed', statements, scale };
  }
}

/** The definition to validate and send; fields left blank are left out. */
export function fromEditor(definition: EditorDefinition): InstrumentDefinitionInput {
  return withoutUndefined({
    kind: definition.kind,
    title: definition.title,
    description: optionalText(definition.description),
    sections: definition.sections.map((section) => ({
      key: section.key,
      title: section.title,
      description: optionalText(section.description),
      questions: section.questions.map((question) => fromEditorQuestion(definition, question)),
    })),
  }) as InstrumentDefinitionInput;
}

/** JSON without the `undefined` members, as the server would see it. */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, member]) => member !== undefined)
        .map(([field, member]) => [field, withoutUndefined(member)]),
    );
  }
  return value;
}
