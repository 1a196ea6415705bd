import type { IndicatorSourceParams } from '@jenjang/domain/policies/indicator.contract';
import type { EvidenceInput, VersionText } from '@jenjang/domain/policies/policy.contract';
import { TRANSITION_PERMISSION } from '@jenjang/domain/policies/policy-lifecycle.rules';
import { citationsOf } from '@jenjang/domain/policies/provision-citation.rules';
import type { Actor } from '@jenjang/domain/shared/access';
import type { TalentSettings } from '@jenjang/domain/talent/nine-box.contract';
import type { PromotionRules } from '@jenjang/domain/talent/promotion.contract';
import { type Db, withTenant } from '../db/database';
import { listUnits } from '../features/organisation/unit.service';
import {
  addComment,
  listRounds,
  respondToComment,
  supportComment,
} from '../features/policies/consultation.service';
import { addFinding, recommend } from '../features/policies/evaluation.service';
import { addIndicator, listIndicators } from '../features/policies/indicator.service';
import { addMeasurement } from '../features/policies/measurement.service';
import { createPolicy, getPolicy, listPolicies, updatePolicy } from '../features/policies/policy.service';
import {
  type LifecycleDeps,
  registerPolicySchedules,
  transitionPolicy,
} from '../features/policies/policy-lifecycle.service';
import { setPublication } from '../features/policies/policy-publication.service';
import { addProvision, removeProvision, updateProvision } from '../features/policies/provision.service';
import { getVersionText } from '../features/policies/provision-reading.service';
import {
  acceptProposal,
  addTrigger,
  checkTriggers,
  listTriggers,
} from '../features/policies/trigger.service';
import { setVersionRules } from '../features/promotion/promotion-rules.service';
import { getSurvey, listSurveys } from '../features/surveys/surveys/survey.service';
import { setVersionSettings } from '../features/talent/talent-settings.service';
import { allIndicatorSources } from '../indicator-sources';
import { type Clock, TestClock } from '../platform/clock';
import { Scheduler } from '../platform/jobs/schedule';
import { demoEvidencePdf } from './demo-evidence';
import { type ForumContext, forumProposalId, takeForumAct } from './demo-forum';
import { dayOf, demoActor } from './demo-surveys';
import { storyOf } from './stories/demo-stories';
import type {
  DemoEvidence,
  DemoIndicator,
  DemoMeasurement,
  DemoParticipant,
  DemoPolicy,
  DemoPolicyStep,
  DemoProvision,
  DemoProvisionChange,
} from './stories/story';

// A story's policies told as its government lived them: the admin drafts the first text provision
// by provision, consults on it and runs the evaluations; the leader (the pimpinan demo account)
// adopts, keeps or sends it back for revision; a revision's edits each say why and cite the
// story's survey results or a document. All through the policy services, on a TestClock moved to
// each step's day, so the lifecycle's rules (who may take a step, when, with which text) all run.

const DAY = 86_400_000;
const MINUTE = 60_000;
const LOCALE = 'id';

interface Context {
  db: Db;
  admin: Actor;
  pimpinan: Actor;
  clock: TestClock;
  schedules: Scheduler;
  lifecycle: LifecycleDeps;
  /** The story's today: its days count from it. */
  today: number;
  /** The story's surveys by title: id, when the first wave opens (from then on it is linked), wave ids by label. */
  surveys: Map<string, { id: number; opensAt: number; waves: Map<string, number> }>;
  ownerUnitId: number | null;
  /** The demo accounts that take part in consultations. */
  participants: Map<DemoParticipant, Actor>;
  /** The consultation input of the policy being told, by its story key. */
  comments: Map<string, number>;
  /** The evaluation findings of the policy being told, by their story key. */
  findings: Map<string, number>;
  /** The story's Forum Diskusi ASN, told in the policy's time line. */
  forum: ForumContext;
  /** The indicators of the policy being told, by name. */
  indicators: Map<string, number>;
}

