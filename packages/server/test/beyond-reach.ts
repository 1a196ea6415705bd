import { DEFAULT_TALENT_SETTINGS } from '@jenjang/domain/talent/nine-box.contract';
import { DEFAULT_PROMOTION_RULES } from '@jenjang/domain/talent/promotion.contract';
import { sql } from 'kysely';
import { withTenant } from '../src/db/database';
import { insertCertificate } from '../src/features/programs/certificate.repository';
import { createAccount, type LoggedIn, login } from './factories/account.factory';
import { buildEmployee } from './factories/employee.factory';
import { buildPosition, createUnit } from './factories/organisation.factory';
import { openSurvey, SMALL_INSTRUMENT, surveyWorld } from './factories/survey.factory';
import { createTenant } from './factories/tenant.factory';
import type { TestContext } from './harness';

// An OPD-scoped admin and, around it, what lies beyond its reach: another OPD's accounts,
// employees, survey and job, and the whole government's admin. route-access.test.ts tries every
// mutation route on these and expects a refusal that changes nothing.

export interface BeyondReach {
  tenantId: number;
  scopedAdmin: LoggedIn;
  ownOpd: { id: number; path: number[] };
  otherOpd: { id: number; path: number[] };
  tenantAdminAccountId: number;
  otherOpdAccountId: number;
  otherOpdEmployeeId: number;
  survey: { instrumentId: number; surveyId: number; waveId: number };
  /** An import job of the whole government's admin, and one of the scoped admin's own. */
  foreignJobId: string;
  ownJobId: string;
  ownBidang: { id: number; path: number[] };
  otherOpdName: string;
  positionId: number;
  /** An employee of its own OPD, with the version a correction must name. */
  ownEmployee: { id: number; version: string };
  /** A policy of the whole government in drafting, with one provision and one indicator. */
  policy: { id: number; versionId: number; provisionId: number; indicatorId: number };
  /** A policy consulted on with its leaders only (an OPD's admin is not invited), one leader's proposal. */
  consulted: { id: number; roundId: number; commentId: number };
  /** The government's Forum Diskusi ASN, open, with a leader's proposal and a reply under it. */
  forum: { id: number; proposalId: number; replyId: number };
  /** Development plans of the other OPD and of the government, drafts with one item each. */
  plans: { otherOpd: { id: number; itemId: number }; government: { id: number; itemId: number } };
  /**
   * The government's open program with one batch, and the other OPD's employee nominated to it,
   * holding a certificate (as a completed participant would).
   */
  program: { id: number; batchId: number; applicationId: number; certificateId: number };
  /** A partner of the government with a trainer account linked, named as a trainer of the program's batch. */
  partner: { id: number; mitraAccountId: number; trainerId: number };
  /** A mentoring program of the government: two of the other OPD's employees paired, a session logged. */
  mentoring: {
    programId: number;
    mentorId: number;
    menteeId: number;
    pairId: number;
    sessionId: number;
    goalId: number;
  };
  /** A scholarship call of the government, a draft with its terms. */
  scholarship: { programId: number };
  /** The government's appraisal year, planning, with the other OPD's employee's SKP (appraised there). */
  performance: { cycleId: number; skpId: number };
}

export async function beyondReach(ctx: TestContext): Promise<BeyondReach> {
  const tenantId = (await createTenant(ctx)).id;
  const ownOpd = await createUnit(ctx, tenantId, 'Dinas Sendiri');
  // The survey world's admin is an admin of the whole government; its OPD is "another OPD".
  const world = await surveyWorld(ctx, tenantId, 1);
  const survey = await openSurvey(ctx, world, { mode: 'identified' });
  const scoped = await createAccount(ctx, tenantId, 'admin', { scopeUnitId: ownOpd.id });
  const tenantAdmin = await createAccount(ctx, tenantId, 'admin');
  const otherOpdAccount = await createAccount(ctx, tenantId, 'pegawai', { scopeUnitId: world.opd.id });
  const otherOpdEmployeeId = (await buildEmployee(ctx, tenantId, { unit: world.opd })).id;
  const jobOf = (accountId: number) =>
    withTenant(ctx.db, tenantId, (tx) =>
      tx
        .insertInto('job')
        .values({ tenant_id: tenantId, account_id: accountId, kind: 'unit-import', status: 'succeeded' })
        .returning('id')
        .executeTakeFirstOrThrow(),
    );
  const job = await jobOf(tenantAdmin.id);
  const ownJob = await jobOf(scoped.id);
  const ownBidang = await createUnit(ctx, tenantId, 'Bidang Sendiri', ownOpd);
  const ownEmployeeId = (await buildEmployee(ctx, tenantId, { unit: ownBidang })).id;
  const ownEmployee = await withTenant(ctx.db, tenantId, async (tx) => ({
    id: ownEmployeeId,
    version: (
      await sql<{
        version: string;
      }>`select xmin::text as version from employee where id = ${ownEmployeeId}`.execute(tx)
    ).rows[0]!.version,
  }));
  const positionId = (
    await buildPosition(ctx, tenantId, {
      name: 'Analis SDM Aparatur',
      kind: 'fungsional',
      level: 'ahli_muda',
    })
  ).id;
  const { otherOpdName } = await withTenant(ctx.db, tenantId, async (tx) => ({
    otherOpdName: (
      await tx.selectFrom('unit').select('name').where('id', '=', world.opd.id).executeTakeFirstOrThrow()
    ).name,
  }));
  return {
    tenantId,
    policy: await draftPolicy(ctx, await login(ctx, tenantAdmin.username), survey.surveyId),
    consulted: await consultedPolicy(
      ctx,
      await login(ctx, tenantAdmin.username),
      await login(ctx, (await createAccount(ctx, tenantId, 'pimpinan')).username),
    ),
    forum: await openForum(
      ctx,
      await login(ctx, tenantAdmin.username),
      await login(ctx, (await createAccount(ctx, tenantId, 'pimpinan')).username),
    ),
    plans: {
      otherOpd: await draftPlan(ctx, await login(ctx, tenantAdmin.username), world.opd.id),
      government: await draftPlan(ctx, await login(ctx, tenantAdmin.username), null),
    },
    program: await withCertificate(
      ctx,
      { tenantId, issuedBy: tenantAdmin.id },
      await openProgram(ctx, await login(ctx, tenantAdmin.username), otherOpdEmployeeId),
    ),
    partner: await partnerWithTrainer(ctx, tenantId, await login(ctx, tenantAdmin.username)),
    mentoring: await mentoringPair(
      ctx,
      await login(ctx, tenantAdmin.username),
      otherOpdEmployeeId,
      (await buildEmployee(ctx, tenantId, { unit: world.opd })).id,
    ),
    scholarship: await scholarshipCall(ctx, await login(ctx, tenantAdmin.username)),
    performance: await appraisalYear(
      ctx,
      await login(ctx, tenantAdmin.username),
      otherOpdEmployeeId,
      (await buildEmployee(ctx, tenantId, { unit: world.opd })).id,
    ),
    ownBidang,
    ownEmployee,
    otherOpdName,
    positionId,
    scopedAdmin: await login(ctx, scoped.username),
    ownOpd,
    otherOpd: world.opd,
    tenantAdminAccountId: tenantAdmin.id,
    otherOpdAccountId: otherOpdAccount.id,
    otherOpdEmployeeId,
    survey,
    foreignJobId: job.id,
    ownJobId: ownJob.id,
  };
}

