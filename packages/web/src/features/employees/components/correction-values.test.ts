import { describe, expect, it } from 'vitest';
import type { EmployeeDetail } from '../../../api/types';
import { correctionBody, formOf } from './correction-values';

const employee = {
  id: 7,
  name: 'Budi Santoso',
  frontTitle: null,
  backTitle: 'S.E.',
  sex: 'M',
  birthDate: '1985-03-12',
  status: 'aktif',
  unitId: 3,
  positionId: null,
  golongan: 'III/a',
  tmtCpns: '2010-01-01',
  tmtPns: null,
  tmtGolongan: null,
  tmtJabatan: null,
  educationLevel: null,
  education: null,
} as unknown as EmployeeDetail;

describe('correctionBody', () => {
  it('sends nothing when nothing changed, spaces around texts included', () => {
    const form = formOf(employee);
    expect(correctionBody(form, { ...form, name: ' Budi Santoso ', backTitle: 'S.E. ' }, '12')).toBeNull();
  });

  it('sends only the changed fields, empty as null and ids as numbers, with the version', () => {
    const form = formOf(employee);
    const body = correctionBody(
      form,
      {
        ...form,
        frontTitle: 'Drs.',
        backTitle: '',
        tmtCpns: '',
        unitId: '9',
        positionId: '4',
        golongan: 'III/b',
      },
      '12',
    );
    expect(body).toEqual({
      version: '12',
      frontTitle: 'Drs.',
      backTitle: null,
      tmtCpns: null,
      unitId: 9,
      positionId: 4,
      golongan: 'III/b',
    });
  });
});