/**
 * Moves the clock to a day of the story, refusing a day before the last step's; steps of the same
 * day follow one another a minute apart, so the history keeps their order.
 */
function moveTo(ctx: Context, day: number, what: string) {
  const at = ctx.today + day * DAY;
  const last = ctx.clock.now().getTime();
  if (dayOf(new Date(at)) < dayOf(new Date(last))) {
    throw new Error(`demo policy: ${what} on day ${day} comes before the step it follows`);
  }
  ctx.clock.set(new Date(Math.max(at, last + MINUTE)));
}

async function storySurveys(ctx: Pick<Context, 'db' | 'admin' | 'clock'>) {
  const surveys: Context['surveys'] = new Map();
  const { items } = await listSurveys(ctx.db, ctx.admin, { archived: false }, ctx.clock.now());
  for (const item of items) {
    const detail = await getSurvey(ctx.db, ctx.admin, item.id, ctx.clock.now());
    const opensAt = Math.min(...detail.waves.map((w) => Date.parse(w.opensAt)));
    surveys.set(item.title, {
      id: item.id,
      opensAt,
      waves: new Map(detail.waves.map((w) => [w.label, w.id])),
    });
  }
  return surveys;
}

function surveyOf(ctx: Context, title: string) {
  const survey = ctx.surveys.get(title);
  if (!survey) throw new Error(`demo policy: the story has no survey titled ${title}`);
  return survey;
}

async function evidenceOf(
  ctx: Context,
  policyId: number,
  evidence: readonly DemoEvidence[] = [],
): Promise<EvidenceInput[]> {
  const measured = evidence.some((item) => 'indicator' in item)
    ? (await listIndicators(ctx.db, INDICATOR_SOURCES, ctx.admin, policyId, LOCALE)).items
    : [];
  return evidence.map((item) => {
    if ('document' in item) return { kind: 'document', citation: item.document };
    if ('indicator' in item) {
      const indicator = measured.find((i) => i.name === item.indicator);
      const point = indicator?.points.find((p) => p.label === item.point);
      if (!indicator || !point) {
        throw new Error(`demo policy: no value of "${item.indicator}" for ${item.point} yet`);
      }
      return { kind: 'indicatorMeasurement', indicatorId: indicator.id, at: point.at };
    }
    if ('finding' in item) {
      const findingId = ctx.findings.get(item.finding);
      if (findingId === undefined)
        throw new Error(`demo policy: no evaluation finding "${item.finding}" yet`);
      return { kind: 'finding', findingId };
    }
    if ('forumProposal' in item) {
      return { kind: 'forumProposal', proposalId: forumProposalId(ctx.forum, item.forumProposal) };
    }
    if ('comment' in item) {
      const commentId = ctx.comments.get(item.comment);
      if (commentId === undefined)
        throw new Error(`demo policy: no consultation input "${item.comment}" yet`);
      return { kind: 'consultation', commentId };
    }
    const waveId = surveyOf(ctx, item.survey).waves.get(item.wave);
    if (waveId === undefined) throw new Error(`demo policy: ${item.survey} has no wave ${item.wave}`);
    if (item.question === undefined) return { kind: 'surveyWave', waveId };
    return {
      kind: 'surveyQuestion',
      waveId,
      questionKey: item.question,
      statementKey: item.statement ?? null,
    };
  });
}

/** Each provision of a text by its citation: 'Pasal 9', 'Pasal 9 ayat (2)', 'Pasal 9 ayat (2) huruf a'. */
function citations(text: VersionText): Map<string, number> {
  return new Map([...citationsOf(text.provisions)].map(([id, name]) => [name, id]));
}

/**
 * Adds a provision and its parts; returns its id. Each says its own reason and evidence, else the
 * change's (`given`: a revision's, or a split's with its origin).
 */
