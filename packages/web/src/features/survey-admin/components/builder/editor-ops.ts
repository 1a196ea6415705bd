import type { QuestionType } from '@jenjang/domain/surveys/instrument.contract';
import { keyFromText, uniqueKey } from './editor-keys';
import {
  type EditorDefinition,
  type EditorQuestion,
  type EditorSection,
  emptyText,
  newUid,
  scaleLabelsFor,
} from './editor-model';
import { newQuestion } from './question-defaults';

// Changes of a questionnaire's structure, as pure functions of the editor's values.

export interface Position {
  section: number;
  question: number;
}

const questionsOf = (definition: EditorDefinition) => definition.sections.flatMap((s) => s.questions);

export function questionKeys(definition: EditorDefinition, except?: string): Set<string> {
  return new Set(
    questionsOf(definition)
      .filter((q) => q.uid !== except)
      .map((q) => q.key),
  );
}

function mapSection(
  definition: EditorDefinition,
  index: number,
  change: (section: EditorSection) => EditorSection,
): EditorDefinition {
  return { ...definition, sections: definition.sections.map((s, i) => (i === index ? change(s) : s)) };
}

function swap<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
}

export function addSection(definition: EditorDefinition): EditorDefinition {
  const key = uniqueKey('bagian', new Set(definition.sections.map((s) => s.key)));
  const section: EditorSection = {
    uid: newUid(),
    autoKey: true,
    key,
    title: emptyText(),
    description: emptyText(),
    questions: [],
  };
  return { ...definition, sections: [...definition.sections, section] };
}

export function removeSection(definition: EditorDefinition, index: number): EditorDefinition {
  return { ...definition, sections: definition.sections.filter((_, i) => i !== index) };
}

export function moveSection(definition: EditorDefinition, index: number, delta: -1 | 1): EditorDefinition {
  const to = index + delta;
  if (to < 0 || to >= definition.sections.length) return definition;
  return { ...definition, sections: swap(definition.sections, index, to) };
}

/** A section's Indonesian title, and its key while it still follows the title. */
export function setSectionTitle(
  definition: EditorDefinition,
  index: number,
  title: string,
): EditorDefinition {
  return mapSection(definition, index, (section) => {
    if (!section.autoKey) return { ...section, title: { ...section.title, id: title } };
    const taken = new Set(definition.sections.filter((_, i) => i !== index).map((s) => s.key));
    const key = uniqueKey(keyFromText(title, 'bagian'), taken);
    return { ...section, key, title: { ...section.title, id: title } };
  });
}

/** Adds a question of `type` at the end of a section; returns where it went and its uid. */
export function addQuestion(definition: EditorDefinition, section: number, type: QuestionType) {
  const question = newQuestion(type, uniqueKey('pertanyaan', questionKeys(definition)));
  return {
    definition: mapSection(definition, section, (s) => ({ ...s, questions: [...s.questions, question] })),
    uid: question.uid,
  };
}

/** A copy right after the original, with new uids and a free key (no longer following its text). */
export function duplicateQuestion(definition: EditorDefinition, at: Position) {
  const original = definition.sections[at.section]?.questions[at.question];
  if (!original) return { definition, uid: null };
  const copy: EditorQuestion = {
    ...structuredClone(original),
    uid: newUid(),
    autoKey: false,
    key: uniqueKey(original.key, questionKeys(definition)),
  };
  copy.options = copy.options.map((option) => ({ ...option, uid: newUid() }));
  copy.statements = copy.statements.map((statement) => ({ ...statement, uid: newUid() }));
  const next = mapSection(definition, at.section, (s) => {
    const questions = [...s.questions];
    questions.splice(at.question + 1, 0, copy);
    return { ...s, questions };
  });
  return { definition: next, uid: copy.uid };
}

export function removeQuestion(definition: EditorDefinition, at: Position): EditorDefinition {
  return mapSection(definition, at.section, (s) => ({
    ...s,
    questions: s.questions.filter((_, i) => i !== at.question),
  }));
}

/**
 * Moves a question one place up or down; past the first or last question of its section it moves
 * to the end of the previous section or the start of the next. Null when it cannot move.
 */
export function moveQuestion(
  definition: EditorDefinition,
  at: Position,
  delta: -1 | 1,
): { definition: EditorDefinition; to: Position } | null {
  const section = definition.sections[at.section];
  const question = section?.questions[at.question];
  if (!section || !question) return null;
  const within = at.question + delta;
  if (within >= 0 && within < section.questions.length) {
    const next = mapSection(definition, at.section, (s) => ({
      ...s,
      questions: swap(s.questions, at.question, within),
    }));
    return { definition: next, to: { section: at.section, question: within } };
  }
  const target = at.section + delta;
  const targetSection = definition.sections[target];
  if (!targetSection) return null;
  const position = delta < 0 ? targetSection.questions.length : 0;
  const removed = removeQuestion(definition, at);
  const next = mapSection(removed, target, (s) => {
    const questions = [...s.questions];
    questions.splice(position, 0, question);
    return { ...s, questions };
  });
  return { definition: next, to: { section: target, question: position } };
}

export function canMoveQuestion(definition: EditorDefinition, at: Position, delta: -1 | 1): boolean {
  const section = definition.sections[at.section];
  if (!section) return false;
  const within = at.question + delta;
  if (within >= 0 && within < section.questions.length) return true;
  return definition.sections[at.section + delta] !== undefined;
}