/** A development plan draft (an OPD's, or the government's) with one item, by the tenant-wide admin. */
async function draftPlan(ctx: TestContext, admin: LoggedIn, unitId: number | null) {
  const send = async (url: string, payload: object) => {
    const response = await ctx.app.inject({ method: 'POST', url, headers: admin.headers, payload });
    if (response.statusCode >= 300) throw new Error(`${url}: ${response.body}`);
    return response.json();
  };
  const plan = await send('/api/v1/development-plans', { year: 2027, unitId, budget: 1_000_000 });
  const withItem = await send(`/api/v1/development-plans/${plan.id}/items`, PLAN_ITEM);
  return { id: plan.id as number, itemId: withItem.items[0].id as number };
}

/** An open program of the whole government with one batch, and one nomination to it. */
async function openProgram(ctx: TestContext, admin: LoggedIn, nomineeId: number) {
  const send = async (url: string, payload: object) => {
    const response = await ctx.app.inject({ method: 'POST', url, headers: admin.headers, payload });
    if (response.statusCode >= 300) throw new Error(`${url}: ${response.body}`);
    return response.json();
  };
  const program = await send('/api/v1/programs', PROGRAM);
  const withBatch = await send(`/api/v1/programs/${program.id}/batches`, BATCH);
  await send(`/api/v1/programs/${program.id}/transitions`, { transition: 'open' });
  const batchId = withBatch.batches[0].id as number;
  const nominated = await send(`/api/v1/programs/${program.id}/nominations`, {
    employeeId: nomineeId,
    preferences: [batchId],
  });
  return { id: program.id as number, batchId, applicationId: nominated.id as number };
}

/** A partner with a trainer account, named as a trainer of the open program's batch (openProgram). */
async function partnerWithTrainer(ctx: TestContext, tenantId: number, admin: LoggedIn) {
  const send = async (method: 'POST' | 'PUT' | 'GET', url: string, payload?: object) => {
    const response = await ctx.app.inject({
      method,
      url,
      headers: admin.headers,
      ...(payload ? { payload } : {}),
    });
    if (response.statusCode >= 300) throw new Error(`${url}: ${response.body}`);
    return response.json();
  };
  const mitra = await createAccount(ctx, tenantId, 'mitra');
  const partner = await send('POST', '/api/v1/partners', { name: 'Universitas Uji', kind: 'university' });
  await send('POST', `/api/v1/partners/${partner.id}/agreements`, AGREEMENT);
  await send('PUT', `/api/v1/partners/${partner.id}/accounts/${mitra.id}`);
  const program = (await send('GET', '/api/v1/programs')).items.find(
    (p: { title: string }) => p.title === PROGRAM.title,
  );
  const batchId = (await send('GET', `/api/v1/programs/${program.id}`)).batches[0].id;
  const trainers = await send('POST', `/api/v1/programs/${program.id}/batches/${batchId}/trainers`, {
    name: 'Narasumber Uji',
    accountId: mitra.id,
  });
  return { id: partner.id as number, mitraAccountId: mitra.id, trainerId: trainers.items[0].id as number };
}

/** An appraisal year of the government, and an SKP of another OPD's employee, appraised in that OPD. */
async function appraisalYear(ctx: TestContext, admin: LoggedIn, employeeId: number, appraiserId: number) {
  const send = async (url: string, payload: object) => {
    const response = await ctx.app.inject({ method: 'POST', url, headers: admin.headers, payload });
    if (response.statusCode >= 300) throw new Error(`${url}: ${response.body}`);
    return response.json();
  };
  const cycle = await send('/api/v1/performance/cycles', { year: 2030 });
  const skp = await send(`/api/v1/performance/cycles/${cycle.id}/skp`, {
    employeeId,
    appraiserEmployeeId: appraiserId,
  });
  return { cycleId: cycle.id as number, skpId: skp.id as number };
}

/** A mentoring program of the whole government whose only pair is of another OPD, with a session. */
async function mentoringPair(ctx: TestContext, admin: LoggedIn, menteeId: number, mentorId: number) {
  const send = async (method: 'POST' | 'PUT', url: string, payload: object) => {
    const response = await ctx.app.inject({ method, url, headers: admin.headers, payload });
    if (response.statusCode >= 300) throw new Error(`${url}: ${response.body}`);
    return response.json();
  };
  const program = await send('POST', '/api/v1/programs', {
    ...PROGRAM,
    title: 'Mentoring Uji',
    pathCode: 'NKL02',
  });
  const url = `/api/v1/programs/${program.id}/mentoring`;
  await send('PUT', url, { startsOn: '2020-01-01', endsOn: '2099-12-31' });
  await send('POST', `${url}/mentors`, { employeeId: mentorId });
  await send('POST', `${url}/mentees`, { employeeIds: [menteeId] });
  const paired = await send('POST', `${url}/pairs`, {
    pairs: [{ mentorId, menteeId, overrideReason: 'Belum diasesmen.' }],
  });
  const pairId = paired.pairs[0].id as number;
  await send('POST', `/api/v1/mentoring/pairs/${pairId}/goals`, { text: 'Tujuan uji' });
  const detail = await send('POST', `/api/v1/mentoring/pairs/${pairId}/sessions`, {
    heldOn: '2020-01-02',
    topic: 'Sesi uji',
    minutes: 60,
  });
  return {
    programId: program.id as number,
    mentorId,
    menteeId,
    pairId,
    sessionId: detail.sessionList[0].id as number,
    goalId: detail.goalList[0].id as number,
  };
}

/** A draft scholarship call (a program on the study path with its terms). */
async function scholarshipCall(ctx: TestContext, admin: LoggedIn) {
  const send = async (method: 'POST' | 'PUT', url: string, payload: object) => {
    const response = await ctx.app.inject({ method, url, headers: admin.headers, payload });
    if (response.statusCode >= 300) throw new Error(`${url}: ${response.body}`);
    return response.json();
  };
  const program = await send('POST', '/api/v1/programs', {
    ...PROGRAM,
    title: 'Tugas Belajar Uji',
    pathCode: 'PEND',
    jp: 0,
  });
  await send('PUT', `/api/v1/programs/${program.id}/scholarship`, SCHOLARSHIP);
  return { programId: program.id as number };
}

const SCHOLARSHIP = {
  degree: 'S2',
  fields: ['Administrasi Publik'],
  institution: 'Universitas Uji',
  studyMonths: 24,
  documents: ['ijazah'],
};

const PARTNER = { name: 'Lembaga Pelatihan Uji', kind: 'institute' };
const AGREEMENT = {
  number: 'PKS/UJI/2027',
  scope: 'Pelatihan.',
  validFrom: '2027-01-01',
  validUntil: '2028-12-31',
};

const PROGRAM = { title: 'Bimtek Uji', pathCode: 'KL10', jp: 8, providerKind: 'internal' };
const BATCH = { name: 'Angkatan I', startsOn: '2027-03-01', endsOn: '2027-03-02', capacity: 10 };

const PLAN_ITEM = {
  competencyId: null,
  title: 'Bimtek Uji',
  targetGroup: 'Semua pegawai',
  pathCode: 'KL10',
  jp: 8,
  participants: 10,
  estimatedCost: 100_000,
  priority: 2,
};

/** A government policy drafted by its tenant-wide admin, through the API. */
async function draftPolicy(ctx: TestContext, admin: LoggedIn, surveyId: number) {
  const send = async (url: string, payload: object) => {
    const response = await ctx.app.inject({ method: 'POST', url, headers: admin.headers, payload });
    if (response.statusCode !== 200) throw new Error(`${url}: ${response.body}`);
    return response.json();
  };
  const policy = await send('/api/v1/policies', {
    title: 'Kebijakan Kepegawaian',
    area: 'kepegawaian',
    purpose: 'Uji jangkauan.',
    principles: [],
    legalBasis: [],
    ownerUnitId: null,
    surveyIds: [],
  });
  const text = await send(`/api/v1/policies/${policy.id}/draft/provisions`, {
    parentId: null,
    afterId: null,
    label: 'Pasal 1',
    body: 'Ketentuan umum.',
  });
  const indicator = await send(`/api/v1/policies/${policy.id}/indicators`, {
    name: 'Partisipasi survei',
    params: { source: 'survey.responseRate', surveyId },
    direction: 'up',
    baseline: null,
    target: 0.8,
  });
  return {
    id: policy.id as number,
    versionId: text.version.id as number,
    provisionId: text.provisions[0].provisionId as number,
    indicatorId: indicator.id as number,
  };
}

