import { createFormContext, type UseFormReturnType } from '@mantine/form';
import { createContext, useContext } from 'react';
import type { EditorDefinition, EditorQuestion } from './editor-model';

export type BuilderForm = UseFormReturnType<EditorDefinition>;

export const [BuilderFormProvider, useBuilderForm] = createFormContext<EditorDefinition>();

/** Applies a change of the whole questionnaire (structure, keys and the conditions that follow them). */
export function change(form: BuilderForm, update: (definition: EditorDefinition) => EditorDefinition): void {
  form.setValues(update(form.getValues()));
}

/** Input props at a string path (the editor's paths are built from indexes). */
export function field(form: BuilderForm, path: string, options?: { type: 'checkbox' }) {
  return form.getInputProps(path as never, options);
}

export function errorAt(form: BuilderForm, path: string) {
  return form.errors[path];
}

export const questionPath = (section: number, question: number) =>
  `sections.${section}.questions.${question}`;

export function questionAt(form: BuilderForm, section: number, question: number): EditorQuestion | undefined {
  return form.values.sections[section]?.questions[question];
}

/** Replaces one question by a changed copy. */
export function changeQuestion(
  form: BuilderForm,
  section: number,
  question: number,
  update: (question: EditorQuestion) => EditorQuestion,
): void {
  const current = questionAt(form, section, question);
  if (current) form.setFieldValue(questionPath(section, question) as never, update(current) as never);
}

export interface BuilderUi {
  readOnly: boolean;
  expanded: ReadonlySet<string>;
  toggle: (uid: string) => void;
  /** Opens a question's editor and puts the focus in its text (after a render). */
  reveal: (uid: string) => void;
  requestDelete: (target: { kind: 'question' | 'section'; uid: string }) => void;
}

export const BuilderUiContext = createContext<BuilderUi | null>(null);

export function useBuilderUi(): BuilderUi {
  const ui = useContext(BuilderUiContext);
  if (!ui) throw new Error('useBuilderUi() outside the builder');
  return ui;
}

/** Focuses an element by id once React has rendered the change that (re)placed it. */
export function focusSoon(...ids: string[]): void {
  requestAnimationFrame(() => {
    for (const id of ids) {
      const element = document.getElementById(id);
      if (element && !element.hasAttribute('disabled')) {
        element.focus();
        return;
      }
    }
  });
}
