import { describe, expect, it } from 'vitest';
import { ruleMessage } from './trigger-rule';

const number = (v: number) => String(v).replace('.', ',');

describe('ruleMessage', () => {
  it('names each rule with its number, two decimals at most', () => {
    expect(ruleMessage({ kind: 'below', threshold: 3.456 }, number)).toEqual({
      key: 'trigger.rule.below',
      values: { value: '3,46' },
    });
    expect(ruleMessage({ kind: 'fallsBy', amount: 0.3 }, number)).toEqual({
      key: 'trigger.rule.fallsBy',
      values: { value: '0,3' },
    });
    expect(ruleMessage({ kind: 'missesTarget' }, number)).toEqual({
      key: 'trigger.rule.missesTarget',
      values: {},
    });
  });
});
