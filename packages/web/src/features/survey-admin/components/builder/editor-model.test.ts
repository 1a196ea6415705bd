import { InstrumentDefinition } from '@jenjang/domain/surveys/instrument.contract';
import { templateByKey } from '@jenjang/domain/surveys/survey-templates';
import { describe, expect, it } from 'vitest';
import { fromEditor, toEditor } from './editor-model';

const parse = (key: string) => InstrumentDefinition.parse(templateByKey(key)?.definition);

describe('toEditor and fromEditor', () => {
  it('give back every shipped template unchanged', () => {
    for (const key of [
      'training-needs',
      'employee-satisfaction',
      'skm',
      'public-feedback',
      'training-reaction',
    ]) {
      const definition = parse(key);
      expect(InstrumentDefinition.parse(fromEditor(toEditor(definition)))).toEqual(definition);
    }
  });

  it('leaves out blank help, description and number limits', () => {
    const definition = parse('skm');
    const editor = toEditor(definition);
    const first = editor.sections[0]?.questions[0];
    if (!first) throw new Error('no question');
    first.help = { id: ' ', en: '' };
    editor.description = { id: '', en: '' };
    const sent = fromEditor(editor);
    expect(sent.description).toBeUndefined();
    expect(sent.sections[0]?.questions[0]).not.toHaveProperty('help');
  });

  it('sends the points of a condition on a Likert question as numbers', () => {
    const editor = toEditor(parse('skm'));
    const section = editor.sections[1];
    const [likert, second] = section?.questions ?? [];
    if (!likert || !second) throw new Error('no questions');
    second.showIf = { question: likert.key, anyOf: ['1', '2'] };
    const sent = fromEditor(editor).sections[1]?.questions[1];
    expect(sent?.showIf).toEqual({ question: likert.key, anyOf: [1, 2] });
  });

  it('keeps settings it does not edit, such as the preferred-formats role', () => {
    const definition = parse('training-needs');
    const withRole = definition.sections
      .flatMap((s) => s.questions)
      .find((q) => q.type === 'multiple' && q.role === 'preferredFormats');
    expect(withRole).toBeDefined();
    const back = InstrumentDefinition.parse(fromEditor(toEditor(definition)));
    expect(back.sections.flatMap((s) => s.questions).find((q) => q.key === withRole?.key)).toEqual(withRole);
  });
});
