import { describe, expect, it } from 'vitest';
import { normaliseLogin } from './login-name';

describe('normaliseLogin', () => {
  it('reduces a NIP typed with spaces, dots or dashes to its 18 digits', () => {
    for (const typed of [
      '198503122010011001',
      '19850312 201001 1 001',
      ' 19850312.201001.1.001 ',
      '19850312-201001-1-001',
      '１９８５０３１２２０１００１１００１',
    ]) {
      expect(normaliseLogin(typed)).toBe('198503122010011001');
    }
  });

  it('trims and lowercases a username', () => {
    expect(normaliseLogin('  Admin.Tanjungpinang ')).toBe('admin.tanjungpinang');
  });

  it('leaves digits that are not a NIP as typed', () => {
    expect(normaliseLogin('1985 0312')).toBe('1985 0312');
  });
});
