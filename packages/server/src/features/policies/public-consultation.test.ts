import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { policyBody } from '../../../test/factories/policy.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';
import { TestClock } from '../../platform/clock';

// The public as a group a consultation round invites (migration 0037): on the transparency page of
// a published policy, citizens read the draft under consultation and send input without an account;
// it is stored with no author, address or device, answered and moderated like other input, and
// shown publicly once it has its official response.

let ctx: TestContext;
let clock: TestClock;
let tenant: { id: number; slug: string };
let other: { id: number; slug: string };
let admin: TestApi;
let pimpinan: TestApi;
let policyId: number;
let provisionId: number;

const inDays = (days: number) =>
  new Date(clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);
const transition = (api: TestApi, body: Record<string, unknown>) =>
  api.post(`/api/v1/policies/${policyId}/transitions`, body);
const page = (slug = tenant.slug) =>
  ctx.app.inject({ method: 'GET', url: `/api/v1/public/governments/${slug}/policies` });
const sendInput = (payload: Record<string, unknown>, options: { slug?: string; ip?: string } = {}) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1/public/governments/${options.slug ?? tenant.slug}/policies/${policyId}/consultation`,
    remoteAddress: options.ip ?? '198.51.100.7',
    payload: { provisionId: null, quote: null, kind: 'proposal', body: 'Usulan warga.', ...payload },
  });

beforeAll(async () => {
  clock = new TestClock(new Date());
  ctx = await createTestContext({}, { clock });
  tenant = await createTenant(ctx, { name: 'Kota Terbuka' });
  other = await createTenant(ctx);
  admin = await apiAs(ctx, 'admin', tenant.id);
  pimpinan = await apiAs(ctx, 'pimpinan', tenant.id);
  const created = await admin.post(
    '/api/v1/policies',
    policyBody({ title: 'Kebijakan Pelayanan Kepegawaian', purpose: 'Layanan kepegawaian yang cepat.' }),
  );
  policyId = created.json().id;
  const text = await admin.post(`/api/v1/policies/${policyId}/draft/provisions`, {
    parentId: null,
    afterId: null,
    label: 'Pasal 1',
    body: 'Layanan kenaikan pangkat selesai dalam empat belas hari kerja.',
  });
  provisionId = text.json().provisions[0].provisionId;
  expect((await transition(pimpinan, { transition: 'adopt' })).statusCode).toBe(200);
  expect((await admin.post(`/api/v1/policies/${policyId}/publication`, { public: true })).statusCode).toBe(
    200,
  );
  expect((await transition(admin, { transition: 'startRevision' })).statusCode).toBe(200);
});
afterAll(() => ctx.close());

describe('a round inviting the public', () => {
  it('takes no citizen input before a round invites the public', async () => {
    expect((await page()).json().policies[0].openConsultation).toBeNull();
    expect((await sendInput({})).statusCode).toBe(409);
    const opened = await transition(admin, {
      transition: 'openConsultation',
      consultation: {
        closesOn: inDays(7),
        audience: { employees: false, leaders: false, partners: false, public: true },
      },
    });
    expect(opened.statusCode, opened.body).toBe(200);
  });

  it('shows citizens the draft while it takes input', async () => {
    const shown = (await page()).json().policies[0];
    expect(shown.openConsultation).toMatchObject({ versionNumber: 2, until: inDays(7) });
    expect(shown.openConsultation.provisions[0]).toMatchObject({ provisionId, label: 'Pasal 1' });
    expect(shown.publicInput).toEqual([]);
    expect(shown.consultations.every((w: { audience: { public?: boolean } }) => !w.audience.public)).toBe(
      true,
    );
  });

  it('stores a citizen’s input with no author, address or moment; refuses bad input and bots', async () => {
    const misquoted = await sendInput(
      { provisionId, quote: 'tiga hari', kind: 'comment' },
      { ip: '198.51.100.8' },
    );
    expect(misquoted.statusCode).toBe(400);
    const bot = await sendInput({ website: 'http://spam.example' }, { ip: '198.51.100.8' });
    expect(bot.statusCode).toBe(400);
    const stored = await sendInput({
      provisionId,
      quote: 'empat belas hari',
      kind: 'comment',
      body: 'Sebaiknya tujuh hari kerja.',
    });
    expect(stored.statusCode, stored.body).toBe(201);
    expect((await sendInput({ body: 'Layanan daring juga.' })).statusCode).toBe(201);

    const rows = await withTenant(ctx.db, tenant.id, (tx) =>
      tx.selectFrom('consultation_comment').selectAll().where('source', '=', 'public').execute(),
    );
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.author_id).toBeNull();
      expect(
        new Intl.DateTimeFormat('en-GB', {
          timeZone: 'Asia/Jakarta',
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        }).format(row.created_at),
      ).toBe('00:00');
    }
    // The citizen's address is nowhere in what the application can read.
    const found = await withTenant(ctx.db, tenant.id, async (tx) => {
      const tables = await sql<{ name: string }>`
        select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r' and has_table_privilege(c.oid, 'select')`.execute(tx);
      const hits: string[] = [];
      for (const { name } of tables.rows) {
        const rows = await sql<{ n: number }>`
          select count(*)::int as n from ${sql.table(name)} t where t::text like '%198.51.100.7%'`.execute(
          tx,
        );
        if ((rows.rows[0]?.n ?? 0) > 0) hits.push(name);
      }
      return hits;
    });
    expect(found).toEqual([]);
  });

  it('answers 404 for another government and an unpublished policy, and limits the rate per address', async () => {
    expect((await sendInput({}, { slug: other.slug })).statusCode).toBe(404);
    expect((await sendInput({}, { slug: 'tidak-ada' })).statusCode).toBe(404);
    let limited = 0;
    for (let i = 0; i < 12; i++) {
      if ((await sendInput({ body: `Banyak ${i}` }, { ip: '203.0.113.9' })).statusCode === 429) limited++;
    }
    expect(limited).toBeGreaterThan(0);
  });

  it('lets the drafters answer and hide citizen input; the public page shows only what was answered', async () => {
    const round = (await admin.get(`/api/v1/policies/${policyId}/consultations`)).json().rounds[0];
    expect(round.audience.public).toBe(true);
    const citizens = round.comments.filter((c: { source: string }) => c.source === 'public');
    expect(citizens.length).toBeGreaterThanOrEqual(2);
    expect(citizens[0]).toMatchObject({ author: null, mine: false });
    const [answered, hidden] = citizens as { id: number; body: string }[];
    expect(
      (
        await admin.post(`/api/v1/policies/${policyId}/comments/${answered!.id}/response`, {
          response: 'accepted',
          reason: 'Diubah menjadi sepuluh hari kerja.',
        })
      ).statusCode,
    ).toBe(204);
    await admin.post(`/api/v1/policies/${policyId}/comments/${hidden!.id}/hide`, {
      reason: 'Di luar topik.',
    });
    await admin.post(`/api/v1/policies/${policyId}/comments/${hidden!.id}/response`, {
      response: 'rejected',
      reason: 'x',
    });
    const shown = (await page()).json().policies[0];
    expect(shown.publicInput).toEqual([
      expect.objectContaining({
        id: answered!.id,
        body: answered!.body,
        response: { response: 'accepted', reason: 'Diubah menjadi sepuluh hari kerja.' },
      }),
    ]);
    // Unanswered input holds adoption back as any other does.
    await transition(admin, { transition: 'closeConsultation' });
    expect((await transition(pimpinan, { transition: 'adopt' })).statusCode).toBe(409);
    expect((await page()).json().policies[0].openConsultation).toBeNull();
    expect((await sendInput({})).statusCode).toBe(409);
  });

  it('shows nothing of a policy withdrawn from the page', async () => {
    await admin.post(`/api/v1/policies/${policyId}/publication`, { public: false });
    expect((await sendInput({}, { ip: '198.51.100.20' })).statusCode).toBe(404);
  });
});
