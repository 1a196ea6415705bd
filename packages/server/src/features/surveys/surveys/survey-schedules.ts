import { z } from 'zod';
import type { Db } from '../../../db/database';
import { withTenant } from '../../../db/database';
import type { Scheduler } from '../../../platform/jobs/schedule';
import type { Mailer } from '../../notifications/mailer';
import * as invitations from '../invitations/invitation.repository';
import { remindOnSchedule } from '../invitations/invitation.service';
import {
  claimDueRelease,
  dueReleases,
  finalizeWave,
  releaseWaiting,
  tenantsWithDueReleases,
} from '../responses/response.repository';
import { announceWave, WAVE_REMINDER } from './survey.service';

// The surveys' scheduled work, swept every minute on the shared job queue by one process
// (platform/jobs/schedule.ts):
//
// - Announcing waves whose window opened: a wave published for a later date tells its invitees
//   nothing until then (openWave). Each wave is claimed with FOR UPDATE SKIP LOCKED and marked
//   (invitations_sent_at) in the same transaction as its announcement (survey.wave.announced, whose
//   notifications the outbox delivers), so it is announced once
//   even if two sweeps overlap.
// - Releasing public answers on their schedule (migration 0017): once a day at midnight on the
//   government's clock, and when a wave's window passes — never because someone reads the results
//   or answers, which let an attacker time k − 1 answers of its own around one citizen's. The
//   database decides whether a batch may go (due, k distinct sources) on its own clock; this only
//   asks. Each wave is claimed in a transaction of its own (a batch shares its transaction id with
//   nothing else), and survey_release moves the wave's next release under its own lock.
//
// Both look at what is due in the database (opens_at, next_release_at, closes_at against its
// clock), so a minute missed while no server ran is caught up by the next sweep. Each government
// is visited in a transaction of its own, with its tenant set, under row-level security.

/**
 * Registers the surveys' sweeps (errors of one government are logged and retried next minute) and
 * the reminder an admin schedules with a wave (survey.service.ts createWave), run once at its time.
 */
export function registerSurveySchedules(
  schedules: Scheduler,
  log: { error: (details: object, message: string) => void },
  mailer: Mailer,
): void {
  schedules.define(WAVE_REMINDER, z.object({ waveId: z.number().int() }), ({ db, tenantId, input, clock }) =>
    remindOnSchedule(db, tenantId, input.waveId, mailer, clock.now()).then(() => undefined),
  );
  schedules.sweep('survey.invitations', ({ db }) =>
    sendDueInvitations(db, (error, tenantId) =>
      log.error({ err: error, tenantId }, 'announcing survey waves failed'),
    ),
  );
  schedules.sweep('survey.releases', ({ db }) =>
    releaseDueWaves(db, (error, tenantId) =>
      log.error({ err: error, tenantId }, 'releasing survey answers failed'),
    ),
  );
}

/**
 * Announces every wave due now, government by government; returns how many waves were announced.
 * One government's failure does not hold back the others: it is reported and retried at the next sweep.
 */
export async function sendDueInvitations(
  db: Db,
  onError: (error: unknown, tenantId: number) => void = () => {},
): Promise<number> {
  let announced = 0;
  for (const tenantId of await invitations.tenantsWithDueInvitations(db)) {
    try {
      announced += await withTenant(db, tenantId, async (tx) => {
        const waves = await invitations.claimDueWaves(tx);
        for (const wave of waves) {
          if (wave.mode !== 'public') await announceWave(tx, tenantId, wave, null);
          await invitations.markInvitationsSent(tx, wave.id);
        }
        return waves.length;
      });
    } catch (error) {
      onError(error, tenantId);
    }
  }
  return announced;
}

/**
 * Releases (or closes, when their window has passed) every wave due now, government by government;
 * returns how many answers reached the results. One government's failure does not hold back the
 * others: it is reported and retried at the next sweep.
 */
export async function releaseDueWaves(
  db: Db,
  onError: (error: unknown, tenantId: number) => void = () => {},
): Promise<number> {
  let released = 0;
  for (const tenantId of await tenantsWithDueReleases(db)) {
    try {
      for (const { id } of await withTenant(db, tenantId, (tx) => dueReleases(tx))) {
        released += await withTenant(db, tenantId, async (tx) => {
          const wave = await claimDueRelease(tx, id);
          if (!wave) return 0;
          if (wave.expired) {
            await finalizeWave(tx, id, false);
            return 0;
          }
          return releaseWaiting(tx, id);
        });
      }
    } catch (error) {
      onError(error, tenantId);
    }
  }
  return released;
}
