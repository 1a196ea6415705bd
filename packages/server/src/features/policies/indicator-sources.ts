import {
  INDICATOR_SOURCES,
  type IndicatorSourceName,
  type IndicatorSourceParams,
} from '@jenjang/domain/policies/indicator.contract';
import type { Tx } from '../../db/database';
import type { Locale } from '../../i18n/translate';

// The extension point of a policy's indicators: each feature offers the figures it can compute
// (the surveys: a theme's mean, an IKM, a response rate, wave by wave; the registry: the share of
// PPPK, the head count, month by month; values entered by hand with their evidence), declared with their
// parameters in domain/policies/indicator.contract.ts and listed in app.ts. Values are computed
// when read, from the feature's own data, in the reader's transaction (row-level security keeps
// them to the government); a source gives aggregates only, under its own disclosure rules.

export interface IndicatorPointValue {
  /** When the value stands for: a wave's close. */
  at: Date;
  /** When its measuring began (a wave's opening): a report as of an earlier moment leaves it out. */
  since: Date;
  label: string;
  value: number | null;
  provisional: boolean;
}

export interface IndicatorSource<N extends IndicatorSourceName = IndicatorSourceName> {
  name: N;
  /**
   * Refuses parameters naming what this government does not have, or what the indicator's own
   * policy may not be judged by (a ProblemError 400).
   */
  check(
    tx: Tx,
    params: Extract<IndicatorSourceParams, { source: N }>,
    indicator: { policyId: number },
  ): Promise<void>;
  /** The source in words: the survey, and what of it. */
  describe(tx: Tx, params: Extract<IndicatorSourceParams, { source: N }>, locale: Locale): Promise<string>;
  /** The values over time, oldest first (a manual indicator's are the indicator's own measurements). */
  measure(
    tx: Tx,
    params: Extract<IndicatorSourceParams, { source: N }>,
    locale: Locale,
    indicator: { id: number; policyId: number },
  ): Promise<IndicatorPointValue[]>;
}

/** A source of any declared name. */
export type AnyIndicatorSource = { [N in IndicatorSourceName]: IndicatorSource<N> }[IndicatorSourceName];

/** The registered sources; every declared source must have exactly one, or the server does not start. */
export class IndicatorSources {
  private readonly byName = new Map<string, AnyIndicatorSource>();

  constructor(sources: readonly AnyIndicatorSource[]) {
    for (const source of sources) {
      if (this.byName.has(source.name)) throw new Error(`indicator source ${source.name} registered twice`);
      this.byName.set(source.name, source);
    }
    const missing = INDICATOR_SOURCES.filter((name) => !this.byName.has(name));
    if (missing.length > 0)
      throw new Error(`indicator sources without an implementation: ${missing.join(', ')}`);
  }

  of<N extends IndicatorSourceName>(
    params: Extract<IndicatorSourceParams, { source: N }>,
  ): IndicatorSource<N> {
    return this.byName.get(params.source) as unknown as IndicatorSource<N>;
  }
}
