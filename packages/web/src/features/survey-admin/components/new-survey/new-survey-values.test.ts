import { describe, expect, it } from 'vitest';
import {
  createSurveyBody,
  defaultModeFor,
  type NewSurveyValues,
  parseQuestionnaire,
  surveyErrorPath,
} from './new-survey-values';

const values: NewSurveyValues = {
  questionnaire: 't:employee-satisfaction',
  title: '  Survei Kepuasan Pegawai 2026 ',
  mode: 'anonymous',
  unitIds: ['12', '40'],
  positionKinds: ['fungsional'],
  golongan: [],
  employeeTypes: ['PNS'],
  serviceUnitId: 7,
  serviceName: 'Layanan Kenaikan Pangkat',
  minGroupSize: 5,
  wave: { label: 'Semester I 2026', opensAt: '', closesAt: '', population: '', reminderAt: '' },
};

describe('parseQuestionnaire', () => {
  it('tells a template from an existing questionnaire', () => {
    expect(parseQuestionnaire('t:skm')).toEqual({ kind: 'template', key: 'skm' });
    expect(parseQuestionnaire('i:42')).toEqual({ kind: 'instrument', id: 42 });
  });

  it('gives nothing for no choice or a broken value', () => {
    for (const value of [null, '', 't:', 'i:abc', 'i:0', 'x:1']) expect(parseQuestionnaire(value)).toBeNull();
  });
});

describe('defaultModeFor', () => {
  it('runs SKM and public feedback publicly, the needs survey identified, the rest anonymously', () => {
    expect(defaultModeFor('skm')).toBe('public');
    expect(defaultModeFor('publicFeedback')).toBe('public');
    expect(defaultModeFor('needs')).toBe('identified');
    expect(defaultModeFor('satisfaction')).toBe('anonymous');
  });
});

describe('createSurveyBody', () => {
  it('sends the audience criteria of an employee survey and no service', () => {
    expect(createSurveyBody(values, 9)).toEqual({
      instrumentId: 9,
      title: 'Survei Kepuasan Pegawai 2026',
      mode: 'anonymous',
      audience: {
        kind: 'criteria',
        unitIds: [12, 40],
        positionKinds: ['fungsional'],
        golongan: [],
        employeeTypes: ['PNS'],
      },
      serviceUnitId: null,
      serviceName: null,
      minGroupSize: 5,
    });
  });

  it('sends the service of a public survey and no audience', () => {
    const body = createSurveyBody({ ...values, mode: 'public', minGroupSize: '7' }, 9);
    expect(body.audience).toBeUndefined();
    expect(body).toMatchObject({
      serviceUnitId: 7,
      serviceName: 'Layanan Kenaikan Pangkat',
      minGroupSize: 7,
    });
  });

  it('sends no service name when it is blank', () => {
    expect(createSurveyBody({ ...values, mode: 'public', serviceName: ' ' }, 9).serviceName).toBeNull();
  });
});

describe('surveyErrorPath', () => {
  it('puts audience errors on the criterion they concern, and others on their field', () => {
    expect(surveyErrorPath('audience.golongan.3')).toBe('golongan');
    expect(surveyErrorPath('audience')).toBe('unitIds');
    expect(surveyErrorPath('title')).toBe('title');
    expect(surveyErrorPath('minGroupSize')).toBe('minGroupSize');
  });
});
