import type { Audience, CreateSurveyRequest, EmployeeType, SurveyMode } from '../../../../api/types';
import type { WaveValues } from '../wave-values';

export const DEFAULT_MIN_GROUP_SIZE = 5;
export const MIN_GROUP_SIZE = 3;

/** The new-survey form: the questionnaire ('t:<template key>' or 'i:<instrument id>'), settings, first wave. */
export interface NewSurveyValues {
  questionnaire: string | null;
  title: string;
  mode: SurveyMode;
  unitIds: string[];
  positionKinds: string[];
  golongan: string[];
  employeeTypes: EmployeeType[];
  serviceUnitId: number | undefined;
  serviceName: string;
  minGroupSize: number | string;
  wave: WaveValues;
}

export type Questionnaire = { kind: 'template'; key: string } | { kind: 'instrument'; id: number };

export function parseQuestionnaire(value: string | null): Questionnaire | null {
  if (value?.startsWith('t:') && value.length > 2) return { kind: 'template', key: value.slice(2) };
  if (value?.startsWith('i:')) {
    const id = Number(value.slice(2));
    if (Number.isInteger(id) && id > 0) return { kind: 'instrument', id };
  }
  return null;
}

export const templateValue = (key: string) => `t:${key}`;
export const instrumentValue = (id: number) => `i:${id}`;

/** The mode a questionnaire of this kind is usually run in. */
export function defaultModeFor(kind: string): SurveyMode {
  if (kind === 'skm' || kind === 'publicFeedback') return 'public';
  // The needs survey feeds each employee's development plan, so it must know who answered.
  if (kind === 'needs') return 'identified';
  return 'anonymous';
}

/** Employees matching every criterion given; an empty criterion does not restrict. */
export function audienceOf(values: NewSurveyValues): Audience {
  return {
    kind: 'criteria',
    unitIds: values.unitIds.map(Number),
    positionKinds: values.positionKinds,
    golongan: values.golongan,
    employeeTypes: values.employeeTypes,
  };
}

export function createSurveyBody(values: NewSurveyValues, instrumentId: number): CreateSurveyRequest {
  const isPublic = values.mode === 'public';
  const serviceName = values.serviceName.trim();
  return {
    instrumentId,
    title: values.title.trim(),
    mode: values.mode,
    ...(isPublic ? {} : { audience: audienceOf(values) }),
    serviceUnitId: isPublic ? (values.serviceUnitId ?? null) : null,
    serviceName: isPublic && serviceName !== '' ? serviceName : null,
    minGroupSize: Number(values.minGroupSize),
  };
}

/** Where the server's field errors of POST /surveys belong in this form. */
export function surveyErrorPath(path: string): string {
  const audience = /^audience\.(unitIds|positionKinds|golongan|employeeTypes)/.exec(path);
  if (audience?.[1]) return audience[1];
  if (path.startsWith('audience')) return 'unitIds';
  return path.split('.')[0] ?? path;
}
