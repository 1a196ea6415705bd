/**
 * Every advisory lock key Jenjang takes, in one table, so two features can never share a key by
 * accident (an account change once waited behind every import because both used 41_002).
 * Keys taken with a second argument (the tenant id) lock per government.
 */
export const ADVISORY_LOCK = {
  migrate: 7_203_117,
  signIn: 7_203_119,
  audit: 41_001,
  import: 41_002,
  accounts: 41_003,
  unitTree: 41_012,
} as const;