async function addTree(
  ctx: Context,
  policyId: number,
  provision: DemoProvision,
  place: { parentId: number | null; afterId: number | null },
  given: { reason?: string; evidence?: EvidenceInput[]; origins?: number[] } = {},
): Promise<number> {
  const before = new Set((await draftText(ctx, policyId)).provisions.map((p) => p.provisionId));
  const reason = provision.reason ?? given.reason;
  const text = await addProvision(
    ctx.db,
    INDICATOR_SOURCES,
    ctx.admin,
    policyId,
    {
      ...place,
      label: provision.label,
      heading: provision.heading ?? null,
      body: provision.body ?? '',
      origins: given.origins ?? [],
      evidence: [...(given.evidence ?? []), ...(await evidenceOf(ctx, policyId, provision.evidence))],
      ...(reason === undefined ? {} : { reason }),
    },
    LOCALE,
    ctx.clock.now(),
  );
  const id = text.provisions.find((p) => !before.has(p.provisionId))!.provisionId;
  let afterId: number | null = null;
  for (const part of provision.parts ?? []) {
    // The parts of a new provision are new with it: the reason is the provision's.
    afterId = await addTree(ctx, policyId, part, { parentId: id, afterId }, reason ? { reason } : {});
  }
  return id;
}

/** The text of the policy's draft, as its drafter reads it. */
async function draftText(ctx: Context, policyId: number): Promise<VersionText> {
  const { versions } = await getPolicy(ctx.db, ctx.admin, policyId, ctx.clock.now());
  const draft = versions.find((v) => v.status === 'draft');
  if (!draft) throw new Error(`demo policy ${policyId}: no draft to edit`);
  return getVersionText(ctx.db, ctx.admin, policyId, draft.id, LOCALE, ctx.clock.now());
}

/** The rules of kenaikan pangkat the policy's draft states from now on. */
async function draftOf(ctx: Context, policyId: number) {
  const { versions } = await getPolicy(ctx.db, ctx.admin, policyId, ctx.clock.now());
  const draft = versions.find((v) => v.status === 'draft');
  if (!draft) throw new Error(`demo policy ${policyId}: no draft to state rules on`);
  return draft.id;
}

async function stateRules(ctx: Context, policyId: number, rules: PromotionRules) {
  await setVersionRules(ctx.db, ctx.admin, policyId, await draftOf(ctx, policyId), rules);
}

async function stateTalentSettings(ctx: Context, policyId: number, settings: TalentSettings) {
  await setVersionSettings(ctx.db, ctx.admin, policyId, await draftOf(ctx, policyId), settings);
}

/** One change of a revision; `cited` names the provisions of the adopted text it revises. */
async function applyChange(
  ctx: Context,
  policyId: number,
  cited: Map<string, number>,
  change: DemoProvisionChange,
) {
  const idOf = (name: string | null) => {
    if (name === null) return null;
    const id = cited.get(name);
    if (id === undefined) throw new Error(`demo policy ${policyId}: the adopted text has no ${name}`);
    return id;
  };
  const target = (provisionId: number) => ({ policyId, provisionId });
  const now = ctx.clock.now();
  if ('renumber' in change) {
    await updateProvision(
      ctx.db,
      INDICATOR_SOURCES,
      ctx.admin,
      target(idOf(change.renumber)!),
      { label: change.label, evidence: [] },
      LOCALE,
      now,
    );
    return;
  }
  const evidence = await evidenceOf(ctx, policyId, change.evidence);
  const reasoned = { reason: change.reason, evidence };
  if ('modify' in change) {
    const body = {
      ...(change.heading === undefined ? {} : { heading: change.heading }),
      ...(change.body === undefined ? {} : { body: change.body }),
    };
    await updateProvision(
      ctx.db,
      INDICATOR_SOURCES,
      ctx.admin,
      target(idOf(change.modify)!),
      { ...body, ...reasoned },
      LOCALE,
      now,
    );
  } else if ('split' in change) {
    const origin = idOf(change.split)!;
    const text = await draftText(ctx, policyId);
    const parentId = text.provisions.find((p) => p.provisionId === origin)!.parentId;
    let afterId = origin;
    for (const part of change.into) {
      afterId = await addTree(ctx, policyId, part, { parentId, afterId }, { ...reasoned, origins: [origin] });
    }
    await removeProvision(
      ctx.db,
      INDICATOR_SOURCES,
      ctx.admin,
      target(origin),
      reasoned,
      LOCALE,
      ctx.clock.now(),
    );
  } else if ('add' in change) {
    const place = { parentId: idOf(change.under), afterId: idOf(change.after) };
    await addTree(ctx, policyId, change.add, place, reasoned);
  } else {
    await removeProvision(
      ctx.db,
      INDICATOR_SOURCES,
      ctx.admin,
      target(idOf(change.remove)!),
      reasoned,
      LOCALE,
      now,
    );
  }
}

