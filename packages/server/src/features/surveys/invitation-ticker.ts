import type { Db } from '../../db/database';
import { withTenant } from '../../db/database';
import * as invitations from './invitation.repository';
import { announceWave } from './survey.service';

// Announces waves whose window has opened: a wave published for a later date tells its invitees
// nothing until then (openWave), and this ticker tells them once the window opens.
//
// A stopgap, kept small on purpose: issue 8 brings the real scheduler (typed events, a job library,
// schedules per government, an injected clock), which replaces this module. Until then the server
// ticks every 30 seconds. Several processes may tick at once (servers sharing one PostgreSQL):
// each wave is claimed with FOR UPDATE SKIP LOCKED and marked (invitations_sent_at) in the same
// transaction as its announcement (survey.wave.announced, whose notifications the outbox delivers),
// so it is announced exactly once. Each government is visited
// in a transaction of its own, with its tenant set, under row-level security.

export const INVITATION_TICK_MS = 30_000;

/**
 * Announces every wave due now, government by government; returns how many waves were announced.
 * One government's failure does not hold back the others: it is reported and retried next tick.
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

export interface Ticker {
  /** Stops ticking and waits for a tick under way. */
  stop(): Promise<void>;
}
export type InvitationTicker = Ticker;

/**
 * Runs `work` at once and then every `intervalMs`, never two at a time in this process (the work
 * itself stays correct with several processes). Errors go to `onError`; the next tick comes anyway.
 */
export function startTicker(
  work: () => Promise<unknown>,
  options: { intervalMs: number; onError: (error: unknown) => void },
): Ticker {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = work()
      .then(
        () => {},
        (error: unknown) => options.onError(error),
      )
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, options.intervalMs);
  timer.unref();
  tick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}

/** Ticks at once (waves that opened while no server ran) and then every `intervalMs`. */
export function startInvitationTicker(
  db: Db,
  options: { intervalMs?: number; onError: (error: unknown) => void },
): InvitationTicker {
  return startTicker(() => sendDueInvitations(db, options.onError), {
    intervalMs: options.intervalMs ?? INVITATION_TICK_MS,
    onError: options.onError,
  });
}
