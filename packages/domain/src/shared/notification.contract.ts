import { z } from 'zod';

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
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Kinds also sent by e-mail when the server has SMTP: what a program tells its applicants,
 * participants and keepers (received, selected or not, reminders, results, appeals, agreements), and
 * a survey's invitation (a batch's reaction survey is the participants' evaluation request). Surveys
 * mail their own reminders (invitation.service.ts); the rest stays on the bell.
 */
export function mailedKind(kind: NotificationKind): boolean {
  return kind.startsWith('program.') || kind === 'survey.invitation';
}

export const NotificationList = z
  .object({
    items: z.array(
      z.object({
        id: z.number().int(),
        /** One of NOTIFICATION_KINDS; a string on the wire so an older page shows a newer kind plainly. */
        kind: z.string(),
        /**
         * survey.*: { waveId, title }; policy.*: { policyId, title } (triggerFired: also proposalId,
         * indicatorName, pointLabel; evaluationDecided: also decision), policy.forumOpened: { forumId, title }; program.*: { programId, title } (selected and
         * promoted: also batch; waitlisted: also position; reminder: also batch and startsOn;
         * agreementExpiring: { partnerId, title (the partner), number, validUntil })
         */
        data: z.record(z.string(), z.unknown()),
        createdAt: z.string(),
        read: z.boolean(),
      }),
    ),
    unread: z.number().int(),
  })
  .meta({ id: 'NotificationList' });

export const MarkReadBody = z
  .object({ ids: z.array(z.number().int().positive()).max(200).optional() })
  .meta({ id: 'MarkReadBody' });
