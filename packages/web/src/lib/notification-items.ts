import type { Notification } from '../api/types';

export const NOTIFICATION_KINDS = [
  'survey.invitation',
  'survey.reminder',
  'policy.triggerFired',
  'policy.evaluationStarted',
  'policy.consultationOpened',
  'policy.forumOpened',
  'policy.evaluationDecided',
  'program.applicationReceived',
  'program.selected',
  'program.waitlisted',
  'program.promoted',
  'program.reminder',
  'program.completed',
  'program.notCompleted',
  'program.appealUpheld',
  'program.appealRejected',
  'program.agreementExpiring',
  'program.mentoringPaired',
  'program.mentoringSessionToConfirm',
  'program.scholarshipReportDue',
  'program.scholarshipEnding',
] as const;
type Kind = (typeof NOTIFICATION_KINDS)[number] | 'other';

export interface NotificationItem {
  id: number;
  kind: Kind;
  /** The wave to answer, for survey notifications. */
  waveId: number | null;
  /** The page it is about: the survey to answer, the policy, the forum; null when none is known. */
  to: string | null;
  title: string | null;
  /**
   * What it is about beyond its title: the indicator and the wave that fired, the decision, the
   * batch, the agreement, the other side of a mentoring pair, the scholarship term whose report is
   * due, the awardee whose study ends.
   */
  detail:
    | { indicatorName: string; pointLabel: string }
    | { decision: 'keep' | 'revise' }
    | { batch: string; startsOn: string | null }
    | { position: number }
    | { agreement: string; validUntil: string }
    | { partner: string }
    | { term: number; endsOn: string }
    | { awardee: string; endsOn: string }
    | null;
  createdAt: string;
  read: boolean;
}

const isKind = (kind: string): kind is (typeof NOTIFICATION_KINDS)[number] =>
  (NOTIFICATION_KINDS as readonly string[]).includes(kind);

const positiveId = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null;
const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;
const day = (value: unknown): string | null =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;

function linkOf(kind: Kind, data: Record<string, unknown>): string | null {
  if (kind === 'survey.invitation' || kind === 'survey.reminder') {
    const waveId = positiveId(data.waveId);
    return waveId === null ? null : `/my-surveys/${waveId}`;
  }
  if (kind === 'policy.forumOpened') {
    const forumId = positiveId(data.forumId);
    return forumId === null ? null : `/forums/${forumId}`;
  }
  // An agreement running out: the partners page, where the agency renews it.
  if (kind === 'program.agreementExpiring') return '/partners';
  // A new pair, a session to confirm: the pair's page, where the sessions are.
  if (kind === 'program.mentoringPaired' || kind === 'program.mentoringSessionToConfirm') {
    const pairId = positiveId(data.pairId);
    return pairId === null ? null : `/mentoring/${pairId}`;
  }
  // A term's report due, a study ending: the award's page, where reports are sent and read.
  if (kind === 'program.scholarshipReportDue' || kind === 'program.scholarshipEnding') {
    const awardId = positiveId(data.awardId);
    return awardId === null ? null : `/scholarships/awards/${awardId}`;
  }
  if (kind.startsWith('program.')) {
    const programId = positiveId(data.programId);
    return programId === null ? null : `/programs/${programId}`;
  }
  if (kind.startsWith('policy.')) {
    const policyId = positiveId(data.policyId);
    return policyId === null ? null : `/policies/${policyId}`;
  }
  return null;
}

function detailOf(kind: Kind, data: Record<string, unknown>): NotificationItem['detail'] {
  if (kind === 'policy.triggerFired') {
    const indicatorName = text(data.indicatorName);
    const pointLabel = text(data.pointLabel);
    return indicatorName && pointLabel ? { indicatorName, pointLabel } : null;
  }
  if (kind === 'policy.evaluationDecided' && (data.decision === 'keep' || data.decision === 'revise')) {
    return { decision: data.decision };
  }
  if (kind === 'program.selected' || kind === 'program.promoted' || kind === 'program.reminder') {
    const batch = text(data.batch);
    const startsOn = text(data.startsOn);
    return batch
      ? { batch, startsOn: startsOn && /^\d{4}-\d{2}-\d{2}$/.test(startsOn) ? startsOn : null }
      : null;
  }
  if (kind === 'program.agreementExpiring') {
    const agreement = text(data.number);
    const validUntil = text(data.validUntil);
    return agreement && validUntil && /^\d{4}-\d{2}-\d{2}$/.test(validUntil)
      ? { agreement, validUntil }
      : null;
  }
  if (kind === 'program.waitlisted') {
    const position = positiveId(data.position);
    return position === null ? null : { position };
  }
  if (kind === 'program.mentoringPaired' || kind === 'program.mentoringSessionToConfirm') {
    const partner = text(data.name);
    return partner ? { partner } : null;
  }
  if (kind === 'program.scholarshipReportDue') {
    const term = positiveId(data.term);
    const endsOn = day(data.endsOn);
    return term !== null && endsOn ? { term, endsOn } : null;
  }
  if (kind === 'program.scholarshipEnding') {
    const awardee = text(data.name);
    const endsOn = day(data.endsOn);
    return awardee && endsOn ? { awardee, endsOn } : null;
  }
  return null;
}

/**
 * A notification as the menu shows it. `data` is free-form on the wire (survey.*: waveId, title;
 * policy.*: policyId or forumId, title, and what it is about; program.mentoring*: pairId, title and
 * the other side's name; program.scholarship*: awardId, title, the term or the awardee, and the
 * day), so only values of the expected
 * types are used; an unknown kind still shows, as a plain one.
 */
export function toNotificationItem(notification: Notification): NotificationItem {
  const { data } = notification;
  const kind = isKind(notification.kind) ? notification.kind : 'other';
  const survey = kind === 'survey.invitation' || kind === 'survey.reminder';
  return {
    id: notification.id,
    kind,
    waveId: survey ? positiveId(data.waveId) : null,
    to: linkOf(kind, data),
    title: text(data.title),
    detail: detailOf(kind, data),
    createdAt: notification.createdAt,
    read: notification.read,
  };
}