/** A second policy under consultation by its leaders only, with one leader's comment. */
async function consultedPolicy(ctx: TestContext, admin: LoggedIn, leader: LoggedIn) {
  const send = async (session: LoggedIn, url: string, payload: object) => {
    const response = await ctx.app.inject({ method: 'POST', url, headers: session.headers, payload });
    if (response.statusCode !== 200) throw new Error(`${url}: ${response.body}`);
    return response.json();
  };
  const policy = await send(admin, '/api/v1/policies', {
    title: 'Kebijakan Karier',
    area: 'karier',
    purpose: 'Uji jangkauan konsultasi.',
    principles: [],
    legalBasis: [],
    ownerUnitId: null,
    surveyIds: [],
  });
  await send(admin, `/api/v1/policies/${policy.id}/draft/provisions`, {
    parentId: null,
    afterId: null,
    label: 'Pasal 1',
    body: 'Ketentuan umum.',
  });
  const closesOn = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await send(admin, `/api/v1/policies/${policy.id}/transitions`, {
    transition: 'openConsultation',
    consultation: {
      closesOn,
      audience: { employees: false, leaders: true, partners: false },
      allowAnonymous: true,
    },
  });
  const rounds = await ctx.app.inject({
    method: 'GET',
    url: `/api/v1/policies/${policy.id}/consultations`,
    headers: leader.headers,
  });
  const roundId = rounds.json().rounds[0].id as number;
  const comment = await send(leader, `/api/v1/policies/${policy.id}/consultations/${roundId}/comments`, {
    provisionId: null,
    kind: 'proposal',
    body: 'Usulan pimpinan.',
  });
  return { id: policy.id as number, roundId, commentId: comment.id as number };
}

/** The government's forum, opened by its tenant-wide admin, with a leader's proposal and reply. */
async function openForum(ctx: TestContext, admin: LoggedIn, leader: LoggedIn) {
  const send = async (session: LoggedIn, url: string, payload: object) => {
    const response = await ctx.app.inject({ method: 'POST', url, headers: session.headers, payload });
    if (response.statusCode >= 300) throw new Error(`${url}: ${response.body}`);
    return response.statusCode === 200 ? response.json() : null;
  };
  const day = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const forum = await send(admin, '/api/v1/forums', {
    title: 'Forum Diskusi ASN',
    year: Number(day.slice(0, 4)),
    startsAt: `${day}T08:00`,
    endsAt: `${day}T15:00`,
    place: 'Aula',
  });
  await send(admin, `/api/v1/forums/${forum.id}/steps`, { step: 'open' });
  const proposal = await send(leader, `/api/v1/forums/${forum.id}/proposals`, {
    title: 'Usulan pimpinan',
    body: 'Isi usulan.',
  });
  const reply = await send(leader, `/api/v1/forums/${forum.id}/proposals/${proposal.id}/replies`, {
    body: 'Tanggapan.',
  });
  return { id: forum.id as number, proposalId: proposal.id as number, replyId: reply.id as number };
}

export interface Attempt {
  /** The route's URL with its parameters filled. */
  url: string;
  payload?: object;
  headers?: Record<string, string>;
  /**
   * An import whose reach is checked row by row: it is accepted as a job (202), and its rows
   * beyond the caller's reach are refused when it runs. Nothing outside the job may change.
   */
  accepted?: true;
  /** Statuses that refuse it, when not 403/404: a body naming units beyond reach may be a 400. */
  refusedWith?: number[];
}

