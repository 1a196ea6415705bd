import type { InstrumentDefinitionInput } from './instrument.contract';
import { employeeSatisfactionDefinition } from './survey-templates/employee-satisfaction.template';
import { publicFeedbackDefinition } from './survey-templates/public-feedback.template';
import { skmDefinition } from './survey-templates/skm.template';
import { trainingBehaviourDefinition } from './survey-templates/training-behaviour.template';
import { trainingNeedsDefinition } from './survey-templates/training-needs.template';
import { trainingReactionDefinition } from './survey-templates/training-reaction.template';

// Ready-made instruments an agency starts from and then edits: no official LAN questionnaire exists
// for evaluating programs (DOMAIN §9), so these follow LAN's needs-survey practice, Kirkpatrick's
// levels and the sample questionnaire of PermenPANRB 14/2017. Keys are stable: results of waves
// run on edited copies stay comparable, and reports group by them (e.g. `promotion_*`).
// Each definition lives in survey-templates/ and is built from fresh objects; the registry freezes
// it, so an agency's copy is made by parsing (or cloning) a template, never by editing it in place.

export interface SurveyTemplate {
  readonly key: string;
  readonly definition: InstrumentDefinitionInput;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

const frozen = (key: string, definition: InstrumentDefinitionInput): SurveyTemplate =>
  deepFreeze({ key, definition });

export const SURVEY_TEMPLATES: readonly SurveyTemplate[] = Object.freeze([
  frozen('training-needs', trainingNeedsDefinition()),
  frozen('training-reaction', trainingReactionDefinition()),
  frozen('training-behaviour-alumni', trainingBehaviourDefinition('alumni')),
  frozen('training-behaviour-supervisor', trainingBehaviourDefinition('supervisor')),
  frozen('employee-satisfaction', employeeSatisfactionDefinition()),
  frozen('skm', skmDefinition()),
  frozen('public-feedback', publicFeedbackDefinition()),
]);

export function templateByKey(key: string): SurveyTemplate | undefined {
  return SURVEY_TEMPLATES.find((template) => template.key === key);
}
