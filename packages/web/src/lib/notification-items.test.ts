import { describe, expect, it } from 'vitest';
import { toNotificationItem } from './notification-items';

const base = { id: 1, createdAt: '2026-03-12T10:00:00Z', read: false };

describe('toNotificationItem', () => {
  it('reads the wave and the survey title of an invitation', () => {
    expect(
      toNotificationItem({ ...base, kind: 'survey.invitation', data: { waveId: 42, title: 'SKM' } }),
    ).toEqual({
      ...base,
      kind: 'survey.invitation',
      waveId: 42,
      title: 'SKM',
    });
  });

  it('shows an unknown kind as a plain notification without a link', () => {
    const item = toNotificationItem({ ...base, kind: 'program.enrolled', data: { waveId: '42' } });
    expect(item.kind).toBe('other');
    expect(item.waveId).toBeNull();
    expect(item.title).toBeNull();
  });

  it('ignores a wave id that is not a positive whole number', () => {
    for (const waveId of [0, -3, 1.5, null]) {
      expect(toNotificationItem({ ...base, kind: 'survey.reminder', data: { waveId } }).waveId).toBeNull();
    }
  });
});
