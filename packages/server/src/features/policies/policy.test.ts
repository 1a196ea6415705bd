import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { createUnit } from '../../../test/factories/organisation.factory';
import { openSurvey, surveyWorld } from '../../../test/factories/survey.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';
import { TestClock } from '../../platform/clock';

// A policy's text from a first draft to a revision: provisions keep their identity across
// versions, a leader adopts, every change of a revision says why and cites its evidence, and
// readers see only what was adopted.

let ctx: TestContext;
let clock: TestClock;
let tenant: { id: number };
let admin: TestApi;
let pimpinan: TestApi;
let pegawai: TestApi;
let otherAdmin: TestApi;
let waveId: number;
let otherWaveId: number;

beforeAll(async () => {
  clock = new TestClock(new Date());
  ctx = await createTestContext({}, { clock });
  tenant = await createTenant(ctx);
  const other = await createTenant(ctx);
  admin = await apiAs(ctx, 'admin', tenant.id);
  pimpinan = await apiAs(ctx, 'pimpinan', tenant.id);
  pegawai = await apiAs(ctx, 'pegawai', tenant.id);
  otherAdmin = await apiAs(ctx, 'admin', other.id);
  ({ waveId } = await openSurvey(ctx, await surveyWorld(ctx, tenant.id, 1), {
    mode: 'anonymous',
    minGroupSize: 3,
  }));
  ({ waveId: otherWaveId } = await openSurvey(ctx, await surveyWorld(ctx, other.id, 1), {
    mode: 'anonymous',
  }));
});
afterAll(() => ctx.close());

const POLICY = {
  title: 'Kebijakan Pengembangan Karier ASN',
  area: 'karier',
  purpose: 'Pengembangan karier yang adil, terbuka dan berbasis kompetensi.',
  principles: ['adil dan terbuka', 'berbasis kompetensi'],
  legalBasis: ['PP 11/2017 tentang Manajemen PNS'],
  ownerUnitId: null,
  surveyIds: [],
};

async function createPolicy() {
  const created = await admin.post('/api/v1/policies', POLICY);
  expect(created.statusCode).toBe(200);
  return created.json() as { id: number; versions: { id: number; number: number }[] };
}

type Text = { version: { id: number }; provisions: { provisionId: number; label: string; body: string }[] };

