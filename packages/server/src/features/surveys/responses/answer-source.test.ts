import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { answerSource, networkOf } from './answer-source';

describe('networkOf', () => {
  it('keeps an IPv4 address whole, also when it comes IPv4-mapped', () => {
    expect(networkOf('198.51.100.7')).toBe('198.51.100.7');
    expect(networkOf('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(networkOf('::ffff:c633:6407')).toBe('198.51.100.7');
  });

  it('takes the /56 of an IPv6 address: one subscriber’s addresses are one source', () => {
    expect(networkOf('2001:db8:aa:bb01::1')).toBe('2001:db8:aa:bb00::/56');
    expect(networkOf('2001:db8:aa:bbff:1:2:3:4')).toBe('2001:db8:aa:bb00::/56');
    expect(networkOf('2001:db8:aa:cc00::1')).toBe('2001:db8:aa:cc00::/56');
    expect(networkOf('fe80::1%eth0')).toBe('fe80:0:0:0::/56');
  });
});

describe('answerSource', () => {
  const secret = Buffer.from('a-server-secret-of-at-least-32-characters');

  it('is the same for one network and differs between networks and secrets', () => {
    expect(answerSource(secret, '2001:db8:aa:bb01::1')).toEqual(answerSource(secret, '2001:db8:aa:bb02::9'));
    expect(answerSource(secret, '198.51.100.7')).not.toEqual(answerSource(secret, '198.51.100.8'));
    expect(answerSource(secret, '198.51.100.7')).not.toEqual(
      answerSource(Buffer.from('another-secret-of-at-least-32-characters'), '198.51.100.7'),
    );
  });

  it('is keyed: not the plain hash anyone could compute for every address', () => {
    const plain = createHash('sha256').update('survey-source:198.51.100.7').digest().subarray(0, 16);
    expect(answerSource(secret, '198.51.100.7')).toHaveLength(16);
    expect(answerSource(secret, '198.51.100.7')).not.toEqual(plain);
  });
});
