import { describe, expect, it } from 'vitest';
import { letterheadBody, letterheadForm, letterheadProblems } from './letterhead';

const EMPTY = { agency: null, address: null, signerName: null, signerTitle: null, signerNip: null };

describe('the certificates’ letterhead form', () => {
  it('sends empty fields as null and a NIP typed with spaces as its digits', () => {
    const form = { ...letterheadForm(EMPTY), agency: '  BKPSDM ', signerNip: '19700512 199303 1 004' };
    expect(letterheadBody(form)).toEqual({ ...EMPTY, agency: 'BKPSDM', signerNip: '197005121993031004' });
    expect(letterheadProblems(form)).toEqual({});
  });

  it('refuses a signer NIP that is no NIP, naming the NIP rule it breaks', () => {
    const form = { ...letterheadForm(EMPTY), signerNip: '12345' };
    expect(letterheadProblems(form)).toEqual({
      signerNip: { kind: 'nip', code: 'nip.length', params: { length: 5, value: '12345' } },
    });
    expect(letterheadProblems({ ...form, signerNip: '197005121993131004' }).signerNip).toMatchObject({
      code: 'nip.tmtMonth',
    });
  });

  it('refuses an address longer than the letterhead holds', () => {
    const form = { ...letterheadForm(EMPTY), address: 'x'.repeat(301) };
    expect(letterheadProblems(form)).toEqual({ address: { kind: 'tooLong', max: 300 } });
  });
});