/** Links the surveys whose first wave has opened by now and are not linked yet. */
async function linkSurveys(ctx: Context, policyId: number, policy: DemoPolicy, linked: Set<number>) {
  const due = policy.surveys
    .map((title) => surveyOf(ctx, title))
    .filter((s) => s.opensAt <= ctx.clock.now().getTime());
  if (due.every((s) => linked.has(s.id))) return;
  for (const s of due) linked.add(s.id);
  await updatePolicy(ctx.db, ctx.schedules, ctx.admin, policyId, { surveyIds: [...linked] }, ctx.clock.now());
}

function participant(ctx: Context, role: DemoParticipant): Actor {
  const actor = ctx.participants.get(role);
  if (!actor) throw new Error(`demo policy: no ${role} demo account`);
  return actor;
}

/** Input to the open consultation round, a support of it, or the drafters' response. */
async function takePart(
  ctx: Context,
  policyId: number,
  step: Extract<DemoPolicyStep, { comment: unknown } | { support: unknown } | { respond: unknown }>,
) {
  const now = ctx.clock.now();
  const idOf = (key: string) => {
    const id = ctx.comments.get(key);
    if (id === undefined) throw new Error(`demo policy: no consultation input "${key}"`);
    return id;
  };
  if ('comment' in step) {
    const { rounds } = await listRounds(ctx.db, ctx.admin, policyId, now);
    const round = rounds.find((r) => r.accepting);
    if (!round)
      throw new Error(`demo policy ${policyId}: no consultation open on day of "${step.comment.key}"`);
    // Provisions as the draft consulted on cites them.
    const provisionId =
      step.comment.on === null ? null : citations(await draftText(ctx, policyId)).get(step.comment.on);
    if (provisionId === undefined) throw new Error(`demo policy: the draft has no ${step.comment.on}`);
    const { id } = await addComment(
      ctx.db,
      participant(ctx, step.comment.by),
      { policyId, roundId: round.id },
      { provisionId, quote: step.comment.quote ?? null, kind: step.comment.kind, body: step.comment.body },
      now,
    );
    ctx.comments.set(step.comment.key, id);
  } else if ('support' in step) {
    for (const role of step.support.by) {
      await supportComment(
        ctx.db,
        participant(ctx, role),
        { policyId, commentId: idOf(step.support.comment) },
        now,
      );
    }
  } else {
    await respondToComment(
      ctx.db,
      ctx.admin,
      { policyId, commentId: idOf(step.respond.comment) },
      { response: step.respond.response, reason: step.respond.reason },
      now,
    );
  }
}

/** A finding of the evaluation under way, or the evaluators' recommendation, by the admin. */
async function evaluate(
  ctx: Context,
  policyId: number,
  step: Extract<DemoPolicyStep, { finding: unknown } | { recommend: unknown }>,
) {
  const now = ctx.clock.now();
  const evaluationId = (await getPolicy(ctx.db, ctx.admin, policyId, now)).evaluation.openId;
  if (evaluationId === null) throw new Error(`demo policy ${policyId}: no evaluation under way`);
  const ids = { policyId, evaluationId };
  if ('finding' in step) {
    const detail = await addFinding(
      ctx.db,
      INDICATOR_SOURCES,
      ctx.admin,
      ids,
      { body: step.finding.body },
      LOCALE,
      now,
    );
    ctx.findings.set(step.finding.key, detail.findings.at(-1)!.id);
  } else {
    await recommend(ctx.db, INDICATOR_SOURCES, ctx.admin, ids, step.recommend, LOCALE, now);
  }
}