function csvUpload(content: string): Pick<Attempt, 'payload' | 'headers'> {
  const boundary = 'jenjangreachboundary';
  const body =
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="berkas.csv"\r\n` +
    `Content-Type: text/csv\r\n\r\n${content}\r\n--${boundary}--\r\n`;
  return {
    payload: Buffer.from(body) as unknown as object,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const PLAN_ITEM_PAYLOAD = { ...PLAN_ITEM, title: 'Titipan OPD' };

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const hourFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

/**
 * How an OPD-scoped admin would try each mutation route on what lies beyond its OPD. A route
 * missing here fails route-access.test.ts: a new mutation route must say how it is tried. An empty
 * list means the route can only ever touch what is the caller's own (say why).
 */
export function attemptsBeyondReach(f: BeyondReach): Record<string, Attempt[]> {
  const v = '/api/v1';
  const accounts = [f.tenantAdminAccountId, f.otherOpdAccountId];
  const wave = f.survey.waveId;
  return {
    [`POST ${v}/accounts`]: [
      { url: `${v}/accounts`, payload: { username: 'admin.tanpa.batas', displayName: 'X', role: 'admin' } },
      {
        url: `${v}/accounts`,
        payload: { username: 'akun.opd.lain', displayName: 'X', role: 'pegawai', scopeUnitId: f.otherOpd.id },
      },
    ],
    [`PATCH ${v}/accounts/:id`]: accounts.map((id) => ({
      url: `${v}/accounts/${id}`,
      payload: { displayName: 'X' },
    })),
    ...Object.fromEntries(
      ['disable', 'enable', 'password-link'].map((path) => [
        `POST ${v}/accounts/:id/${path}`,
        accounts.map((id) => ({ url: `${v}/accounts/${id}/${path}` })),
      ]),
    ),
    // The employee registry file may place anyone anywhere: only the whole government's admin imports it.
    [`POST ${v}/imports/employees`]: [
      {
        url: `${v}/imports/employees`,
        ...csvUpload('nip;nama;tanggal_lahir\n198503122010011001;Budi;12-03-1985\n'),
      },
    ],
    [`POST ${v}/imports/positions`]: [
      { url: `${v}/imports/positions`, ...csvUpload('jabatan;jenis_jabatan\nPranata Komputer;Fungsional\n') },
    ],
    [`POST ${v}/imports/units`]: [
      {
        url: `${v}/imports/units`,
        ...csvUpload(`unit_kerja\n${f.otherOpdName} > Bidang Titipan\n`),
        accepted: true,
      },
    ],
    // Standards and assessment results are the whole government's files: its tenant-wide admins import them.
    [`POST ${v}/imports/competency-standards`]: [
      {
        url: `${v}/imports/competency-standards`,
        ...csvUpload('jabatan;kode_kompetensi;level\nAnalis SDM Aparatur;M.1;3\n'),
      },
    ],
    [`POST ${v}/imports/competency-assessments`]: [
      {
        url: `${v}/imports/competency-assessments`,
        ...csvUpload(
          'nip;kode_kompetensi;level;tanggal_penilaian;metode\n198503122010011001;M.1;3;01-08-2026;Atasan\n',
        ),
      },
    ],
    // Development history files, like the registry's, may name anyone in the government.
    [`POST ${v}/imports/development`]: [
      {
        url: `${v}/imports/development`,
        ...csvUpload('nip;nama_kegiatan;tanggal_selesai;jp\n198503122010011001;Bimtek;01-08-2026;8\n'),
      },
    ],
    // SIASN's appraisal history may name anyone in the government: only its tenant-wide admins import it.
    [`POST ${v}/imports/performance-history`]: [
      {
        url: `${v}/imports/performance-history`,
        ...csvUpload(
          'nip;tahun;hasilKinerja;perilakuKerja;nipNrpPenilai\n198503122010011001;2025;2;2;197605142000032002\n',
        ),
      },
    ],
    [`POST ${v}/employees/:id/development`]: [
      {
        url: `${v}/employees/${f.otherOpdEmployeeId}/development`,
        payload: { kind: 'kursus', name: 'Kursus Titipan', endedOn: yesterday(), jp: 8 },
      },
    ],
    // Another OPD's employee's IDP is beyond an OPD admin's reach (none need exist: refused before).
    [`POST ${v}/employees/:id/idp`]: [
      { url: `${v}/employees/${f.otherOpdEmployeeId}/idp`, payload: { year: 2027 } },
    ],
    [`PUT ${v}/employees/:id/idp/:year`]: [
      { url: `${v}/employees/${f.otherOpdEmployeeId}/idp/2027`, payload: { note: null, items: [] } },
    ],
    [`POST ${v}/employees/:id/idp/:year/transitions`]: [
      {
        url: `${v}/employees/${f.otherOpdEmployeeId}/idp/2027/transitions`,
        payload: { transition: 'agree' },
      },
    ],
    // Another OPD's plan and the government's plan are not an OPD admin's to draft; approval is a leader's.
    [`POST ${v}/development-plans`]: [
      { url: `${v}/development-plans`, payload: { year: 2028, unitId: f.otherOpd.id } },
      { url: `${v}/development-plans`, payload: { year: 2028, unitId: null } },
    ],
    ...Object.fromEntries(
      (['PATCH', 'POST generate', 'POST items', 'PUT item', 'DELETE item', 'POST transitions'] as const).map(
        (kind) => {
          const [method, what] = kind.split(' ') as [string, string | undefined];
          const path = what === undefined ? '' : what === 'item' ? '/items/:itemId' : `/${what}`;
          return [
            `${method} ${v}/development-plans/:id${path}`,
            Object.values(f.plans).map((p) => ({
              url: `${v}/development-plans/${p.id}${path.replace(':itemId', String(p.itemId))}`,
              ...(method === 'DELETE'
                ? {}
                : {
                    payload:
                      what === 'transitions'
                        ? { transition: p === f.plans.government ? 'approve' : 'propose' }
                        : what === 'generate'
                          ? {}
                          : what === undefined
                            ? { budget: 1 }
                            : PLAN_ITEM_PAYLOAD,
                  }),
            })),
          ];
        },
      ),
    ),
    // Programs are the whole government's: an OPD admin neither keeps them nor acts for another
    // OPD's staff (nominating them, withdrawing their application).
    [`POST ${v}/programs`]: [{ url: `${v}/programs`, payload: PROGRAM }],
    [`PUT ${v}/programs/:id`]: [{ url: `${v}/programs/${f.program.id}`, payload: PROGRAM }],
    [`POST ${v}/programs/:id/transitions`]: [
      { url: `${v}/programs/${f.program.id}/transitions`, payload: { transition: 'close' } },
    ],
    [`POST ${v}/programs/:id/batches`]: [{ url: `${v}/programs/${f.program.id}/batches`, payload: BATCH }],
    [`PUT ${v}/programs/:id/batches/:batchId`]: [
      {
        url: `${v}/programs/${f.program.id}/batches/${f.program.batchId}`,
        payload: { ...BATCH, capacity: 1 },
      },
    ],
    [`DELETE ${v}/programs/:id/batches/:batchId`]: [
      { url: `${v}/programs/${f.program.id}/batches/${f.program.batchId}` },
    ],
    [`POST ${v}/programs/:id/applications`]: [
      { url: `${v}/programs/${f.program.id}/applications`, payload: { preferences: [f.program.batchId] } },
    ],
    [`POST ${v}/programs/:id/nominations`]: [
      {
        url: `${v}/programs/${f.program.id}/nominations`,
        payload: { employeeId: f.otherOpdEmployeeId, preferences: [f.program.batchId] },
      },
    ],
    [`POST ${v}/programs/:id/applications/:applicationId/withdraw`]: [
      { url: `${v}/programs/${f.program.id}/applications/${f.program.applicationId}/withdraw` },
    ],
    [`POST ${v}/programs/:id/selection`]: [{ url: `${v}/programs/${f.program.id}/selection` }],
    [`POST ${v}/programs/:id/assignments`]: [
      {
        url: `${v}/programs/${f.program.id}/assignments`,
        payload: { employeeId: f.ownEmployee.id, batchId: f.program.batchId },
      },
    ],
    // An appeal is the applicant's own (an OPD admin has no application of theirs there to appeal,
    // so nothing beyond their reach is touched); its decision is the agency's.
    [`POST ${v}/programs/:id/appeals`]: [
      {
        url: `${v}/programs/${f.program.id}/appeals`,
        payload: { reason: 'Nilai saya belum diperbarui.' },
        refusedWith: [409],
      },
    ],
    [`POST ${v}/programs/:id/appeals/:appealId/decision`]: [
      {
        url: `${v}/programs/${f.program.id}/appeals/1/decision`,
        payload: { decision: 'rejected', reason: 'Skor sudah sesuai data.' },
      },
    ],
    // Mentoring is the agency's to set up; a pair's work is its two sides' (and the agency's).
    ...mentoringAttempts(f),
    ...scholarshipAttempts(f),
    ...performanceAttempts(f),
    ...promotionAttempts(f),
    ...talentAttempts(f),
    // The evaluation plan is the agency's.
    [`PUT ${v}/programs/:id/evaluation-plan`]: [
      {
        url: `${v}/programs/${f.program.id}/evaluation-plan`,
        payload: { followUpMonths: 6, resultSurveyId: null },
      },
    ],
    // The curriculum is the agency's to record and revise.
    [`POST ${v}/programs/:id/curricula`]: [
      {
        url: `${v}/programs/${f.program.id}/curricula`,
        payload: {
          modules: [{ title: 'Materi Inti', objectives: ['Memahami materi inti'], jp: PROGRAM.jp }],
        },
      },
    ],
    // A batch's days are the agency's (and, later, its partner trainer's) to keep.
    [`PUT ${v}/programs/:id/batches/:batchId/attendance`]: [
      {
        url: `${v}/programs/${f.program.id}/batches/${f.program.batchId}/attendance`,
        payload: { applicationId: f.program.applicationId, day: BATCH.startsOn, present: true },
      },
    ],
    [`PUT ${v}/programs/:id/batches/:batchId/scores`]: [
      {
        url: `${v}/programs/${f.program.id}/batches/${f.program.batchId}/scores`,
        payload: { applicationId: f.program.applicationId, finalScore: 90 },
      },
    ],
    // Partners, their agreements and trainer accounts, and a batch's trainers: the whole government's agency's.
    [`POST ${v}/partners`]: [{ url: `${v}/partners`, payload: PARTNER }],
    [`PUT ${v}/partners/:id`]: [{ url: `${v}/partners/${f.partner.id}`, payload: PARTNER }],
    [`POST ${v}/partners/:id/agreements`]: [
      { url: `${v}/partners/${f.partner.id}/agreements`, payload: { ...AGREEMENT, number: 'PKS/UJI/2' } },
    ],
    [`PUT ${v}/partners/:id/accounts/:accountId`]: [
      { url: `${v}/partners/${f.partner.id}/accounts/${f.otherOpdAccountId}` },
    ],
    [`DELETE ${v}/partners/:id/accounts/:accountId`]: [
      { url: `${v}/partners/${f.partner.id}/accounts/${f.partner.mitraAccountId}` },
    ],
    [`POST ${v}/programs/:id/batches/:batchId/trainers`]: [
      {
        url: `${v}/programs/${f.program.id}/batches/${f.program.batchId}/trainers`,
        payload: { name: 'Narasumber Lain', accountId: f.partner.mitraAccountId },
      },
    ],
    [`DELETE ${v}/programs/:id/batches/:batchId/trainers/:trainerId`]: [
      { url: `${v}/programs/${f.program.id}/batches/${f.program.batchId}/trainers/${f.partner.trainerId}` },
    ],
    [`POST ${v}/programs/:id/batches/:batchId/close`]: [
      { url: `${v}/programs/${f.program.id}/batches/${f.program.batchId}/close` },
    ],
    [`PUT ${v}/programs/:id/batches/:batchId/tests`]: [
      {
        url: `${v}/programs/${f.program.id}/batches/${f.program.batchId}/tests`,
        payload: { applicationId: f.program.applicationId, preTestScore: 40, postTestScore: 80 },
      },
    ],
    [`POST ${v}/programs/:id/check-in`]: [
      {
        url: `${v}/programs/${f.program.id}/check-in`,
        payload: { batchId: f.program.batchId, day: BATCH.startsOn, code: 'AAAAAAAAAAAAAAAA' },
      },
    ],
    // The dictionary and the standards are the whole government's: refused before any id is looked for.
    [`POST ${v}/competencies`]: [
      { url: `${v}/competencies`, payload: { code: 'T.OPD', name: 'Teknis OPD', levels: [] } },
    ],
    [`PUT ${v}/competencies/:id`]: [
      { url: `${v}/competencies/1`, payload: { code: 'T.OPD', name: 'Teknis OPD', levels: [] } },
    ],
    [`DELETE ${v}/competencies/:id`]: [{ url: `${v}/competencies/1` }],
    [`PUT ${v}/positions/:id/standard`]: [
      { url: `${v}/positions/${f.positionId}/standard`, payload: { requirements: [] } },
    ],
    [`POST ${v}/positions/:id/standard/copy`]: [
      { url: `${v}/positions/${f.positionId}/standard/copy`, payload: { toPositionIds: [f.positionId] } },
    ],
    // Another OPD's employee is out of its reach (its own are not: an OPD's admin assesses them).
    [`POST ${v}/employees/:id/assessments`]: [
      {
        url: `${v}/employees/${f.otherOpdEmployeeId}/assessments`,
        payload: { competencyId: 1, level: 3, assessedOn: yesterday(), method: 'supervisor' },
      },
    ],
    [`POST ${v}/units`]: [
      { url: `${v}/units`, payload: { name: 'Bidang Titipan', kind: 'bidang', parentId: f.otherOpd.id } },
      { url: `${v}/units`, payload: { name: 'Dinas Baru', kind: 'opd', parentId: null } },
    ],
    [`PATCH ${v}/units/:id`]: [
      { url: `${v}/units/${f.otherOpd.id}`, payload: { name: 'Dinas Berganti Nama' } },
      // Its own OPD is the government's to rename, move or close: only the units below it are its own.
      { url: `${v}/units/${f.ownOpd.id}`, payload: { name: 'Dinas Sendiri Berganti Nama' } },
    ],
    [`POST ${v}/units/:id/move`]: [
      { url: `${v}/units/${f.otherOpd.id}/move`, payload: { parentId: f.ownOpd.id } },
      { url: `${v}/units/${f.ownBidang.id}/move`, payload: { parentId: f.otherOpd.id } },
      { url: `${v}/units/${f.ownOpd.id}/move`, payload: { parentId: f.otherOpd.id } },
    ],
    [`POST ${v}/units/:id/close`]: [
      {
        url: `${v}/units/${f.otherOpd.id}/close`,
        payload: { closedOn: yesterday(), moveEmployeesTo: f.ownOpd.id },
      },
      { url: `${v}/units/${f.ownOpd.id}/close`, payload: { closedOn: yesterday(), moveEmployeesTo: null } },
    ],
    [`PATCH ${v}/employees/:id`]: [
      { url: `${v}/employees/${f.otherOpdEmployeeId}`, payload: { version: '1', name: 'Nama Lain' } },
      // Its own employee, moved into another OPD: out of its hands once there.
      {
        url: `${v}/employees/${f.ownEmployee.id}`,
        payload: { version: f.ownEmployee.version, unitId: f.otherOpd.id },
        refusedWith: [400, 403],
      },
    ],
    // The outbox is the whole government's plumbing: only its tenant-wide admins retry a delivery.
    [`POST ${v}/event-deliveries/retry`]: [
      {
        url: `${v}/event-deliveries/retry`,
        payload: { eventId: '00000000-0000-4000-8000-000000000000', subscriber: 'notifications' },
        refusedWith: [403],
      },
    ],
    // A policy is the whole government's: an OPD's admin reads it and takes part, never drafts it.
    [`POST ${v}/policies`]: [
      {
        url: `${v}/policies`,
        payload: {
          title: 'Kebijakan OPD',
          area: 'sdm',
          purpose: 'x',
          principles: [],
          legalBasis: [],
          ownerUnitId: f.ownOpd.id,
          surveyIds: [],
        },
      },
    ],
    [`PATCH ${v}/policies/:id`]: [{ url: `${v}/policies/${f.policy.id}`, payload: { title: 'Diubah OPD' } }],
    [`POST ${v}/policies/:id/transitions`]: [
      { url: `${v}/policies/${f.policy.id}/transitions`, payload: { transition: 'openConsultation' } },
      { url: `${v}/policies/${f.policy.id}/transitions`, payload: { transition: 'retire' } },
    ],
    [`POST ${v}/policies/:id/publication`]: [
      { url: `${v}/policies/${f.policy.id}/publication`, payload: { public: true } },
    ],
    [`POST ${v}/policies/:id/indicators`]: [
      {
        url: `${v}/policies/${f.policy.id}/indicators`,
        payload: {
          name: 'Indikator OPD',
          params: { source: 'survey.responseRate', surveyId: f.survey.surveyId },
          direction: 'up',
          baseline: null,
          target: 0.8,
        },
      },
    ],
    // Evaluations are the reviewers' (a government's admins, leaders, auditors): an OPD's admin is
    // refused before the evaluation is looked for, so any id will do.
    [`POST ${v}/policies/:id/evaluations/:evaluationId/findings`]: [
      { url: `${v}/policies/${f.policy.id}/evaluations/1/findings`, payload: { body: 'Temuan OPD' } },
    ],
    [`PUT ${v}/policies/:id/evaluations/:evaluationId/recommendation`]: [
      {
        url: `${v}/policies/${f.policy.id}/evaluations/1/recommendation`,
        payload: { recommendation: 'keep', reason: 'OPD' },
      },
    ],
    // Triggers and their proposals are the government's policy admins': an OPD's admin is refused
    // before the trigger or proposal is looked for, so any id will do.
    [`POST ${v}/policies/:id/triggers`]: [
      {
        url: `${v}/policies/${f.policy.id}/triggers`,
        payload: { indicatorId: f.policy.indicatorId, rule: { kind: 'missesTarget' } },
      },
    ],
    [`DELETE ${v}/policies/:id/triggers/:triggerId`]: [{ url: `${v}/policies/${f.policy.id}/triggers/1` }],
    [`POST ${v}/policies/:id/triggers/check`]: [{ url: `${v}/policies/${f.policy.id}/triggers/check` }],
    [`POST ${v}/policies/:id/proposals/:proposalId/accept`]: [
      { url: `${v}/policies/${f.policy.id}/proposals/1/accept` },
    ],
    [`POST ${v}/policies/:id/proposals/:proposalId/dismiss`]: [
      { url: `${v}/policies/${f.policy.id}/proposals/1/dismiss`, payload: { reason: 'OPD' } },
    ],
    // The indicator is the government's admin's; the route is tried on the policy's first one.
    [`DELETE ${v}/policies/:id/indicators/:indicatorId`]: [
      { url: `${v}/policies/${f.policy.id}/indicators/${f.policy.indicatorId}` },
    ],
    // A manual indicator's values are the government's admin's: refused before the form is read.
    [`POST ${v}/policies/:id/indicators/:indicatorId/measurements`]: [
      { url: `${v}/policies/${f.policy.id}/indicators/${f.policy.indicatorId}/measurements` },
    ],
    [`POST ${v}/policies/:id/indicators/:indicatorId/measurements/:measurementId/withdrawal`]: [
      {
        url: `${v}/policies/${f.policy.id}/indicators/${f.policy.indicatorId}/measurements/1/withdrawal`,
        payload: { reason: 'OPD' },
      },
    ],
    // A round inviting its leaders only: an OPD's admin neither takes part nor moderates.
    [`POST ${v}/policies/:id/consultations/:roundId/comments`]: [
      {
        url: `${v}/policies/${f.consulted.id}/consultations/${f.consulted.roundId}/comments`,
        payload: { provisionId: null, kind: 'proposal', body: 'Titipan.' },
      },
    ],
    // Nor takes an anonymous ballot in it.
    [`POST ${v}/policies/:id/consultations/:roundId/ballot`]: [
      { url: `${v}/policies/${f.consulted.id}/consultations/${f.consulted.roundId}/ballot` },
    ],
    [`POST ${v}/policies/:id/comments/:commentId/support`]: [
      { url: `${v}/policies/${f.consulted.id}/comments/${f.consulted.commentId}/support` },
    ],
    [`POST ${v}/policies/:id/comments/:commentId/hide`]: [
      {
        url: `${v}/policies/${f.consulted.id}/comments/${f.consulted.commentId}/hide`,
        payload: { reason: 'x' },
      },
    ],
    [`POST ${v}/policies/:id/comments/:commentId/response`]: [
      {
        url: `${v}/policies/${f.consulted.id}/comments/${f.consulted.commentId}/response`,
        payload: { response: 'rejected', reason: 'x' },
      },
    ],
    [`POST ${v}/policies/:id/draft/provisions`]: [
      {
        url: `${v}/policies/${f.policy.id}/draft/provisions`,
        payload: { parentId: null, afterId: null, label: 'Pasal 2', body: 'Titipan.' },
      },
    ],
    [`PATCH ${v}/policies/:id/draft/provisions/:provisionId`]: [
      {
        url: `${v}/policies/${f.policy.id}/draft/provisions/${f.policy.provisionId}`,
        payload: { body: 'Diubah.' },
      },
    ],
    [`DELETE ${v}/policies/:id/draft/provisions/:provisionId`]: [
      { url: `${v}/policies/${f.policy.id}/draft/provisions/${f.policy.provisionId}`, payload: {} },
    ],
    // The Forum Diskusi ASN is the whole government's: an OPD's admin takes part in it like any of
    // its staff (its proposals, replies and votes are its own), but neither announces nor runs it.
    [`POST ${v}/forums`]: [
      {
        url: `${v}/forums`,
        payload: {
          title: 'Forum OPD',
          year: 2026,
          startsAt: '2026-09-01T08:00',
          endsAt: '2026-09-01T12:00',
          place: 'Aula',
        },
      },
    ],
    [`PUT ${v}/forums/:id`]: [
      {
        url: `${v}/forums/${f.forum.id}`,
        payload: {
          title: 'Forum OPD',
          year: 2026,
          startsAt: '2026-09-01T08:00',
          endsAt: '2026-09-01T12:00',
          place: 'Aula OPD',
          policyIds: [],
        },
      },
    ],
    [`PUT ${v}/forums/:id/agenda`]: [{ url: `${v}/forums/${f.forum.id}/agenda`, payload: { items: [] } }],
    [`POST ${v}/forums/:id/steps`]: [{ url: `${v}/forums/${f.forum.id}/steps`, payload: { step: 'close' } }],
    [`PUT ${v}/forums/:id/minutes`]: [
      { url: `${v}/forums/${f.forum.id}/minutes`, payload: { minutes: 'x' } },
    ],
    [`PUT ${v}/forums/:id/proposals/:proposalId/outcome`]: [
      {
        url: `${v}/forums/${f.forum.id}/proposals/${f.forum.proposalId}/outcome`,
        payload: { outcome: 'rejected', reason: 'x' },
      },
    ],
    [`POST ${v}/forums/:id/proposals/:proposalId/hide`]: [
      { url: `${v}/forums/${f.forum.id}/proposals/${f.forum.proposalId}/hide`, payload: { reason: 'x' } },
    ],
    [`POST ${v}/forums/:id/replies/:replyId/hide`]: [
      { url: `${v}/forums/${f.forum.id}/replies/${f.forum.replyId}/hide`, payload: { reason: 'x' } },
    ],
    [`POST ${v}/forums/:id/proposals`]: [],
    [`POST ${v}/forums/:id/proposals/:proposalId/replies`]: [],
    [`PUT ${v}/forums/:id/proposals/:proposalId/vote`]: [],
    [`DELETE ${v}/forums/:id/proposals/:proposalId/vote`]: [],
    // An employee acknowledges a version for themselves only (the account's own employee record).
    [`POST ${v}/policies/:id/versions/:versionId/acknowledgement`]: [],
    // Positions belong to the whole government.
    [`POST ${v}/positions`]: [
      { url: `${v}/positions`, payload: { name: 'Jabatan Baru', kind: 'pelaksana', level: null } },
    ],
    [`PUT ${v}/positions/:id`]: [
      {
        url: `${v}/positions/${f.positionId}`,
        payload: { name: 'Jabatan Diubah', kind: 'pelaksana', level: null },
      },
    ],
    // The government's own settings (its clock, its IKM convention) are the whole government's.
    [`PUT ${v}/settings/government`]: [
      { url: `${v}/settings/government`, payload: { ikmConvention: { weight: '0.111', roundDecimals: 2 } } },
      { url: `${v}/settings/government`, payload: { timeZone: 'Asia/Jayapura' } },
    ],
    // A questionnaire an OPD admin creates is its OPD's own: there is nothing beyond its reach to try.
    [`POST ${v}/instruments`]: [],
    [`PUT ${v}/instruments/:id`]: [
      { url: `${v}/instruments/${f.survey.instrumentId}`, payload: { definition: SMALL_INSTRUMENT } },
    ],
    [`POST ${v}/surveys`]: [
      {
        url: `${v}/surveys`,
        payload: {
          instrumentId: f.survey.instrumentId,
          title: 'Survei OPD lain',
          mode: 'identified',
          audience: { kind: 'criteria', unitIds: [f.otherOpd.id] },
        },
        refusedWith: [400, 403],
      },
    ],
    [`POST ${v}/surveys/audience-preview`]: [
      {
        url: `${v}/surveys/audience-preview`,
        payload: { kind: 'criteria', unitIds: [f.otherOpd.id] },
        refusedWith: [400, 403],
      },
    ],
    [`POST ${v}/surveys/:id/waves`]: [
      {
        url: `${v}/surveys/${f.survey.surveyId}/waves`,
        payload: {
          label: 'Gelombang lain',
          opensAt: hourFromNow(1),
          closesAt: hourFromNow(48),
          population: null,
        },
      },
    ],
    ...Object.fromEntries(
      ['open', 'close'].map((action) => [
        `POST ${v}/survey-waves/:id/${action}`,
        [{ url: `${v}/survey-waves/${wave}/${action}` }],
      ]),
    ),
    [`POST ${v}/survey-waves/:id/remind`]: [{ url: `${v}/survey-waves/${wave}/remind`, payload: {} }],
    ...Object.fromEntries(
      ['archive', 'restore'].map((action) => [
        `POST ${v}/surveys/:id/${action}`,
        [{ url: `${v}/surveys/${f.survey.surveyId}/${action}` }],
      ]),
    ),
    [`POST ${v}/survey-waves/:id/texts`]: [
      {
        url: `${v}/survey-waves/${wave}/texts`,
        payload: {
          textId: '0123456789abcdef0123456789abcdef',
          questionKey: 'comments',
          hidden: true,
        },
      },
    ],
    // Answering: the scoped admin has no employee record, and is not invited.
    [`POST ${v}/survey-waves/:id/ballot`]: [{ url: `${v}/survey-waves/${wave}/ballot` }],
    [`POST ${v}/survey-waves/:id/responses`]: [
      { url: `${v}/survey-waves/${wave}/responses`, payload: { answers: { satisfaction: 5 } } },
    ],
    // A certificate is the whole government's act: an OPD's admin does not revoke one.
    [`POST ${v}/programs/:id/certificates/:certificateId/revoke`]: [
      {
        url: `${v}/programs/${f.program.id}/certificates/${f.program.certificateId}/revoke`,
        payload: { reason: 'Dicabut oleh admin OPD.' },
      },
    ],
  };
}

/** A certificate for the program's nominee, written as closing a batch would write one. */
async function withCertificate<T extends { id: number; applicationId: number }>(
  ctx: TestContext,
  { tenantId, issuedBy }: { tenantId: number; issuedBy: number },
  program: T,
) {
  const certificateId = await withTenant(ctx.db, tenantId, (tx) =>
    insertCertificate(tx, tenantId, program.id, {
      applicationId: program.applicationId,
      verificationCode: 'beyondReachCode0001',
      issuedOn: '2027-03-02',
      issuedBy,
    }),
  );
  return { ...program, certificateId: certificateId! };
}

/** Entries a refusal may write: the refusal itself, audited, or an import that refused its rows. */
export const REFUSAL_AUDIT_ACTIONS = new Set(['import.refused', 'import.failed', 'unit.import']);

/** What an accepted import may change: its own job and report. */
export const JOB_TABLES = new Set(['job', 'import_issue']);

/**
 * A fingerprint of everything the government holds, table by table, and the audit entries written
 * since `afterSeq`. Left aside: sessions (every request touches its own) and the registry's monthly
 * snapshots, which the every-minute sweep takes for a government it has not counted this month —
 * one created by the test's own fixtures, at whatever moment the sweep comes round.
 */
export async function fingerprint(ctx: TestContext, tenantId: number) {
  return withTenant(ctx.db, tenantId, async (tx) => {
    const tables = await sql<{ table_name: string }>`
      select c.relname as table_name from pg_class c
      join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
      join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
      where c.relkind in ('r', 'p')
        and c.relname not in ('session', 'audit_log', 'registry_snapshot', 'registry_snapshot_month')
        and has_table_privilege(c.oid, 'select')
      order by c.relname`.execute(tx);
    const sums: Record<string, string> = {};
    for (const { table_name } of tables.rows) {
      const row = await sql<{ sum: string }>`
        select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as sum
        from ${sql.table(table_name)} t`.execute(tx);
      sums[table_name] = row.rows[0]!.sum;
    }
    const head = await tx
      .selectFrom('audit_log')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .executeTakeFirstOrThrow();
    return { sums, auditSeq: Number(head.seq ?? 0) };
  });
}

export async function auditActionsSince(ctx: TestContext, tenantId: number, seq: number) {
  return withTenant(ctx.db, tenantId, async (tx) =>
    (await tx.selectFrom('audit_log').select('action').where('seq', '>', seq).execute()).map((r) => r.action),
  );
}

function mentoringAttempts(f: BeyondReach): Record<string, Attempt[]> {
  const v = '/api/v1';
  const program = `${v}/programs/${f.mentoring.programId}/mentoring`;
  const pair = `${v}/mentoring/pairs/${f.mentoring.pairId}`;
  const { mentorId, menteeId, sessionId, goalId } = f.mentoring;
  return {
    [`PUT ${v}/programs/:id/mentoring`]: [
      { url: program, payload: { startsOn: '2020-01-01', endsOn: '2020-12-31' } },
    ],
    [`POST ${v}/programs/:id/mentoring/end`]: [{ url: `${program}/end` }],
    [`POST ${v}/programs/:id/mentoring/mentors`]: [
      { url: `${program}/mentors`, payload: { employeeId: f.ownEmployee.id } },
    ],
    [`DELETE ${v}/programs/:id/mentoring/mentors/:employeeId`]: [{ url: `${program}/mentors/${mentorId}` }],
    [`POST ${v}/programs/:id/mentoring/mentees`]: [
      { url: `${program}/mentees`, payload: { employeeIds: [f.ownEmployee.id] } },
    ],
    [`DELETE ${v}/programs/:id/mentoring/mentees/:employeeId`]: [{ url: `${program}/mentees/${menteeId}` }],
    [`POST ${v}/programs/:id/mentoring/exclusions`]: [
      { url: `${program}/exclusions`, payload: { mentorId, menteeId, reason: 'Keluarga.' } },
    ],
    [`DELETE ${v}/programs/:id/mentoring/exclusions/:mentorId/:menteeId`]: [
      { url: `${program}/exclusions/${mentorId}/${menteeId}` },
    ],
    [`POST ${v}/programs/:id/mentoring/pairs`]: [
      { url: `${program}/pairs`, payload: { pairs: [{ mentorId, menteeId, overrideReason: 'Uji.' }] } },
    ],
    [`POST ${v}/mentoring/pairs/:pairId/end`]: [{ url: `${pair}/end` }],
    [`POST ${v}/mentoring/pairs/:pairId/goals`]: [{ url: `${pair}/goals`, payload: { text: 'Tujuan lain' } }],
    [`PUT ${v}/mentoring/pairs/:pairId/goals/:itemId`]: [
      { url: `${pair}/goals/${goalId}`, payload: { state: 'achieved' } },
    ],
    [`POST ${v}/mentoring/pairs/:pairId/sessions`]: [
      { url: `${pair}/sessions`, payload: { heldOn: '2020-01-03', topic: 'Sesi lain', minutes: 60 } },
    ],
    [`POST ${v}/mentoring/pairs/:pairId/sessions/:itemId/confirm`]: [
      { url: `${pair}/sessions/${sessionId}/confirm` },
    ],
    [`DELETE ${v}/mentoring/pairs/:pairId/sessions/:itemId`]: [{ url: `${pair}/sessions/${sessionId}` }],
    [`PUT ${v}/mentoring/pairs/:pairId/reflection`]: [
      { url: `${pair}/reflection`, payload: { text: 'Refleksi.', usefulness: 3 } },
    ],
  };
}

/** Appraisal years are the whole government's agency's; an SKP is its employee's and its appraiser's. */
function performanceAttempts(f: BeyondReach): Record<string, Attempt[]> {
  const v = '/api/v1';
  const cycle = `${v}/performance/cycles/${f.performance.cycleId}`;
  const skp = `${v}/performance/skp/${f.performance.skpId}`;
  const rating = { hasilKerja: 'above', perilakuKerja: 'above' };
  return {
    [`POST ${v}/performance/cycles`]: [{ url: `${v}/performance/cycles`, payload: { year: 2031 } }],
    [`POST ${v}/performance/cycles/:id/transition`]: [
      { url: `${cycle}/transition`, payload: { to: 'running' } },
    ],
    [`POST ${v}/performance/cycles/:id/skp`]: [
      {
        url: `${cycle}/skp`,
        payload: { employeeId: f.ownEmployee.id, appraiserEmployeeId: f.otherOpdEmployeeId },
      },
      { url: `${cycle}/skp`, payload: {} },
    ],
    [`PUT ${v}/performance/skp/:id/results`]: [
      {
        url: `${skp}/results`,
        payload: { results: [{ text: 'Hasil', indicator: 'Indikator', target: '100%' }] },
      },
    ],
    [`PUT ${v}/performance/skp/:id/expectations`]: [
      { url: `${skp}/expectations`, payload: { expectations: [{ text: 'Ekspektasi' }] } },
    ],
    [`POST ${v}/performance/skp/:id/propose`]: [{ url: `${skp}/propose` }],
    [`POST ${v}/performance/skp/:id/agree`]: [{ url: `${skp}/agree` }],
    [`POST ${v}/performance/skp/:id/return`]: [{ url: `${skp}/return`, payload: { reason: 'Perbaiki.' } }],
    [`PUT ${v}/performance/skp/:id/appraiser`]: [
      { url: `${skp}/appraiser`, payload: { appraiserEmployeeId: f.ownEmployee.id } },
    ],
    [`POST ${v}/performance/skp/:id/feedback`]: [
      { url: `${skp}/feedback`, payload: { period: 1, body: 'Umpan balik.' } },
    ],
    [`PUT ${v}/performance/skp/:id/appraisals`]: [
      { url: `${skp}/appraisals`, payload: { period: 1, ...rating } },
      { url: `${skp}/appraisals`, payload: { period: 0, ...rating } },
    ],
  };
}

/** Kenaikan pangkat is the whole government's agency's: its rules are a government policy's. */
function promotionAttempts(f: BeyondReach): Record<string, Attempt[]> {
  const v = '/api/v1';
  const rules = `${v}/policies/${f.policy.id}/versions/${f.policy.versionId}/promotion-rules`;
  // No proposal or sanction exists: the routes refuse before finding one.
  return {
    [`PUT ${v}/policies/:id/versions/:versionId/promotion-rules`]: [
      { url: rules, payload: { rules: DEFAULT_PROMOTION_RULES } },
    ],
    [`DELETE ${v}/policies/:id/versions/:versionId/promotion-rules`]: [{ url: rules }],
    [`POST ${v}/promotion/proposals`]: [
      {
        url: `${v}/promotion/proposals`,
        payload: { employeeId: f.otherOpdEmployeeId, period: '2031-04-01', toGolongan: 'III/b' },
      },
    ],
    [`POST ${v}/promotion/proposals/:id/decision`]: [
      { url: `${v}/promotion/proposals/1/decision`, payload: { outcome: 'rejected', reason: 'Uji.' } },
    ],
    [`POST ${v}/promotion/sanctions`]: [
      {
        url: `${v}/promotion/sanctions`,
        payload: {
          employeeId: f.otherOpdEmployeeId,
          level: 'ringan',
          startsOn: '2031-01-01',
          decree: '800/1/UJI',
        },
      },
    ],
    [`POST ${v}/promotion/sanctions/:id/end`]: [
      { url: `${v}/promotion/sanctions/1/end`, payload: { endsOn: '2031-02-01' } },
    ],
  };
}

/**
 * Talent mapping is the whole government's agency's: its settings are a government policy's, a year
 * is placed for everyone, and component points are given by the agency, to its own OPD's people too.
 */
function talentAttempts(f: BeyondReach): Record<string, Attempt[]> {
  const v = '/api/v1';
  const settings = `${v}/policies/${f.policy.id}/versions/${f.policy.versionId}/talent-settings`;
  const points = { performance: { innovation: 5 }, potential: {} };
  return {
    [`PUT ${v}/policies/:id/versions/:versionId/talent-settings`]: [
      { url: settings, payload: { settings: DEFAULT_TALENT_SETTINGS } },
    ],
    [`DELETE ${v}/policies/:id/versions/:versionId/talent-settings`]: [{ url: settings }],
    [`POST ${v}/talent/years/:year/placements`]: [{ url: `${v}/talent/years/2026/placements` }],
    [`PUT ${v}/talent/years/:year/scores/:employeeId`]: [
      { url: `${v}/talent/years/2026/scores/${f.otherOpdEmployeeId}`, payload: points },
      { url: `${v}/talent/years/2026/scores/${f.ownEmployee.id}`, payload: points },
    ],
    // Key positions and their successors are the whole government's agency's.
    [`POST ${v}/talent/key-positions`]: [
      { url: `${v}/talent/key-positions`, payload: { positionId: f.positionId } },
    ],
    [`DELETE ${v}/talent/key-positions/:positionId`]: [{ url: `${v}/talent/key-positions/${f.positionId}` }],
    [`PUT ${v}/talent/key-positions/:positionId/successors`]: [
      {
        url: `${v}/talent/key-positions/${f.positionId}/successors`,
        payload: { employeeId: f.ownEmployee.id, readiness: 'now' },
      },
    ],
    [`DELETE ${v}/talent/key-positions/:positionId/successors/:employeeId`]: [
      { url: `${v}/talent/key-positions/${f.positionId}/successors/${f.ownEmployee.id}` },
    ],
  };
}

function scholarshipAttempts(f: BeyondReach): Record<string, Attempt[]> {
  const v = '/api/v1';
  const call = `${v}/programs/${f.scholarship.programId}/scholarship`;
  // No award exists: the awardee's and the agency's routes refuse before finding one.
  const award = `${v}/scholarships/awards/1`;
  return {
    [`PUT ${v}/programs/:id/scholarship`]: [{ url: call, payload: SCHOLARSHIP }],
    [`PUT ${v}/programs/:id/scholarship/documents/:kind`]: [
      { url: `${call}/documents/ijazah`, ...multipartPdf(), refusedWith: [400, 403, 409] },
    ],
    [`DELETE ${v}/programs/:id/scholarship/documents/:kind`]: [{ url: `${call}/documents/ijazah` }],
    [`POST ${v}/programs/:id/scholarship/awards`]: [
      {
        url: `${call}/awards`,
        payload: { applicationIds: [1], startsOn: '2027-02-01', expectedEndOn: '2029-01-31' },
      },
    ],
    [`POST ${v}/scholarships/awards/:awardId/status`]: [
      { url: `${award}/status`, payload: { status: 'failed', on: '2027-03-01', reason: 'Uji.' } },
    ],
    [`POST ${v}/scholarships/awards/:awardId/return`]: [
      {
        url: `${award}/return`,
        payload: { returnedOn: '2029-02-01', placementUnitId: f.ownOpd.id, placementPosition: 'Analis' },
      },
    ],
    [`PUT ${v}/scholarships/awards/:awardId/reports/:term`]: [
      { url: `${award}/reports/1`, ...multipartPdf(), refusedWith: [400, 403, 404] },
    ],
    [`POST ${v}/scholarships/awards/:awardId/reports/:term/review`]: [
      { url: `${award}/reports/1/review`, payload: { review: 'accepted' } },
    ],
  };
}

/** A small PDF in a multipart form, as a browser uploads a document. */
function multipartPdf(): Pick<Attempt, 'payload' | 'headers'> {
  const boundary = 'jenjangreachpdf';
  const content = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n';
  const body =
    `--${boundary}\r\nContent-Disposition: form-data; name="summary"\r\n\r\nUji\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="berkas.pdf"\r\n` +
    `Content-Type: application/pdf\r\n\r\n${content}\r\n--${boundary}--\r\n`;
  return {
    payload: Buffer.from(body) as unknown as object,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
