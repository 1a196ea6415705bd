import { z } from 'zod';
import { textBlock, textLine } from '../shared/common.contract';

// A survey instrument (questionnaire) as stored in each version's `definition`: sections of typed
// questions with bilingual texts. The shape is checked here once; what a response must satisfy is
// checked by survey-response.rules.ts against a parsed definition.

/**
 * Indonesian is required; an empty English text falls back to Indonesian. Questions, help and
 * descriptions may run over several lines; titles and labels are one line (LocalizedLine).
 */
export const LocalizedText = z
  .object({
    id: textBlock(2000),
    en: textBlock(2000, { min: 0 }).default(''),
  })
  .meta({ id: 'LocalizedText' });
export type LocalizedText = z.output<typeof LocalizedText>;

export const LocalizedLine = z
  .object({
    id: textLine(2000),
    en: textLine(2000, { min: 0 }).default(''),
  })
  .meta({ id: 'LocalizedLine' });

/** Keys of questions, options and statements: stable across versions, so waves can be compared. */
export const Key = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/);

export const SKM_ELEMENTS = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'] as const;
export type SkmElement = (typeof SKM_ELEMENTS)[number];

/** Respondent-profile questions that results may be broken down by (always under the k rule). */
export const PROFILE_FIELDS = ['sex', 'ageBand', 'education', 'occupation'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export const INSTRUMENT_KINDS = [
  'needs',
  'reaction',
  'behaviour',
  'satisfaction',
  'skm',
  'publicFeedback',
  'custom',
] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

export const Scale = z
  .object({
    min: z.number().int().min(0).max(1),
    max: z.number().int().min(2).max(10),
    /** One label per point from min to max, or none (points shown as numbers). */
    labels: z.array(LocalizedLine).max(11).default([]),
  })
  .refine((s) => s.labels.length === 0 || s.labels.length === s.max - s.min + 1, {
    message: 'labels: one per point of the scale',
    path: ['labels'],
    params: { i18n: 'errors.instrument.scaleLabels' },
  })
  .meta({ id: 'Scale' });
export type Scale = z.output<typeof Scale>;

const Option = z.object({ value: Key, label: LocalizedLine });
const Statement = z.object({
  key: Key,
  text: LocalizedText,
  /** The competency the statement rates (e.g. "M.3", or an agency's technical code). */
  competency: textLine(40, { min: 0 }).optional(),
});

/** Show this question only when an earlier question's answer is one of `anyOf`. */
const ShowIf = z.object({
  question: Key,
  anyOf: z
    .array(z.union([z.string(), z.number()]))
    .min(1)
    .max(50),
});

const base = {
  key: Key,
  text: LocalizedText,
  help: LocalizedText.optional(),
  required: z.boolean().default(true),
  showIf: ShowIf.optional(),
};

export const LikertQuestion = z.object({
  ...base,
  type: z.literal('likert'),
  scale: Scale,
  /** PermenPANRB 14/2017: the service element (unsur) this question measures, for the IKM. */
  skmElement: z.enum(SKM_ELEMENTS).optional(),
});

export const SingleChoiceQuestion = z.object({
  ...base,
  type: z.literal('single'),
  options: z.array(Option).min(2).max(50),
  profile: z.enum(PROFILE_FIELDS).optional(),
});

export const MultipleChoiceQuestion = z.object({
  ...base,
  type: z.literal('multiple'),
  options: z.array(Option).min(2).max(50),
  maxChoices: z.number().int().min(1).max(50).optional(),
  /** LAN's needs survey: the respondent's preferred learning formats. */
  role: z.enum(['preferredFormats']).optional(),
});

export const NumberQuestion = z.object({
  ...base,
  type: z.literal('number'),
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().default(true),
});

export const TextQuestion = z.object({
  ...base,
  type: z.literal('text'),
  long: z.boolean().default(false),
  maxLength: z.number().int().min(1).max(5000).default(500),
});

export const MatrixQuestion = z.object({
  ...base,
  type: z.literal('matrix'),
  statements: z.array(Statement).min(1).max(60),
  scale: Scale,
});

/** LAN's needs survey: each statement rated for current ability and for need; gap = need − ability. */
export const AbilityNeedQuestion = z.object({
  ...base,
  type: z.literal('abilityNeed'),
  statements: z.array(Statement).min(1).max(60),
  scale: Scale,
});

export const Question = z
  .discriminatedUnion('type', [
    LikertQuestion,
    SingleChoiceQuestion,
    MultipleChoiceQuestion,
    NumberQuestion,
    TextQuestion,
    MatrixQuestion,
    AbilityNeedQuestion,
  ])
  .meta({ id: 'Question' });
export type Question = z.output<typeof Question>;
export type QuestionType = Question['type'];
export const QUESTION_TYPES = [
  'likert',
  'single',
  'multiple',
  'number',
  'text',
  'matrix',
  'abilityNeed',
] as const satisfies readonly QuestionType[];

export const Section = z
  .object({
    key: Key,
    title: LocalizedLine,
    description: LocalizedText.optional(),
    questions: z.array(Question).min(1).max(100),
  })
  .meta({ id: 'Section' });
export type Section = z.output<typeof Section>;

export const InstrumentDefinition = z
  .object({
    kind: z.enum(INSTRUMENT_KINDS),
    title: LocalizedLine,
    description: LocalizedText.optional(),
    sections: z.array(Section).min(1).max(30),
  })
  .superRefine((definition, ctx) => {
    for (const issue of definitionIssues(definition)) ctx.addIssue({ code: 'custom', ...issue });
  })
  .meta({ id: 'InstrumentDefinition' });
export type InstrumentDefinition = z.output<typeof InstrumentDefinition>;
export type InstrumentDefinitionInput = z.input<typeof InstrumentDefinition>;

/** The values an answer to `question` may take, for the choice-like types a condition can test. */
function conditionValues(question: Question): (string | number)[] | null {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return question.options.map((o) => o.value);
    case 'likert': {
      const points: number[] = [];
      for (let p = question.scale.min; p <= question.scale.max; p++) points.push(p);
      return points;
    }
    default:
      return null;
  }
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(values.filter((v) => seen.has(v) || !seen.add(v)))];
}

