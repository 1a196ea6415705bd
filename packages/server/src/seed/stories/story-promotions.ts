import type { SANCTION_LEVELS } from '@jenjang/domain/talent/promotion-api.contract';

// Kenaikan pangkat as a story tells it (seed/demo-promotions.ts): the periods before today under
// the rules then in force, each with most of its eligible proposed and decreed, a few rejected; the
// next period's proposals waiting for their decrees; and the disciplinary sanctions that barred
// some. Who is proposed, approved or sanctioned follows the eligibility lists, so the story names
// shares and reasons, not people.

export interface DemoPromotions {
  /**
   * Decree numbers in the local style, `<code>/<number>/<office>/<year>`: 823.3/0123/BKPSDM/2026.
   * The classification codes are those seen on regional decrees [U].
   */
  decree: { promotion: string; sanction: string; office: string };
  /** Of those eligible for a period, the share proposed (the rest wait for a later one). */
  proposed: number;
  /** Decrees are signed this many days before the period (their TMT). */
  decreeDaysBefore: number;
  /**
   * A proposal of each past period in turn, while they last, is rejected with one of these reasons.
   */
  rejections: string[];
  sanctions: DemoSanction[];
}

/**
 * A disciplinary sanction (PP 94/2021), from and to days from today (to: null, not ended; from
 * equal to to: a reprimand without a term). One that runs on a period date is given to someone
 * eligible then, so the list shows whom it bars and why.
 */
export interface DemoSanction {
  level: (typeof SANCTION_LEVELS)[number];
  from: number;
  to: number | null;
  note: string;
}
