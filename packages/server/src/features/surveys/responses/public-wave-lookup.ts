import type { Db } from '../../../db/database';
import { findPublicWave, type PublicWave } from './response.repository';

// Which wave a public survey's code answers now, remembered for a moment: every citizen's form and
// answer starts with this lookup. The lookup only says which wave a code answers; whether that wave
// takes answers is checked again in the statement that stores one, so a stale entry can delay a new
// wave by up to `ttlMs` but never let a closed one take an answer. A wave opened or closed by this
// process clears it at once (`forget`); another process's change is seen within `ttlMs`.

/** Codes kept at most: past this the memory is emptied rather than grown. */
const CODES_KEPT = 1_000;

export class PublicWaveLookup {
  private readonly entries = new Map<string, { wave: PublicWave; until: number }>();

  /**
   * `ttlMs`: how long a resolved code is trusted; `now`: the clock its age is read on, in
   * milliseconds. A cache's age is not business time: by default the monotonic clock, which the
   * application's clock (platform/clock.ts) need not move; tests pass their own.
   */
  constructor(
    private readonly ttlMs = 1_000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The survey and wave a code answers now; null for an unknown code. */
  async find(db: Db, code: string): Promise<PublicWave | null> {
    const now = this.now();
    const known = this.entries.get(code);
    if (known && known.until >= now) return known.wave;
    const row = await findPublicWave(db, code);
    if (!row) return null;
    if (this.entries.size >= CODES_KEPT) this.entries.clear();
    this.entries.set(code, { wave: row, until: now + this.ttlMs });
    return row;
  }

  /** Forgets every code: a wave was opened or closed here, so a code may answer another wave now. */
  forget(): void {
    this.entries.clear();
  }
}

/** The process's lookup, shared by the public routes and forgotten by wave changes. */
export const publicWaves = new PublicWaveLookup();
