import { describe, expect, it } from 'vitest';
import { POSITION_KINDS } from '../people/position';
import {
  InstrumentDefinition,
  type InstrumentDefinitionInput,
  PROFILE_FIELDS,
  type Question,
  type Scale,
  SKM_ELEMENTS,
} from './instrument.contract';
import { questionsOf } from './instrument.rules';
import { type AnswerValue, isShown, validateAnswers } from './survey-response.rules';
import { SURVEY_TEMPLATES, templateByKey } from './survey-templates';
import { SKM_ELEMENT_KEYS } from './survey-templates/skm.template';

const parsed = (key: string) => InstrumentDefinition.parse(templateByKey(key)!.definition);

const questionOf = (definition: InstrumentDefinition, key: string) => {
  const question = questionsOf(definition).find((q) => q.key === key);
  if (!question) throw new Error(`no question "${key}"`);
  return question;
};

/** Mostly favourable points (max, max−1, max−2 in turn), as most real respondents give. */
const pointOn = (scale: Scale, seed: number) => scale.max - (seed % Math.min(3, scale.max - scale.min + 1));

/** A plausible answer to `question`; `seed` varies the answers from question to question. */
function answerTo(question: Question, seed: number): AnswerValue {
  switch (question.type) {
    case 'likert':
      return pointOn(question.scale, seed);
    case 'single':
      return question.options[seed % question.options.length]!.value;
    case 'multiple': {
      const count = Math.min(question.maxChoices ?? 2, question.options.length);
      const first = seed % (question.options.length - count + 1);
      return question.options.slice(first, first + count).map((o) => o.value);
    }
    case 'number':
      return question.min ?? 1;
    case 'text':
      return `Contoh jawaban untuk ${question.key}.`.slice(0, question.maxLength);
    case 'matrix':
      return Object.fromEntries(
        question.statements.map((s, i) => [s.key, pointOn(question.scale, seed + i)]),
      );
    case 'abilityNeed':
      return Object.fromEntries(
        question.statements.map((s, i) => [
          s.key,
          { ability: pointOn(question.scale, seed + i + 1), need: pointOn(question.scale, seed + i) },
        ]),
      );
  }
}

/** Answers every question the respondent is shown, or only the required ones. */
function responseTo(definition: InstrumentDefinition, only: 'all' | 'required' = 'all') {
  const answers: Record<string, AnswerValue> = {};
  questionsOf(definition).forEach((question, seed) => {
    if (only === 'required' && !question.required) return;
    if (isShown(question, answers)) answers[question.key] = answerTo(question, seed);
  });
  return answers;
}

