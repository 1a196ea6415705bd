import { describe, expect, it } from 'vitest';
import { isAccepting, waveState } from './survey-wave.rules';

const window = { opensAt: '2026-07-01T00:00:00+07:00', closesAt: '2026-07-31T00:00:00+07:00' };
const at = (iso: string) => new Date(iso);

describe('waveState', () => {
  it('keeps a draft a draft whatever the date', () => {
    expect(waveState({ ...window, status: 'draft' }, at('2026-07-10T00:00:00Z'))).toBe('draft');
  });

  it('schedules a published wave before its window and opens it inside', () => {
    expect(waveState({ ...window, status: 'open' }, at('2026-06-30T16:59:59Z'))).toBe('scheduled');
    expect(waveState({ ...window, status: 'open' }, at('2026-06-30T17:00:00Z'))).toBe('open');
  });

  it('closes a published wave at the end of its window, even if nobody closed it', () => {
    expect(waveState({ ...window, status: 'open' }, at('2026-07-30T16:59:59Z'))).toBe('open');
    expect(waveState({ ...window, status: 'open' }, at('2026-07-30T17:00:00Z'))).toBe('closed');
  });

  it('closes a wave an admin closed inside its window', () => {
    expect(waveState({ ...window, status: 'closed' }, at('2026-07-10T00:00:00Z'))).toBe('closed');
    expect(isAccepting({ ...window, status: 'closed' }, at('2026-07-10T00:00:00Z'))).toBe(false);
  });
});
