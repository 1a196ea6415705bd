import type { Notification } from '../api/types';

export const NOTIFICATION_KINDS = ['survey.invitation', 'survey.reminder'] as const;
type Kind = (typeof NOTIFICATION_KINDS)[number] | 'other';

export interface NotificationItem {
  id: number;
  kind: Kind;
  /** The wave to answer, for survey notifications. */
  waveId: number | null;
  title: string | null;
  createdAt: string;
  read: boolean;
}

const isKind = (kind: string): kind is (typeof NOTIFICATION_KINDS)[number] =>
  (NOTIFICATION_KINDS as readonly string[]).includes(kind);

/**
 * A notification as the menu shows it. `data` is free-form on the wire (survey.*: waveId, title),
 * so only values of the expected types are used; an unknown kind still shows, as a plain one.
 */
export function toNotificationItem(notification: Notification): NotificationItem {
  const { waveId, title } = notification.data;
  return {
    id: notification.id,
    kind: isKind(notification.kind) ? notification.kind : 'other',
    waveId: typeof waveId === 'number' && Number.isInteger(waveId) && waveId > 0 ? waveId : null,
    title: typeof title === 'string' && title.trim() !== '' ? title : null,
    createdAt: notification.createdAt,
    read: notification.read,
  };
}