/** Every bilingual text in a definition, with where it stands. */
function textsIn(value: unknown, path: string): { path: string; id: unknown; en: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => textsIn(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if ('id' in record) return [{ path, id: record.id, en: record.en }];
  return Object.entries(record).flatMap(([key, item]) => textsIn(item, `${path}.${key}`));
}

const filled = (text: unknown) => typeof text === 'string' && text.trim() !== '';

describe('SURVEY_TEMPLATES', () => {
  it('offers the seven standard templates, each under its own key', () => {
    expect(SURVEY_TEMPLATES.map((template) => template.key)).toEqual([
      'training-needs',
      'training-reaction',
      'training-behaviour-alumni',
      'training-behaviour-supervisor',
      'employee-satisfaction',
      'skm',
      'public-feedback',
    ]);
  });

  it('gives each template the instrument kind its purpose calls for', () => {
    expect(Object.fromEntries(SURVEY_TEMPLATES.map((t) => [t.key, t.definition.kind]))).toEqual({
      'training-needs': 'needs',
      'training-reaction': 'reaction',
      'training-behaviour-alumni': 'behaviour',
      'training-behaviour-supervisor': 'behaviour',
      'employee-satisfaction': 'satisfaction',
      skm: 'skm',
      'public-feedback': 'publicFeedback',
    });
  });

  it('finds a template by its key and none for an unknown key', () => {
    expect(templateByKey('skm')?.definition.kind).toBe('skm');
    expect(templateByKey('exit-interview')).toBeUndefined();
  });

  it('shares no object between two templates, so a change to one cannot reach another', () => {
    const owner = new Map<object, string>();
    const shared: string[] = [];
    const visit = (value: unknown, key: string) => {
      if (typeof value !== 'object' || value === null) return;
      const first = owner.get(value);
      if (first !== undefined && first !== key) shared.push(`${first} and ${key}`);
      if (first !== undefined) return;
      owner.set(value, key);
      for (const item of Object.values(value)) visit(item, key);
    };
    for (const template of SURVEY_TEMPLATES) visit(template.definition, template.key);
    expect(shared).toEqual([]);
  });

  it('cannot be edited in place, down to the last label', () => {
    const skm = templateByKey('skm')!.definition;
    const question = skm.sections[1]!.questions[0]!;
    expect(Object.isFrozen(SURVEY_TEMPLATES)).toBe(true);
    expect(Object.isFrozen(skm)).toBe(true);
    expect(Object.isFrozen(question.text)).toBe(true);
    expect(() => {
      (question.text as { id: string }).id = 'Diubah';
    }).toThrow(TypeError);
    expect(question.text.id).not.toBe('Diubah');
  });

  it('parses into a copy the caller may change freely', () => {
    const copy = InstrumentDefinition.parse(templateByKey('skm')!.definition);
    copy.sections[0]!.title.id = 'Diubah';
    expect(templateByKey('skm')!.definition.sections[0]!.title.id).not.toBe('Diubah');
    expect(InstrumentDefinition.parse(templateByKey('skm')!.definition).sections[0]!.title.id).not.toBe(
      'Diubah',
    );
  });
});

describe.each(SURVEY_TEMPLATES.map((t): [string, InstrumentDefinitionInput] => [t.key, t.definition]))(
  'the %s template',
  (_key, definition) => {
    it('is a valid instrument definition', () => {
      const result = InstrumentDefinition.safeParse(definition);
      expect(result.error?.issues ?? []).toEqual([]);
    });

    it('says every text in Indonesian and in English', () => {
      const texts = textsIn(definition, 'definition');
      expect(texts.length).toBeGreaterThan(5);
      expect(texts.filter((text) => !filled(text.id) || !filled(text.en)).map((text) => text.path)).toEqual(
        [],
      );
    });

    it('accepts a realistic complete response as it stands', () => {
      const instrument = InstrumentDefinition.parse(definition);
      const response = responseTo(instrument);
      expect(validateAnswers(instrument, response)).toEqual({ ok: true, answers: response });
    });

    it('accepts a response that answers only the required questions', () => {
      const instrument = InstrumentDefinition.parse(definition);
      expect(validateAnswers(instrument, responseTo(instrument, 'required')).ok).toBe(true);
    });

    it('leaves every text question optional', () => {
      const instrument = InstrumentDefinition.parse(definition);
      const required = questionsOf(instrument).filter((q) => q.type === 'text' && q.required);
      expect(required.map((q) => q.key)).toEqual([]);
    });
  },
);

describe('the training-needs template', () => {
  const needs = parsed('training-needs');
  const abilityNeeds = questionsOf(needs).filter((q) => q.type === 'abilityNeed');

  it('rates ability and need for the managerial competencies M.1–M.8 and the sociocultural SK.1', () => {
    expect(abilityNeeds[0]!.statements.map((s) => s.competency)).toEqual([
      'M.1',
      'M.2',
      'M.3',
      'M.4',
      'M.5',
      'M.6',
      'M.7',
      'M.8',
      'SK.1',
    ]);
  });

  it('rates ability and need for technical and digital competencies in a second question', () => {
    expect(abilityNeeds).toHaveLength(2);
    expect(abilityNeeds[1]!.statements.map((s) => s.key)).toEqual(
      expect.arrayContaining([
        'information_systems',
        'data_analysis',
        'regional_finance',
        'public_service_standards',
        'policy_drafting',
        'digital_archives',
      ]),
    );
  });

  it('rates both on a labelled scale from 1 to 5', () => {
    for (const question of abilityNeeds) {
      expect(question.scale).toMatchObject({ min: 1, max: 5 });
      expect(question.scale.labels).toHaveLength(5);
    }
  });

  it('lets the respondent pick at most three preferred formats', () => {
    const formats = questionsOf(needs).filter((q) => q.type === 'multiple' && q.role === 'preferredFormats');
    expect(formats).toMatchObject([{ key: 'preferred_formats', maxChoices: 3 }]);
    const four = ['classroom_training', 'e_learning', 'coaching', 'mentoring'];
    const check = validateAnswers(needs, { ...responseTo(needs), preferred_formats: four });
    expect(check.ok ? [] : check.issues.map((i) => i.code)).toEqual(['errors.survey.answer.tooManyChoices']);
  });

  it('asks for one learning method', () => {
    expect(questionOf(needs, 'learning_method')).toMatchObject({ type: 'single', required: true });
  });

  it('asks the position kind optionally, in the position kinds the personnel records use', () => {
    const position = questionOf(needs, 'position_kind');
    expect(position.required).toBe(false);
    if (position.type !== 'single') throw new Error('position_kind is not single-choice');
    for (const { value } of position.options) expect(POSITION_KINDS).toContain(value);
  });
});

describe('the training-reaction template', () => {
  const reaction = parsed('training-reaction');

  it('rates material, trainers, relevance, facilities, organisation and time from 1 to 5', () => {
    const keys = [
      'material_clarity',
      'trainer_mastery',
      'material_relevance',
      'facilities',
      'organiser_service',
    ];
    for (const key of [...keys, 'time_allocation', 'application_intent', 'overall_satisfaction']) {
      expect(questionOf(reaction, key)).toMatchObject({ type: 'likert', scale: { min: 1, max: 5 } });
    }
  });

  it('asks what the participant will apply first and for suggestions, both optionally', () => {
    expect(questionOf(reaction, 'application_first')).toMatchObject({ type: 'text', required: false });
    expect(questionOf(reaction, 'suggestions')).toMatchObject({ type: 'text', required: false });
  });
});

describe('the training-behaviour templates', () => {
  const alumni = parsed('training-behaviour-alumni');
  const supervisor = parsed('training-behaviour-supervisor');

  it('ask the alumnus and the direct supervisor the same questions under the same keys', () => {
    const shape = (d: InstrumentDefinition) => questionsOf(d).map((q) => [q.key, q.type, q.required]);
    expect(shape(supervisor)).toEqual(shape(alumni));
    expect(questionOf(supervisor, 'application_frequency').text).not.toEqual(
      questionOf(alumni, 'application_frequency').text,
    );
  });

  it('list the usual obstacles to applying what was learned', () => {
    const obstacles = questionOf(alumni, 'obstacles');
    if (obstacles.type !== 'multiple') throw new Error('obstacles is not multiple-choice');
    expect(obstacles.options.map((o) => o.value)).toEqual(
      expect.arrayContaining([
        'no_opportunity',
        'no_superior_support',
        'lack_of_tools',
        'material_not_relevant',
      ]),
    );
  });

  it('ask for examples only once the training has been applied at all', () => {
    const base = responseTo(alumni);
    const never = validateAnswers(alumni, { ...base, application_frequency: 1 });
    expect(never.ok ? [] : never.issues.map((i) => [i.path, i.code])).toEqual([
      ['application_examples', 'errors.survey.answer.notShown'],
    ]);
    expect(validateAnswers(alumni, { ...base, application_frequency: 2 }).ok).toBe(true);
  });
});

describe('the employee-satisfaction template', () => {
  const satisfaction = parsed('employee-satisfaction');
  const matrices = questionsOf(satisfaction).filter((q) => q.type === 'matrix');

  it('rates each theme as statements on a five-point agreement scale', () => {
    expect(matrices.map((q) => q.key)).toEqual([
      'job_satisfaction',
      'work_motivation',
      'career_promotion',
      'leadership_supervision',
      'training_access',
      'work_environment',
    ]);
    for (const matrix of matrices) expect(matrix.scale).toMatchObject({ min: 1, max: 5 });
  });

  it('keys the promotion statements promotion_… so results can be grouped', () => {
    const promotion = matrices.flatMap((q) =>
      q.statements.filter((s) => s.key.startsWith('promotion_')).map((s) => ({ question: q.key, ...s })),
    );
    expect(promotion.length).toBeGreaterThanOrEqual(3);
    expect(new Set(promotion.map((s) => s.question))).toEqual(new Set(['career_promotion']));
    expect(promotion.map((s) => s.text.id)).toContain('Sistem promosi di instansi ini adil dan transparan.');
  });

  it('ends with an overall rating and an optional text for proposals', () => {
    expect(questionOf(satisfaction, 'overall_satisfaction').type).toBe('likert');
    expect(questionOf(satisfaction, 'proposals')).toMatchObject({ type: 'text', required: false });
  });
});

describe('the skm template', () => {
  const skm = parsed('skm');
  const elements = questionsOf(skm).filter((q) => q.type === 'likert' && q.skmElement);

  it('measures the nine elements U1 to U9 once each, in the default order of PermenPANRB 14/2017', () => {
    expect(elements.map((q) => q.type === 'likert' && q.skmElement)).toEqual([...SKM_ELEMENTS]);
  });

  it('answers every element on a required four-point scale with a label per point', () => {
    for (const question of elements) {
      expect(question).toMatchObject({ required: true, scale: { min: 1, max: 4 } });
      if (question.type === 'likert') expect(question.scale.labels).toHaveLength(4);
    }
  });

  it('uses the customary labels, from "Tidak sesuai" for requirements to "Gratis" for cost', () => {
    const labels = (element: string) => {
      const question = elements.find((q) => q.type === 'likert' && q.skmElement === element);
      return question?.type === 'likert' ? question.scale.labels.map((l) => l.id) : [];
    };
    expect(labels('U1')).toEqual(['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai']);
    expect(labels('U3')).toEqual(['Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat']);
    expect(labels('U4')).toEqual(['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis']);
    expect(labels('U7')[0]).toBe('Tidak sopan dan ramah');
    expect(labels('U7')[3]).toBe('Sangat sopan dan ramah');
  });

  it('asks the coarse respondent profile (sex, age band, education, occupation), all optional', () => {
    const profile = questionsOf(skm).filter((q) => q.type === 'single' && q.profile);
    expect(profile.map((q) => q.type === 'single' && q.profile)).toEqual([...PROFILE_FIELDS]);
    for (const question of profile) expect(question.required).toBe(false);
  });

  it('rejects a response that leaves an element unanswered', () => {
    const { u3_service_time: _, ...rest } = responseTo(skm);
    const check = validateAnswers(skm, rest);
    expect(check.ok ? [] : check.issues.map((i) => [i.path, i.code])).toEqual([
      ['u3_service_time', 'errors.survey.answer.required'],
    ]);
  });
});

describe('the public-feedback template', () => {
  const feedback = parsed('public-feedback');
  const base = responseTo(feedback);

  it('rates courtesy, speed, competence, clarity and the absence of illegal fees from 1 to 5', () => {
    for (const key of [
      'courtesy',
      'speed',
      'competence',
      'information_clarity',
      'integrity',
      'overall_rating',
    ]) {
      expect(questionOf(feedback, key)).toMatchObject({ type: 'likert', scale: { min: 1, max: 5 } });
    }
    expect(questionOf(feedback, 'integrity').text.id).toContain('pungutan liar');
  });

  it('takes an account of what went wrong only after an overall rating of 1 or 2', () => {
    const accepted = [1, 2, 3, 4, 5].filter(
      (rating) =>
        validateAnswers(feedback, {
          ...base,
          overall_rating: rating,
          what_went_wrong: 'Antrean sangat lama.',
        }).ok,
    );
    expect(accepted).toEqual([1, 2]);
  });

  it('lets a dissatisfied citizen leave out what went wrong', () => {
    expect(validateAnswers(feedback, { ...base, overall_rating: 1 }).ok).toBe(true);
  });

  it('asks sex and age band optionally, and nothing that identifies the citizen', () => {
    const profile = questionsOf(feedback).filter((q) => q.type === 'single' && q.profile);
    expect(profile.map((q) => [q.key, q.required])).toEqual([
      ['sex', false],
      ['age_band', false],
    ]);
    expect(questionsOf(feedback).filter((q) => q.type === 'number')).toEqual([]);
  });
});

describe('SKM_ELEMENT_KEYS', () => {
  it('names the SKM template\u2019s nine element questions, U1 to U9 in order (PermenPANRB 14/2017)', () => {
    const questions = templateByKey('skm')!.definition.sections.flatMap((section) => section.questions);
    const elements = questions.filter((q) => 'skmElement' in q && q.skmElement !== undefined);
    expect(SKM_ELEMENT_KEYS).toEqual(elements.map((q) => q.key));
    expect(SKM_ELEMENT_KEYS).toHaveLength(9);
    expect(SKM_ELEMENT_KEYS[0]).toBe('u1_requirements');
    expect(SKM_ELEMENT_KEYS[8]).toBe('u9_facilities');
  });
});
