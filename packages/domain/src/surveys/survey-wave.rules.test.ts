import { describe, expect, it } from 'vitest';
import { announcesOnPublish, archiveBlocker, isAccepting, waveState } from './survey-wave.rules';

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

describe('announcesOnPublish', () => {
  it('announces a wave published inside its window at once', () => {
    expect(announcesOnPublish(window, at('2026-07-01T00:00:00+07:00'))).toBe(true);
    expect(announcesOnPublish(window, at('2026-07-15T12:00:00Z'))).toBe(true);
  });

  it('leaves a wave published before its window to be announced when it opens', () => {
    expect(announcesOnPublish(window, at('2026-06-30T16:59:59Z'))).toBe(false);
  });

  it('announces nothing for a wave whose window is already over', () => {
    expect(announcesOnPublish(window, at('2026-07-31T00:00:00+07:00'))).toBe(false);
  });
});

describe('archiveBlocker', () => {
  const now = at('2026-07-10T00:00:00Z');
  it('lets a survey whose waves are closed, past or drafts be archived', () => {
    expect(archiveBlocker([], now)).toBeNull();
    expect(
      archiveBlocker(
        [
          { ...window, status: 'closed' },
          { ...window, status: 'draft' },
          { opensAt: '2026-01-01T00:00:00Z', closesAt: '2026-02-01T00:00:00Z', status: 'open' },
        ],
        now,
      ),
    ).toBeNull();
  });

  it('holds back a survey with an open or a scheduled wave', () => {
    expect(archiveBlocker([{ ...window, status: 'open' }], now)).toBe('waveRunning');
    expect(
      archiveBlocker(
        [{ opensAt: '2026-08-01T00:00:00Z', closesAt: '2026-09-01T00:00:00Z', status: 'open' }],
        now,
      ),
    ).toBe('waveRunning');
  });
});
