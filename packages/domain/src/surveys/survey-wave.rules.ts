// A wave's state as respondents meet it. The stored status says what an admin did (published or
// closed it); the window says when answers are taken. Both count: a published wave before its
// window is "scheduled", after it "closed", whether or not anyone pressed Close.

export type WaveState = 'draft' | 'scheduled' | 'open' | 'closed';

export function waveState(
  wave: { status: 'draft' | 'open' | 'closed'; opensAt: Date | string; closesAt: Date | string },
  now: Date,
): WaveState {
  if (wave.status === 'draft') return 'draft';
  if (wave.status === 'closed') return 'closed';
  const t = now.getTime();
  if (t < new Date(wave.opensAt).getTime()) return 'scheduled';
  if (t >= new Date(wave.closesAt).getTime()) return 'closed';
  return 'open';
}

/** Whether answers may be stored now. */
export const isAccepting = (wave: Parameters<typeof waveState>[0], now: Date) =>
  waveState(wave, now) === 'open';

/**
 * Whether publishing a wave now tells its invitees at once: only when its window is already open.
 * A scheduled wave is announced when its window opens (the server's invitation ticker), so the
 * notice never leads to a form that is not accepting answers yet.
 */
export const announcesOnPublish = (wave: Omit<Parameters<typeof waveState>[0], 'status'>, now: Date) =>
  waveState({ ...wave, status: 'open' }, now) === 'open';

/**
 * Why a survey cannot be archived now, or null when it can: every published wave must be over
 * (closed by an admin or past its window). Drafts never reached anyone and do not hold it back.
 */
export function archiveBlocker(
  waves: readonly Parameters<typeof waveState>[0][],
  now: Date,
): 'waveRunning' | null {
  const running = waves.some((wave) => {
    const state = waveState(wave, now);
    return state === 'open' || state === 'scheduled';
  });
  return running ? 'waveRunning' : null;
}