function mapQuestions(
  definition: EditorDefinition,
  change: (question: EditorQuestion) => EditorQuestion,
): EditorDefinition {
  return {
    ...definition,
    sections: definition.sections.map((s) => ({ ...s, questions: s.questions.map(change) })),
  };
}

/** Changes a question's key; conditions that pointed at the old key follow it. */
export function setQuestionKey(
  definition: EditorDefinition,
  uid: string,
  key: string,
  auto: boolean,
): EditorDefinition {
  const old = questionsOf(definition).find((q) => q.uid === uid)?.key;
  const othersUseOld = old !== undefined && questionKeys(definition, uid).has(old);
  return mapQuestions(definition, (question) => {
    if (question.uid === uid) return { ...question, key, autoKey: auto };
    if (!othersUseOld && old && question.showIf?.question === old) {
      return { ...question, showIf: { ...question.showIf, question: key } };
    }
    return question;
  });
}

/** A question's Indonesian text, and its key while the key still follows the text. */
export function setQuestionText(definition: EditorDefinition, uid: string, text: string): EditorDefinition {
  const question = questionsOf(definition).find((q) => q.uid === uid);
  if (!question) return definition;
  const withText = mapQuestions(definition, (q) =>
    q.uid === uid ? { ...q, text: { ...q.text, id: text } } : q,
  );
  if (!question.autoKey) return withText;
  const key = uniqueKey(keyFromText(text, 'pertanyaan'), questionKeys(definition, uid));
  return setQuestionKey(withText, uid, key, true);
}

/** Changes an option's value; conditions naming the old value follow it. */
export function setOptionValue(
  definition: EditorDefinition,
  questionUid: string,
  optionUid: string,
  value: string,
  auto: boolean,
): EditorDefinition {
  const question = questionsOf(definition).find((q) => q.uid === questionUid);
  const old = question?.options.find((o) => o.uid === optionUid)?.value;
  return mapQuestions(definition, (q) => {
    if (q.uid === questionUid) {
      return {
        ...q,
        options: q.options.map((o) => (o.uid === optionUid ? { ...o, value, autoValue: auto } : o)),
      };
    }
    if (question && old !== undefined && q.showIf?.question === question.key) {
      return { ...q, showIf: { ...q.showIf, anyOf: q.showIf.anyOf.map((v) => (v === old ? value : v)) } };
    }
    return q;
  });
}

/** An option's Indonesian label, and its value while the value still follows the label. */
export function setOptionLabel(
  definition: EditorDefinition,
  questionUid: string,
  optionUid: string,
  label: string,
): EditorDefinition {
  const question = questionsOf(definition).find((q) => q.uid === questionUid);
  const option = question?.options.find((o) => o.uid === optionUid);
  if (!question || !option) return definition;
  const withLabel = mapQuestions(definition, (q) =>
    q.uid === questionUid
      ? {
          ...q,
          options: q.options.map((o) =>
            o.uid === optionUid ? { ...o, label: { ...o.label, id: label } } : o,
          ),
        }
      : q,
  );
  if (!option.autoValue) return withLabel;
  const taken = new Set(question.options.filter((o) => o.uid !== optionUid).map((o) => o.value));
  return setOptionValue(
    withLabel,
    questionUid,
    optionUid,
    uniqueKey(keyFromText(label, 'pilihan'), taken),
    true,
  );
}

/** A statement's Indonesian text, and its key while the key still follows the text. */
export function setStatementText(
  question: EditorQuestion,
  statementUid: string,
  text: string,
): EditorQuestion {
  const taken = new Set(question.statements.filter((s) => s.uid !== statementUid).map((s) => s.key));
  return {
    ...question,
    statements: question.statements.map((statement) => {
      if (statement.uid !== statementUid) return statement;
      const withText = { ...statement, text: { ...statement.text, id: text } };
      return statement.autoKey
        ? { ...withText, key: uniqueKey(keyFromText(text, 'pernyataan'), taken) }
        : withText;
    }),
  };
}

/** A scale's range, keeping the labels typed for the points that remain. */
export function setScaleRange(question: EditorQuestion, min: number, max: number): EditorQuestion {
  const offset = min - question.scale.min;
  const shifted = question.scale.labels.slice(Math.max(0, offset));
  return { ...question, scale: { ...question.scale, min, max, labels: scaleLabelsFor(min, max, shifted) } };
}

export interface ConditionSource {
  key: string;
  text: string;
  values: { value: string; label: string }[];
}

/** The earlier choice and Likert questions a question's condition may test, with their answers. */
export function conditionSources(
  definition: EditorDefinition,
  uid: string,
  locale: 'id' | 'en',
): ConditionSource[] {
  const label = (text: { id: string; en: string }) => (locale === 'en' && text.en ? text.en : text.id);
  const sources: ConditionSource[] = [];
  for (const question of questionsOf(definition)) {
    if (question.uid === uid) break;
    if (question.type === 'single' || question.type === 'multiple') {
      sources.push({
        key: question.key,
        text: label(question.text),
        values: question.options.map((o) => ({ value: o.value, label: label(o.label) || o.value })),
      });
    } else if (question.type === 'likert') {
      const { min, max, withLabels, labels } = question.scale;
      sources.push({
        key: question.key,
        text: label(question.text),
        values: Array.from({ length: max - min + 1 }, (_, i) => {
          const point = String(min + i);
          const text = withLabels && labels[i] ? label(labels[i]) : '';
          return { value: point, label: text ? `${point} — ${text}` : point };
        }),
      });
    }
  }
  return sources;
}
