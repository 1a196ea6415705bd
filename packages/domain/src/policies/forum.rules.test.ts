import { describe, expect, it } from 'vitest';
import { agendaEditable, forumAccepting, forumStep, minutesWritable, outcomeRecordable } from './forum.rules';

describe('the forum lifecycle', () => {
  it('goes from planned to open to closed and no other way', () => {
    expect(forumStep('planned', 'open')).toBe('open');
    expect(forumStep('open', 'close')).toBe('closed');
    expect(forumStep('planned', 'close')).toBeNull();
    expect(forumStep('open', 'open')).toBeNull();
    expect(forumStep('closed', 'open')).toBeNull();
    expect(forumStep('closed', 'close')).toBeNull();
  });

  it('takes input only while open and before the forum ends', () => {
    const ends = new Date('2026-03-12T09:00:00Z');
    expect(forumAccepting('open', ends, new Date('2026-03-12T08:59:59Z'))).toBe(true);
    expect(forumAccepting('open', ends, ends)).toBe(false);
    expect(forumAccepting('planned', ends, new Date('2026-03-01T00:00:00Z'))).toBe(false);
    expect(forumAccepting('closed', ends, new Date('2026-03-01T00:00:00Z'))).toBe(false);
  });

  it('takes minutes once opened, outcomes once closed, agenda changes until closed', () => {
    expect([minutesWritable('planned'), minutesWritable('open'), minutesWritable('closed')]).toEqual([
      false,
      true,
      true,
    ]);
    expect([outcomeRecordable('planned'), outcomeRecordable('open'), outcomeRecordable('closed')]).toEqual([
      false,
      false,
      true,
    ]);
    expect([agendaEditable('planned'), agendaEditable('open'), agendaEditable('closed')]).toEqual([
      true,
      true,
      false,
    ]);
  });
});
