import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { TEST_SECRET } from '../../test/global-setup';
import { bootstrapDatabase } from './bootstrap';

// Several processes may start on one cluster at once (two servers, or test files in parallel):
// each bootstraps the same cluster-wide roles, which PostgreSQL refuses to change twice at once
// ("tuple concurrently updated") unless the bootstraps take turns.

const created: string[] = [];

afterAll(async () => {
  const admin = new pg.Client({ connectionString: inject('adminUrl') });
  await admin.connect();
  for (const name of created) await admin.query(`drop database if exists ${admin.escapeIdentifier(name)}`);
  await admin.end();
});

describe('bootstrapDatabase', () => {
  it('sets up the roles and databases of many processes starting at once', async () => {
    for (let round = 0; round < 5; round++) {
      const names = Array.from({ length: 6 }, (_, i) => `jenjang_bootstrap_${process.pid}_${round}_${i}`);
      created.push(...names);
      const results = await Promise.allSettled(
        // Two processes of one database, too: both create it or find it.
        [...names, names[0]!].map((database) =>
          bootstrapDatabase(inject('adminUrl'), { database, secret: TEST_SECRET }),
        ),
      );
      const failures = results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []));
      expect(failures, `round ${round}`).toEqual([]);
    }
  }, 120_000);
});