async function add(policyId: number, body: Record<string, unknown>): Promise<Text> {
  const response = await admin.post(`/api/v1/policies/${policyId}/draft/provisions`, {
    parentId: null,
    afterId: null,
    heading: null,
    ...body,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const idOf = (text: Text, label: string) => {
  const found = text.provisions.find((p) => p.label === label);
  if (!found) throw new Error(`no ${label}`);
  return found.provisionId;
};

/** A first text: Pasal 1, and Pasal 2 with two paragraphs. */
async function firstText(policyId: number) {
  let text = await add(policyId, { label: 'Pasal 1', body: 'Setiap ASN berhak atas pengembangan karier.' });
  text = await add(policyId, { label: 'Pasal 2', afterId: idOf(text, 'Pasal 1'), body: '' });
  const pasal2 = idOf(text, 'Pasal 2');
  text = await add(policyId, {
    label: '(1)',
    parentId: pasal2,
    body: 'Promosi dilakukan melalui seleksi terbuka.',
  });
  text = await add(policyId, {
    label: '(2)',
    parentId: pasal2,
    afterId: idOf(text, '(1)'),
    body: 'Hasil penilaian kinerja menjadi pertimbangan promosi.',
  });
  return text;
}

const transition = (api: TestApi, policyId: number, body: Record<string, unknown>) =>
  api.post(`/api/v1/policies/${policyId}/transitions`, body);

describe('drafting and adopting a first text', () => {
  it('keeps a draft from employees, lets a leader (not the drafter) adopt it, then shows it to all', async () => {
    const policy = await createPolicy();
    const text = await firstText(policy.id);
    expect(text.provisions.map((p) => p.label)).toEqual(['Pasal 1', 'Pasal 2', '(1)', '(2)']);

    expect((await pegawai.get(`/api/v1/policies/${policy.id}`)).statusCode).toBe(404);
    expect(
      (await pegawai.get('/api/v1/policies')).json().items.map((p: { id: number }) => p.id),
    ).not.toContain(policy.id);

    expect((await transition(admin, policy.id, { transition: 'adopt' })).statusCode).toBe(403);
    const adopted = await transition(pimpinan, policy.id, {
      transition: 'adopt',
      note: 'Disetujui rapat pimpinan',
    });
    expect(adopted.statusCode, adopted.body).toBe(200);
    expect(adopted.json().state).toBe('in_force');
    expect(adopted.json().versions[0]).toMatchObject({
      number: 1,
      status: 'adopted',
      inForce: true,
      provisionCount: 4,
    });

    const read = await pegawai.get(`/api/v1/policies/${policy.id}/versions/${text.version.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().provisions.map((p: { depth: number }) => p.depth)).toEqual([0, 0, 1, 1]);
    expect((await pegawai.get(`/api/v1/policies/${policy.id}`)).json().history).toEqual([]);

    const history = (await pimpinan.get(`/api/v1/policies/${policy.id}`)).json().history;
    expect(history[0]).toMatchObject({
      transition: 'adopt',
      from: 'draft',
      to: 'in_force',
      note: 'Disetujui rapat pimpinan',
    });
  });

  it('refuses every edit of an adopted version, through the API and in the database itself', async () => {
    const policy = await createPolicy();
    const text = await firstText(policy.id);
    await transition(pimpinan, policy.id, { transition: 'adopt' });
    const edit = await admin.patch(
      `/api/v1/policies/${policy.id}/draft/provisions/${idOf(text, 'Pasal 1')}`,
      {
        body: 'Diubah diam-diam.',
      },
    );
    expect(edit.statusCode).toBe(409);
    expect(edit.json().detail).toContain('Berlaku');
    await expect(
      withTenant(ctx.db, tenant.id, (tx) =>
        tx
          .updateTable('provision_text')
          .set({ body: 'Diubah diam-diam.' })
          .where('version_id', '=', text.version.id)
          .execute(),
      ),
    ).rejects.toThrow(/no longer a draft/);
    await expect(
      withTenant(ctx.db, tenant.id, (tx) =>
        tx
          .updateTable('policy_version')
          .set({ effective_from: '2020-01-01' })
          .where('id', '=', text.version.id)
          .execute(),
      ),
    ).rejects.toThrow(/cannot change/);
  });
});

describe('a revision traced to its evidence', () => {
  it('requires a reason for every change, and traces each clause to the survey result behind it', async () => {
    const policy = await createPolicy();
    const first = await firstText(policy.id);
    await transition(pimpinan, policy.id, { transition: 'adopt' });
    const revising = await transition(admin, policy.id, { transition: 'startRevision' });
    expect(revising.json().state).toBe('revising');
    const draftId = revising.json().versions[0].id as number;
    const paragraph1 = idOf(first, '(1)');
    const paragraph2 = idOf(first, '(2)');

    // No reason: refused, nothing stored.
    const bare = await admin.patch(`/api/v1/policies/${policy.id}/draft/provisions/${paragraph1}`, {
      body: 'Promosi dilakukan melalui seleksi terbuka dan diumumkan.',
    });
    expect(bare.statusCode).toBe(400);
    const unchanged = await admin.get(`/api/v1/policies/${policy.id}/versions/${draftId}`);
    expect(
      unchanged.json().provisions.find((p: { provisionId: number }) => p.provisionId === paragraph1).body,
    ).toBe('Promosi dilakukan melalui seleksi terbuka.');

    const evidence = [
      { kind: 'surveyQuestion', waveId, questionKey: 'satisfaction' },
      { kind: 'document', citation: 'Notulen Forum Diskusi ASN 2026' },
    ];
    const changed = await admin.patch(`/api/v1/policies/${policy.id}/draft/provisions/${paragraph1}`, {
      body: 'Promosi dilakukan melalui seleksi terbuka dan hasilnya diumumkan.',
      reason: 'Kepuasan pegawai terhadap sistem promosi turun.',
      evidence,
    });
    expect(changed.statusCode, changed.body).toBe(200);

    // Adoption waits for a reason on every changed provision.
    const removed = await admin.delete(`/api/v1/policies/${policy.id}/draft/provisions/${paragraph2}`, {
      reason: 'Digabung ke ayat (1).',
    });
    expect(removed.statusCode, removed.body).toBe(200);
    const split = await add(policy.id, {
      label: '(3)',
      parentId: idOf(first, 'Pasal 2'),
      afterId: paragraph1,
      body: 'Panitia seleksi melibatkan unsur independen.',
      origins: [paragraph1],
      reason: 'Usulan forum: seleksi diawasi pihak independen.',
    });
    expect(split.provisions.map((p) => p.label)).toEqual(['Pasal 1', 'Pasal 2', '(1)', '(3)']);
    await admin.patch(`/api/v1/policies/${policy.id}/draft/provisions/${idOf(first, 'Pasal 1')}`, {
      label: 'Pasal 1A',
    });
    const adopted = await transition(pimpinan, policy.id, { transition: 'adopt' });
    expect(adopted.statusCode, adopted.body).toBe(200);
    expect(adopted.json().versions[0]).toMatchObject({ number: 2, inForce: true, changeCount: 3 });

    // Why does (1) say this?
    const why = (await pegawai.get(`/api/v1/policies/${policy.id}/provisions/${paragraph1}/history`)).json();
    expect(why.entries.map((e: { version: { number: number } }) => e.version.number)).toEqual([2, 1]);
    expect(why.entries[0].change).toMatchObject({
      kind: 'modified',
      reason: 'Kepuasan pegawai terhadap sistem promosi turun.',
    });
    expect(why.entries[0].change.evidence[0]).toMatchObject({
      kind: 'surveyQuestion',
      waveId,
      questionKey: 'satisfaction',
    });
    expect(why.entries[0].change.evidence[0].label).toContain('Seberapa puas Anda?');
    expect(why.entries[0].change.evidence[1].label).toBe('Notulen Forum Diskusi ASN 2026');

    // Side by side.
    const compare = (
      await pegawai.get(`/api/v1/policies/${policy.id}/compare?from=${first.version.id}&to=${draftId}`)
    ).json();
    const kinds = Object.fromEntries(
      compare.items.map((i: { provisionId: number; kind: string }) => [i.provisionId, i.kind]),
    );
    expect(kinds[paragraph1]).toBe('modified');
    expect(kinds[paragraph2]).toBe('deleted');
    expect(kinds[idOf(split, '(3)')]).toBe('split');
    const pasal1 = compare.items.find(
      (i: { provisionId: number }) => i.provisionId === idOf(first, 'Pasal 1'),
    );
    expect(pasal1).toMatchObject({ kind: 'unchanged', renumbered: true });
    const modified = compare.items.find((i: { provisionId: number }) => i.provisionId === paragraph1);
    expect(modified.after.path).toEqual(['Pasal 2']);
    expect(modified.segments).toEqual([
      { op: 'same', text: 'Promosi dilakukan melalui seleksi terbuka' },
      { op: 'added', text: ' dan hasilnya diumumkan' },
      { op: 'same', text: '.' },
    ]);
    expect(modified.changes[0].reason).toBe('Kepuasan pegawai terhadap sistem promosi turun.');

    // And back from the survey to the clause it changed.
    const uses = (await pegawai.get(`/api/v1/policy-evidence?waveId=${waveId}`)).json().items;
    expect(uses).toContainEqual(
      expect.objectContaining({
        policyId: policy.id,
        provisionId: paragraph1,
        kind: 'modified',
        versionNumber: 2,
      }),
    );
  });

  it('refuses a revision adopted without reasons, naming the provisions', async () => {
    const policy = await createPolicy();
    const first = await firstText(policy.id);
    await transition(pimpinan, policy.id, { transition: 'adopt' });
    await transition(admin, policy.id, { transition: 'startRevision' });
    const same = await transition(pimpinan, policy.id, { transition: 'adopt' });
    expect(same.statusCode).toBe(409);
    expect(same.json().detail).toContain('sama');
    // A reason given and then the only change reverted by another edit leaves nothing to explain.
    await admin.patch(`/api/v1/policies/${policy.id}/draft/provisions/${idOf(first, 'Pasal 1')}`, {
      body: 'Teks baru.',
      reason: 'Alasan.',
    });
    await withTenant(ctx.db, tenant.id, (tx) =>
      tx
        .updateTable('provision_change')
        .set({ reason: null })
        .where('provision_id', '=', idOf(first, 'Pasal 1'))
        .execute(),
    );
    const missing = await transition(pimpinan, policy.id, { transition: 'adopt' });
    expect(missing.statusCode).toBe(409);
    expect(missing.json().detail).toContain('Pasal 1');
  });
});

describe('bad input and other governments', () => {
  it('refuses evidence of another government’s wave or of a question the wave did not ask', async () => {
    const policy = await createPolicy();
    const text = await firstText(policy.id);
    const pasal1 = idOf(text, 'Pasal 1');
    const foreign = await admin.patch(`/api/v1/policies/${policy.id}/draft/provisions/${pasal1}`, {
      body: 'X',
      evidence: [{ kind: 'surveyWave', waveId: otherWaveId }],
    });
    expect(foreign.statusCode).toBe(400);
    const unknown = await admin.patch(
      `/api/v1/policies/${policy.id}/draft/provisions/${pasal1}`,
      { body: 'X', evidence: [{ kind: 'surveyQuestion', waveId, questionKey: 'nope' }] },
      { locale: 'en' },
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().detail).toContain('“nope”');
    const after = await admin.get(`/api/v1/policies/${policy.id}/versions/${text.version.id}`);
    expect(after.json().provisions[0].body).toBe('Setiap ASN berhak atas pengembangan karier.');
  });

  it('refuses a step the state does not allow, in the reader’s language', async () => {
    const policy = await createPolicy();
    const refused = await transition(admin, policy.id, { transition: 'startEvaluation' });
    expect(refused.statusCode).toBe(409);
    const english = await admin.post(
      `/api/v1/policies/${policy.id}/transitions`,
      { transition: 'startEvaluation' },
      { locale: 'en' },
    );
    expect(english.json().detail).toContain('“Start evaluation” cannot be taken while the policy is “Draft”');
    expect((await transition(pimpinan, policy.id, { transition: 'adopt' })).json().detail).toContain(
      'kosong',
    );
    const past = await transition(pimpinan, policy.id, { transition: 'adopt', effectiveFrom: '2020-01-01' });
    expect(past.statusCode).toBe(400);
  });

  it('refuses a move into the provision’s own part and a place under another parent', async () => {
    const policy = await createPolicy();
    const text = await firstText(policy.id);
    const pasal2 = idOf(text, 'Pasal 2');
    const into = await admin.patch(`/api/v1/policies/${policy.id}/draft/provisions/${pasal2}`, {
      move: { parentId: idOf(text, '(1)'), afterId: null },
    });
    expect(into.statusCode).toBe(400);
    const wrongSibling = await add(policy.id, { label: 'Pasal 3', afterId: pasal2, body: 'x' });
    const misplaced = await admin.post(`/api/v1/policies/${policy.id}/draft/provisions`, {
      parentId: null,
      afterId: idOf(text, '(1)'),
      label: 'Pasal 4',
      heading: null,
      body: 'y',
    });
    expect(misplaced.statusCode).toBe(400);
    expect(wrongSibling.provisions.map((p) => p.label)).toEqual([
      'Pasal 1',
      'Pasal 2',
      '(1)',
      '(2)',
      'Pasal 3',
    ]);
  });

  it('shows nothing of one government’s policies to another’s admin', async () => {
    const policy = await createPolicy();
    const text = await firstText(policy.id);
    expect((await otherAdmin.get(`/api/v1/policies/${policy.id}`)).statusCode).toBe(404);
    expect(
      (await otherAdmin.get(`/api/v1/policies/${policy.id}/versions/${text.version.id}`)).statusCode,
    ).toBe(404);
    expect(
      (
        await otherAdmin.post(`/api/v1/policies/${policy.id}/draft/provisions`, {
          parentId: null,
          afterId: null,
          label: 'Pasal 9',
          heading: null,
          body: 'x',
        })
      ).statusCode,
    ).toBe(404);
    expect((await otherAdmin.get('/api/v1/policies')).json().items).toEqual([]);
  });

  it('keeps an OPD’s admin from drafting a government policy', async () => {
    const opd = await createUnit(ctx, tenant.id, 'Dinas Pendidikan Uji');
    const scoped = await apiAs(ctx, 'admin', tenant.id, { scopeUnitId: opd.id });
    expect((await scoped.post('/api/v1/policies', POLICY)).statusCode).toBe(403);
  });
});

describe('what a change may cite', () => {
  it('offers this government’s waves with their questions, the policy’s own surveys first, to drafters only', async () => {
    const policy = await createPolicy();
    const sources = await admin.get(`/api/v1/policies/${policy.id}/evidence-sources`);
    expect(sources.statusCode).toBe(200);
    const waves = sources
      .json()
      .surveys.flatMap((s: { waves: { id: number }[] }) => s.waves.map((w) => w.id));
    expect(waves).toContain(waveId);
    expect(waves).not.toContain(otherWaveId);
    const wave = sources
      .json()
      .surveys.flatMap(
        (s: { waves: { id: number; questions: { key: string; text: string }[] }[] }) => s.waves,
      )
      .find((w: { id: number }) => w.id === waveId);
    expect(wave.questions).toContainEqual({
      key: 'satisfaction',
      statementKey: null,
      text: 'Seberapa puas Anda?',
    });
    expect((await pegawai.get(`/api/v1/policies/${policy.id}/evidence-sources`)).statusCode).toBe(403);
  });
});

describe('two editors at once', () => {
  it('keeps both provisions added after the same one, each in its own place', async () => {
    const policy = await createPolicy();
    const text = await add(policy.id, { label: 'Pasal 1', body: 'a' });
    const after = idOf(text, 'Pasal 1');
    await Promise.all(
      ['Pasal 2', 'Pasal 3', 'Pasal 4', 'Pasal 5'].map((label) =>
        admin.post(`/api/v1/policies/${policy.id}/draft/provisions`, {
          parentId: null,
          afterId: after,
          label,
          heading: null,
          body: label,
        }),
      ),
    );
    const final = (await admin.get(`/api/v1/policies/${policy.id}/versions/${text.version.id}`)).json();
    expect(final.provisions).toHaveLength(5);
    expect(new Set(final.provisions.map((p: { ordinal: number }) => p.ordinal)).size).toBe(5);
    expect(final.provisions[0].label).toBe('Pasal 1');
  });
});

// Last: it moves the clock past every session of the file.
describe('entering into force', () => {
  it('lets a policy adopted for a later day enter into force on that day, by the schedule', async () => {
    const policy = await createPolicy();
    await firstText(policy.id);
    const later = new Date(clock.now().getTime() + 10 * 86_400_000).toISOString().slice(0, 10);
    const adopted = await transition(pimpinan, policy.id, { transition: 'adopt', effectiveFrom: later });
    expect(adopted.json()).toMatchObject({ state: 'adopted' });
    expect(adopted.json().versions[0].inForce).toBe(false);

    clock.advance({ days: 11 });
    await ctx.schedules.runDue();
    // Sessions of 11 days ago have expired: a leader signs in again.
    const leader = await apiAs(ctx, 'pimpinan', tenant.id);
    const detail = async () => (await leader.get(`/api/v1/policies/${policy.id}`)).json();
    await expect.poll(async () => (await detail()).state).toBe('in_force');
    const after = await detail();
    expect(after.versions[0].inForce).toBe(true);
    expect(after.history[0]).toMatchObject({ transition: 'enterIntoForce', by: null });
  });
});
