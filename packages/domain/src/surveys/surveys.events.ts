import { z } from 'zod';
import { domainEvent } from '../shared/domain-event';
import { SurveyMode } from './survey.contract';

// Events of surveys: questionnaires, surveys and their waves, moderation of text answers.
//
// Privacy (docs/privacy.md §5): answering publishes nothing. No event is written when a ballot is
// handed out, an answer arrives or a batch is released, so no event row, its time, its
// transaction or its place in the outbox can be set beside an answer. What is published here are
// the admins' actions, which the audit log records anyway, and the announcements and reminders
// whose recipients the invitations already show.

const id = z.number().int().positive();
/** The accounts to tell: invitees of an announced wave, pending invitees of a reminder. */
const recipients = z.array(id);

export const SURVEY_EVENTS = [
  domainEvent('instrument.created', 1, {
    instrumentId: id,
    templateKey: z.string().nullable(),
    title: z.string(),
  }),
  domainEvent('instrument.updated', 1, {
    instrumentId: id,
    version: z.number().int(),
    newVersion: z.boolean(),
  }),
  domainEvent('survey.created', 1, {
    surveyId: id,
    title: z.string(),
    mode: SurveyMode,
    minGroupSize: z.number().int(),
  }),
  domainEvent('survey.archived', 1, { surveyId: id, title: z.string() }),
  domainEvent('survey.restored', 1, { surveyId: id, title: z.string() }),
  domainEvent('survey.wave.created', 1, {
    waveId: id,
    surveyId: id,
    number: z.number().int(),
    label: z.string(),
  }),
  domainEvent('survey.wave.opened', 1, {
    waveId: id,
    invited: z.number().int(),
    instrumentVersion: z.number().int(),
    /** Whether its invitees were told at once (its window is open), else when it opens. */
    announced: z.boolean(),
  }),
  /** The invitees of a wave are to be told that it takes answers: at publication or when its window opens. */
  domainEvent('survey.wave.announced', 1, { waveId: id, title: z.string(), accountIds: recipients }),
  domainEvent('survey.wave.closed', 1, { waveId: id }),
  domainEvent('survey.wave.reminded', 1, {
    waveId: id,
    title: z.string(),
    notified: z.number().int(),
    /** How many the admin chose, when it chose (identified waves). */
    chosen: z.number().int().optional(),
    accountIds: recipients,
  }),
  domainEvent('survey.text.hidden', 1, { textId: z.string(), waveId: id, questionKey: z.string() }),
  domainEvent('survey.text.shown', 1, { textId: z.string(), waveId: id, questionKey: z.string() }),
] as const;
