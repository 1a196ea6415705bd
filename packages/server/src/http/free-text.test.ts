import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from '../../test/api-as';
import type { LoggedIn } from '../../test/factories/account.factory';
import { buildEmployee } from '../../test/factories/employee.factory';
import { createUnit } from '../../test/factories/organisation.factory';
import { SMALL_INSTRUMENT } from '../../test/factories/survey.factory';
import { createTenant } from '../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../test/harness';

// One text rule (domain text.rules.ts through contracts/common.contract.ts textLine/textBlock)
// for every free-text name and title the API takes: crafted strings through the real routes.

let ctx: TestContext;
let admin: LoggedIn;
let unitId: number;
let employee: { id: number; version: string };
let instrumentId: number;

const CRAFTED: [string, string][] = [
  ['Unit\u202eevil', 'U+202E'],
  ['Unit\u2066isolate\u2069', 'U+2066'],
  ['Unit\u0007bell', 'U+0007'],
  ['Unit\u009bcsi', 'U+009B'],
  ['Baris\nbaru', 'U+000A'],
  ['Unit\ud800half', 'U+D800'],
];

beforeAll(async () => {
  ctx = await createTestContext();
  const tenantId = (await createTenant(ctx)).id;
  unitId = (await createUnit(ctx, tenantId, 'Dinas Uji')).id;
  const person = await buildEmployee(ctx, tenantId, { unitId, name: 'Ani' });
  admin = await apiAs(ctx, 'admin', tenantId);
  const detail = await ctx.app.inject({
    method: 'GET',
    url: `/api/v1/employees/${person.id}`,
    headers: admin.headers,
  });
  employee = { id: person.id, version: detail.json().version };
  const instrument = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/instruments',
    headers: admin.headers,
    payload: { definition: SMALL_INSTRUMENT },
  });
  instrumentId = instrument.json().id;
});
afterAll(() => ctx.close());

/** Each crafted text in `field` of the request is refused, translated, naming the character. */
async function expectRefused(
  request: (text: string) => { method: 'POST' | 'PATCH' | 'PUT'; url: string; payload: object },
  path: string,
) {
  for (const [text, character] of CRAFTED) {
    const response = await ctx.app.inject({ ...request(text), headers: admin.headers });
    expect(response.statusCode, `${path} ${JSON.stringify(text)}`).toBe(400);
    expect(response.json().errors).toContainEqual({
      path,
      message: `Teks mengandung karakter tak terlihat atau karakter kendali (${character}) yang tidak diizinkan. Hapus karakter itu, misalnya dengan mengetik ulang teksnya.`,
    });
  }
}

describe('free text in every contract', () => {
  it('refuses control, bidi and lone-surrogate characters in unit names', async () => {
    await expectRefused(
      (name) => ({ method: 'POST', url: '/api/v1/units', payload: { name, kind: 'opd', parentId: null } }),
      'body/name',
    );
    await expectRefused(
      (name) => ({ method: 'PATCH', url: `/api/v1/units/${unitId}`, payload: { name } }),
      'body/name',
    );
    const units = await ctx.app.inject({ method: 'GET', url: '/api/v1/units', headers: admin.headers });
    expect(units.json().items.map((u: { name: string }) => u.name)).toEqual(['Dinas Uji']);
  });

  it('refuses them in position names and account display names', async () => {
    await expectRefused(
      (name) => ({ method: 'POST', url: '/api/v1/positions', payload: { name, kind: 'pelaksana' } }),
      'body/name',
    );
    await expectRefused(
      (displayName) => ({
        method: 'POST',
        url: '/api/v1/accounts',
        payload: { username: 'akun.baru', displayName, role: 'pegawai' },
      }),
      'body/displayName',
    );
  });

  it('refuses them in an employee correction’s name and titles', async () => {
    for (const field of ['name', 'frontTitle', 'education']) {
      await expectRefused(
        (text) => ({
          method: 'PATCH',
          url: `/api/v1/employees/${employee.id}`,
          payload: { version: employee.version, [field]: text },
        }),
        `body/${field}`,
      );
    }
  });

  it('refuses them in survey titles, wave labels and questionnaire titles and labels', async () => {
    await expectRefused(
      (title) => ({
        method: 'POST',
        url: '/api/v1/surveys',
        payload: { instrumentId, title, mode: 'identified', audience: { kind: 'criteria' } },
      }),
      'body/title',
    );
    const survey = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/surveys',
      headers: admin.headers,
      payload: { instrumentId, title: 'Survei Uji', mode: 'identified', audience: { kind: 'criteria' } },
    });
    expect(survey.statusCode).toBe(201);
    await expectRefused(
      (label) => ({
        method: 'POST',
        url: `/api/v1/surveys/${survey.json().id}/waves`,
        payload: { label, opensAt: '2030-01-01T00:00:00Z', closesAt: '2030-02-01T00:00:00Z' },
      }),
      'body/label',
    );
    await expectRefused(
      (title) => ({
        method: 'POST',
        url: '/api/v1/instruments',
        payload: { definition: { ...SMALL_INSTRUMENT, title: { id: title, en: '' } } },
      }),
      'body/definition/title/id',
    );
  });

  it('lets a question run over several lines (CRLF kept as LF), but never carry a bidi override', async () => {
    const withText = (text: string) => ({
      ...SMALL_INSTRUMENT,
      sections: SMALL_INSTRUMENT.sections.map((section, s) =>
        s > 0
          ? section
          : {
              ...section,
              questions: section.questions.map((q, i) =>
                i === 0 ? { ...q, text: { id: text, en: '' } } : q,
              ),
            },
      ),
    });
    const accepted = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/instruments',
      headers: admin.headers,
      payload: { definition: withText('  Baris satu\r\nbaris dua  ') },
    });
    expect(accepted.statusCode).toBe(201);
    const stored = accepted.json().version.definition.sections[0].questions[0].text.id;
    expect(stored).toBe('Baris satu\nbaris dua');
    const refused = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/instruments',
      headers: admin.headers,
      payload: { definition: withText('Baris satu\n\u202ebaris dua') },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].path).toBe('body/definition/sections/0/questions/0/text/id');
  });

  it('trims names and keeps ordinary Indonesian ones as typed', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/units',
      headers: admin.headers,
      payload: { name: '  Badan Kepegawaian & Pengembangan SDM (BKPSDM)  ', kind: 'opd', parentId: null },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().name).toBe('Badan Kepegawaian & Pengembangan SDM (BKPSDM)');
  });
});
