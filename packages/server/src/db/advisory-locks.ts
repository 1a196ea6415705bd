/**
 * Every advisory lock key Jenjang takes, in one table, so two features can never share a key by
 * accident (an account change once waited behind every import because both used 41_002).
 * Keys taken with a second argument (the tenant id) lock per government.
 * Not here: the release of a survey wave's answers locks, in SQL (migration 0011), the single
 * 64-bit key hashtextextended('jenjang.survey-release', wave id) — a key space apart from the
 * two-key locks, and unlikely to meet a fixed single key.
 */
export const ADVISORY_LOCK = {
  migrate: 7_203_117,
  /** Cluster-wide roles and databases (bootstrap.ts), on the superuser's maintenance database. */
  bootstrap: 7_203_121,
  signIn: 7_203_119,
  audit: 41_001,
  import: 41_002,
  accounts: 41_003,
  unitTree: 41_012,
  /** Recomputing a government's stale unit gap rows (gap.repository.ts refreshUnitRollups). */
  competencyGaps: 41_013,
  /** Making a government's standard questionnaire on first use (instrument.repository.ts). */
  standardInstrument: 41_014,
} as const;