/** A rule broken by a definition: an English message for developers, an i18n key for people. */
export interface DefinitionIssue {
  path: (string | number)[];
  message: string;
  params: { i18n: string } & Record<string, string>;
}

/**
 * Rules that span questions: unique keys, conditions that point back to an earlier choice-like
 * question and name values it has, consistent limits, and each SKM element measured once.
 */
function definitionIssues(definition: Pick<InstrumentDefinition, 'sections'>): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const add = (
    path: (string | number)[],
    code: string,
    message: string,
    values: Record<string, string> = {},
  ) => issues.push({ path, message, params: { i18n: `errors.instrument.${code}`, ...values } });
  for (const key of duplicates(definition.sections.map((s) => s.key))) {
    add(['sections'], 'duplicateSection', `section key "${key}" is used twice`, { key });
  }
  const earlier = new Map<string, Question>();
  const elements = new Map<string, string>();
  definition.sections.forEach((section, s) => {
    section.questions.forEach((question, q) => {
      const path = ['sections', s, 'questions', q];
      if (earlier.has(question.key)) {
        add([...path, 'key'], 'duplicateQuestion', `question key "${question.key}" is used twice`, {
          key: question.key,
        });
      }
      if (question.showIf) {
        const target = earlier.get(question.showIf.question);
        const values = target ? conditionValues(target) : null;
        if (!values) {
          add(
            [...path, 'showIf', 'question'],
            'showIfTarget',
            `showIf must name an earlier choice or Likert question, not "${question.showIf.question}"`,
            { key: question.showIf.question },
          );
        } else {
          for (const value of question.showIf.anyOf) {
            if (!values.includes(value)) {
              add([...path, 'showIf', 'anyOf'], 'showIfValue', `"${value}" is not an answer of it`, {
                value: String(value),
              });
            }
          }
        }
      }
      if (question.type === 'single' || question.type === 'multiple') {
        for (const value of duplicates(question.options.map((o) => o.value))) {
          add([...path, 'options'], 'duplicateOption', `option value "${value}" is used twice`, { value });
        }
      }
      if (
        question.type === 'multiple' &&
        question.maxChoices &&
        question.maxChoices > question.options.length
      ) {
        add([...path, 'maxChoices'], 'maxChoices', 'maxChoices exceeds the number of options');
      }
      if (question.type === 'matrix' || question.type === 'abilityNeed') {
        for (const key of duplicates(question.statements.map((st) => st.key))) {
          add([...path, 'statements'], 'duplicateStatement', `statement key "${key}" is used twice`, { key });
        }
      }
      if (question.type === 'number' && question.min !== undefined && question.max !== undefined) {
        if (question.min > question.max) add([...path, 'min'], 'minAboveMax', 'min exceeds max');
      }
      if (question.type === 'likert' && question.skmElement) {
        // PermenPANRB 14/2017: SKM answers are 1–4; the IKM formula assumes that scale.
        if (question.scale.min !== 1 || question.scale.max !== 4) {
          add([...path, 'scale'], 'skmScale', 'an SKM element is rated on a 1–4 scale');
        }
        const other = elements.get(question.skmElement);
        if (other) {
          add(
            [...path, 'skmElement'],
            'skmTwice',
            `${question.skmElement} is already measured by "${other}"`,
            {
              element: question.skmElement,
              key: other,
            },
          );
        }
        elements.set(question.skmElement, question.key);
      }
      earlier.set(question.key, question);
    });
  });
  return issues;
}