async function takeStep(
  ctx: Context,
  policyId: number,
  step: DemoPolicyStep,
  revising: { cited: Map<string, number> },
) {
  if ('edit' in step) {
    for (const change of step.edit) {
      await applyChange(ctx, policyId, revising.cited, change);
    }
    return;
  }
  if ('comment' in step || 'support' in step || 'respond' in step) {
    await takePart(ctx, policyId, step);
    return;
  }
  if ('finding' in step || 'recommend' in step) {
    await evaluate(ctx, policyId, step);
    return;
  }
  if ('forum' in step) {
    await takeForumAct(ctx.forum, policyId, step.forum);
    return;
  }
  if ('measure' in step) {
    await enterMeasurement(ctx, policyId, step.measure);
    return;
  }
  if ('promotionRules' in step) {
    await stateRules(ctx, policyId, step.promotionRules);
    return;
  }
  const actor = TRANSITION_PERMISSION[step.take] === 'policy.approve' ? ctx.pimpinan : ctx.admin;
  const effectiveFrom = step.take === 'adopt' ? dayOf(new Date(ctx.today + step.effective * DAY)) : undefined;
  await transitionPolicy(
    ctx.db,
    ctx.lifecycle,
    actor,
    policyId,
    {
      transition: step.take,
      ...(step.note === undefined ? {} : { note: step.note }),
      ...(effectiveFrom === undefined ? {} : { effectiveFrom }),
      // A round open to everyone for two weeks; the story's closeConsultation step ends it.
      ...(step.take === 'openConsultation'
        ? {
            consultation: {
              closesOn: dayOf(new Date(ctx.clock.now().getTime() + 14 * DAY)),
              audience: { employees: true, leaders: true, partners: true },
            },
          }
        : {}),
    },
    ctx.clock.now(),
  );
  if (step.take === 'revise' || step.take === 'startRevision') {
    revising.cited = citations(await draftText(ctx, policyId));
  }
}

async function tellPolicy(ctx: Context, policy: DemoPolicy) {
  moveTo(ctx, policy.drafted, policy.title);
  const created = await createPolicy(
    ctx.db,
    ctx.admin,
    {
      title: policy.title,
      area: policy.area,
      purpose: policy.purpose,
      principles: policy.principles,
      legalBasis: policy.legalBasis,
      ownerUnitId: ctx.ownerUnitId,
      surveyIds: [],
    },
    ctx.clock.now(),
  );
  const linked = new Set<number>();
  await linkSurveys(ctx, created.id, policy, linked);
  // Defined with the policy, so each evaluation's report shows them as they stood then.
  ctx.indicators.clear();
  for (const indicator of policy.indicators ?? []) {
    const indicatorId = await addDemoIndicator(ctx, created.id, indicator);
    ctx.indicators.set(indicator.name, indicatorId);
    if (indicator.trigger) {
      await addTrigger(
        ctx.db,
        ctx.lifecycle,
        ctx.admin,
        created.id,
        { indicatorId, rule: indicator.trigger },
        ctx.clock.now(),
      );
    }
  }
  let afterId: number | null = null;
  for (const provision of policy.text) {
    afterId = await addTree(ctx, created.id, provision, { parentId: null, afterId });
  }
  if (policy.promotionRules) await stateRules(ctx, created.id, policy.promotionRules);
  if (policy.talentSettings) await stateTalentSettings(ctx, created.id, policy.talentSettings);
  const revising = { cited: new Map<string, number>() };
  // An adopted version waiting for its effective day is brought into force on that day by the admin,
  // as the policy's page offers, rather than by runDue(), which would also run every other
  // government's due tasks.
  let pending: number | undefined;
  const enterIntoForce = async (until: number) => {
    if (pending === undefined || pending > until) return;
    moveTo(ctx, pending, `${policy.title} entering into force`);
    pending = undefined;
    await transitionPolicy(
      ctx.db,
      ctx.lifecycle,
      ctx.admin,
      created.id,
      { transition: 'enterIntoForce' },
      ctx.clock.now(),
    );
  };
  for (const step of policy.steps) {
    await enterIntoForce(step.day);
    moveTo(
      ctx,
      step.day,
      `${policy.title}: ${'take' in step ? step.take : Object.keys(step).find((k) => k !== 'day')}`,
    );
    await linkSurveys(ctx, created.id, policy, linked);
    await checkDemoTriggers(ctx, created.id);
    await takeStep(ctx, created.id, step, revising);
    if ('take' in step && step.take === 'startEvaluation') await takeUpProposals(ctx, created.id);
    if ('take' in step && step.take === 'adopt' && step.effective > step.day) pending = step.effective;
  }
  // In force by today; a day still to come is left to the schedule, as for any adoption.
  await enterIntoForce(0);
  // Surveys whose first wave opened after the last step are linked today.
  if (ctx.clock.now().getTime() < ctx.today) {
    moveTo(ctx, 0, policy.title);
    await linkSurveys(ctx, created.id, policy, linked);
  }
  if (policy.public) await setPublication(ctx.db, ctx.admin, created.id, { public: true }, ctx.clock.now());
}

