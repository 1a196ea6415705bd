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