const INDICATOR_SOURCES = allIndicatorSources();

/** The evidence files of the demo are small PDFs: no configured limit applies to them. */
const DEMO_EVIDENCE = { evidenceMaxBytes: 5 * 1024 * 1024 };

/** A manual indicator's value, entered by the admin on the step's day with its evidence. */
async function enterMeasurement(ctx: Context, policyId: number, measurement: DemoMeasurement) {
  const indicatorId = ctx.indicators.get(measurement.indicator);
  if (indicatorId === undefined) throw new Error(`demo measurement: no indicator "${measurement.indicator}"`);
  await addMeasurement(
    ctx.db,
    DEMO_EVIDENCE,
    ctx.admin,
    policyId,
    indicatorId,
    {
      measuredOn: dayOf(new Date(ctx.today + measurement.measuredOn * DAY)),
      value: String(measurement.value),
      note: measurement.note ?? '',
      dataSource: measurement.dataSource,
    },
    {
      name: measurement.file.name,
      content: demoEvidencePdf(measurement.file.title, measurement.file.lines),
    },
    ctx.clock.now(),
  );
}

/** The morning's check of the policy's triggers (CHECK_TRIGGERS), on the story's day. */
function checkDemoTriggers(ctx: Context, policyId: number) {
  const { tenantId } = ctx.admin;
  return withTenant(ctx.db, tenantId, (tx) =>
    checkTriggers(tx, INDICATOR_SOURCES, tenantId, { policyId, by: null, now: ctx.clock.now() }),
  );
}

/**
 * An evaluation just started takes up the revision proposals open by its day: they are accepted
 * into it. The surveys' waves are loaded before the policies, so a wave's close may be delivered
 * late, while the story is still months earlier: the proposal it opens is dated by the close and
 * waits for the evaluation of its own time.
 */
async function takeUpProposals(ctx: Context, policyId: number) {
  const { proposals } = await listTriggers(ctx.db, ctx.admin, policyId);
  const day = ctx.clock.now().getTime();
  const open = proposals.filter((p) => p.state === 'open' && Date.parse(p.createdAt) <= day);
  for (const proposal of open) {
    await acceptProposal(
      ctx.db,
      ctx.lifecycle,
      ctx.admin,
      { policyId, proposalId: proposal.id },
      ctx.clock.now(),
    );
  }
}

/**
 * An indicator of the story's surveys (added once they all exist), of the registry, or entered by
 * hand; its values are computed when read. Returns its id.
 */
async function addDemoIndicator(ctx: Context, policyId: number, indicator: DemoIndicator): Promise<number> {
  const params = 'survey' in indicator ? surveyParams(ctx, indicator) : otherParams(indicator);
  const added = await addIndicator(
    ctx.db,
    INDICATOR_SOURCES,
    ctx.admin,
    policyId,
    {
      name: indicator.name,
      params,
      direction: indicator.direction,
      baseline: indicator.baseline,
      target: indicator.target,
    },
    LOCALE,
  );
  return added.id;
}

function otherParams(indicator: Exclude<DemoIndicator, { survey: string }>): IndicatorSourceParams {
  if ('registry' in indicator) {
    return {
      source: indicator.registry === 'pppkShare' ? 'registry.pppkShare' : 'registry.headCount',
      unitId: null,
    };
  }
  return { source: 'manual', unitLabel: indicator.manual.unitLabel, evidenceRequired: true };
}

function surveyParams(
  ctx: Context,
  indicator: Extract<DemoIndicator, { survey: string }>,
): IndicatorSourceParams {
  const surveyId = ctx.surveys.get(indicator.survey)?.id;
  if (surveyId === undefined)
    throw new Error(`demo indicator ${indicator.name}: no survey "${indicator.survey}"`);
  return typeof indicator.measure === 'string'
    ? { source: indicator.measure === 'ikm' ? 'survey.ikm' : 'survey.responseRate', surveyId }
    : {
        source: 'survey.mean',
        surveyId,
        items: indicator.measure.mean.map(([questionKey, statementKey]) => ({
          questionKey,
          statementKey: statementKey ?? null,
        })),
      };
}

async function participantsOf(db: Db, tenant: { id: number; slug: string }) {
  const participants = new Map<DemoParticipant, Actor>();
  for (const role of ['pegawai', 'atasan', 'pimpinan'] as const) {
    const actor = await demoActor(db, tenant, role);
    if (actor) participants.set(role, actor);
  }
  return participants;
}

/** The government's personnel agency, which owns its policies. */
async function ownerUnit(db: Db, admin: Actor, now: Date): Promise<number | null> {
  const { items } = await listUnits(db, admin, false, now);
  return items.find((unit) => unit.parentId === null && /Kepegawaian/.test(unit.name))?.id ?? null;
}

/**
 * The policies of the government's story (stories/<seed>-<region>.story.ts), for a government that
 * has none yet, told after its surveys, whose results they cite. Returns the number created.
 */
export async function ensureDemoPolicies(
  db: Db,
  tenant: { id: number; slug: string },
  options: { clock: Clock },
): Promise<number> {
  const policies = storyOf(tenant.slug)?.policies ?? [];
  if (policies.length === 0) return 0;
  const admin = await demoActor(db, tenant, 'admin');
  const pimpinan = await demoActor(db, tenant, 'pimpinan');
  if (!admin || !pimpinan) return 0;
  const existing = await listPolicies(db, admin, options.clock.now());
  if (existing.items.length > 0) return 0;
  const today = options.clock.now().getTime();
  // The clock starts long before the story's days; each policy starts from there again.
  const clock = new TestClock(new Date(today));
  const schedules = new Scheduler(db, clock, undefined);
  const lifecycle = { schedules, sources: INDICATOR_SOURCES };
  registerPolicySchedules(lifecycle);
  const participants = await participantsOf(db, tenant);
  const ctx: Context = {
    db,
    admin,
    pimpinan,
    clock,
    schedules,
    lifecycle,
    today,
    surveys: await storySurveys({ db, admin, clock }),
    ownerUnitId: await ownerUnit(db, admin, clock.now()),
    participants,
    comments: new Map(),
    findings: new Map(),
    indicators: new Map(),
    forum: {
      db,
      admin,
      clock,
      today,
      participant: (role) => {
        const actor = participants.get(role);
        if (!actor) throw new Error(`demo forum: no ${role} demo account`);
        return actor;
      },
      forum: null,
    },
  };
  for (const policy of policies) {
    clock.set(new Date(today + (policy.drafted - 1) * DAY));
    await tellPolicy(ctx, policy);
  }
  return policies.length;
}
