import type { FungsionalLevel, PositionKind } from '@jenjang/domain/people/position';
import type { Actor } from '@jenjang/domain/shared/access';
import { type Db, withTenant } from '../db/database';
import * as assessments from '../features/competencies/assessment.repository';
import { createTechnical, listCompetencies } from '../features/competencies/competency.service';
import { createPlan, generatePlan, updatePlan } from '../features/competencies/development-plan.service';
import { putStandard } from '../features/competencies/standard.service';
import { listPositions } from '../features/organisation/position.service';
import { getSurvey, listSurveys } from '../features/surveys/surveys/survey.service';
import type { Clock } from '../platform/clock';
import { type Random, seededRandom } from './demo-people';
import { dayOf, demoActor } from './demo-surveys';

// A demo government's competency map: a few technical competencies of its own, a standard for
// every position (kept through the standard service, as an admin would, so each is audited), and
// the results of last year's assessment round, and for some people the round before, with the
// spread assessment centres report (most at the standard, a quarter one level below, a few above).
// DKI Jakarta's story: staff outside IT posts whose digital-competency test showed strong IT
// talent (seed 001: "ASN yang memiliki bakat dalam teknologi informasi dapat diberikan pelatihan
// khusus") — levels beyond their position's standard, which the draft of next year's plan routes
// to IT training. Tanjungpinang's story (seed 000): next year's plan drafted from its training-
// wishes survey as well as its gaps.

const DAY = 86_400_000;

interface Technical {
  code: string;
  name: string;
  definition: string;
  levels: string[];
}

const TECHNICAL: Technical[] = [
  {
    code: 'T.TIK',
    name: 'Pengelolaan Teknologi Informasi dan Komunikasi',
    definition:
      'Kemampuan memanfaatkan, mengelola, dan mengembangkan teknologi informasi untuk pelayanan pemerintahan.',
    levels: [
      'Menggunakan aplikasi perkantoran dan layanan daring instansi',
      'Mengelola data dan dokumen elektronik unit kerja secara tertib',
      'Mengoperasikan dan memelihara sistem informasi unit kerja',
      'Merancang dan mengembangkan aplikasi atau basis data layanan',
      'Menyusun arsitektur dan kebijakan sistem pemerintahan berbasis elektronik',
    ],
  },
  {
    code: 'T.SDM',
    name: 'Manajemen Sumber Daya Manusia Aparatur',
    definition: 'Kemampuan mengelola siklus kepegawaian ASN sesuai peraturan perundang-undangan.',
    levels: [
      'Menatausahakan dokumen kepegawaian',
      'Mengolah data kepegawaian dan layanan administrasi ASN',
      'Menganalisis kebutuhan dan kinerja pegawai unit kerja',
      'Merancang program pengembangan kompetensi dan karier',
      'Merumuskan kebijakan manajemen ASN instansi',
    ],
  },
  {
    code: 'T.PEMB',
    name: 'Pengelolaan Pembelajaran',
    definition: 'Kemampuan merencanakan, melaksanakan, dan menilai pembelajaran peserta didik.',
    levels: [
      'Melaksanakan pembelajaran sesuai rencana yang tersedia',
      'Menyusun rencana pembelajaran dan asesmen',
      'Menerapkan pembelajaran berdiferensiasi',
      'Membimbing rekan guru dalam praktik pembelajaran',
      'Mengembangkan model pembelajaran di tingkat daerah',
    ],
  },
  {
    code: 'T.YANKES',
    name: 'Pelayanan Kesehatan',
    definition: 'Kemampuan memberikan pelayanan kesehatan sesuai standar profesi dan standar pelayanan.',
    levels: [
      'Melaksanakan tindakan dasar sesuai prosedur',
      'Memberikan asuhan sesuai standar pelayanan',
      'Menangani kasus kompleks dan rujukan',
      'Membina mutu pelayanan unit',
      'Merumuskan standar pelayanan kesehatan daerah',
    ],
  },
];

interface Position {
  id: number;
  name: string;
  kind: PositionKind | null;
  level: FungsionalLevel | null;
}

/** Managerial levels a position of this kind requires; a demo's convention, not a regulation's. */
function managerialLevel(position: Position, code: string): number {
  const core = ['M.1', 'M.2', 'M.3', 'M.5', 'SK.1'].includes(code);
  switch (position.kind) {
    case 'jpt_utama':
    case 'jpt_madya':
    case 'jpt_pratama':
      return 4;
    case 'administrator':
      return 3;
    case 'pengawas':
      return core ? 3 : 2;
    case 'fungsional':
      if (position.level === 'ahli_madya' || position.level === 'ahli_utama') return 3;
      if (position.level === 'ahli_muda') return core ? 3 : 2;
      return 2;
    default:
      return core ? 2 : 1;
  }
}

/** The technical competency a post's work calls for, at its level. */
function technicalRequirement(position: Position): [string, number] | null {
  const level = position.level === 'ahli_madya' ? 4 : position.level === 'ahli_muda' ? 3 : 2;
  if (/Pranata Komputer/.test(position.name)) return ['T.TIK', level + 1];
  if (/Sumber Daya Manusia|Kepegawaian/.test(position.name)) return ['T.SDM', level + 1];
  if (/^Guru/.test(position.name)) return ['T.PEMB', level];
  if (/Perawat|Bidan|Dokter/.test(position.name)) return ['T.YANKES', level];
  return null;
}

/** Actual minus required, as assessment rounds spread it: most at the standard, a quarter one short. */
function spread(random: Random): number {
  const r = random();
  if (r < 0.05) return -2;
  if (r < 0.3) return -1;
  if (r < 0.8) return 0;
  if (r < 0.98) return 1;
  return 2;
}

const clampLevel = (level: number) => Math.min(5, Math.max(1, level));

/**
 * The government's competency map, on first run only (a government that assessed anyone already is
 * left as it is). Returns the assessments recorded.
 */
export async function ensureDemoCompetencies(
  db: Db,
  tenant: { id: number; slug: string },
  options: { clock: Clock; seed: number },
): Promise<number> {
  const admin = await demoActor(db, tenant, 'admin');
  if (!admin) return 0;
  if (await withTenant(db, tenant.id, (tx) => assessments.anyAssessment(tx))) return 0;
  const random = seededRandom(options.seed);
  for (const technical of TECHNICAL) {
    await createTechnical(
      db,
      admin,
      {
        code: technical.code,
        name: technical.name,
        definition: technical.definition,
        levels: technical.levels.map((descriptor, i) => ({ level: i + 1, descriptor, indicators: [] })),
      },
      'id',
    );
  }
  const codes = new Map((await listCompetencies(db, admin, 'id')).items.map((c) => [c.code, c]));
  const national = [...codes.values()].filter((c) => c.national);
  const positions = await allPositions(db, admin);
  const standards = new Map<number, { competencyId: number; requiredLevel: number }[]>();
  for (const position of positions) {
    const requirements = national.map((c) => ({
      competencyId: c.id,
      requiredLevel: managerialLevel(position, c.code),
    }));
    const technical = technicalRequirement(position);
    if (technical)
      requirements.push({ competencyId: codes.get(technical[0])!.id, requiredLevel: technical[1] });
    await putStandard(db, admin, position.id, { requirements }, 'id');
    standards.set(position.id, requirements);
  }
  const today = options.clock.now().getTime();
  const round = (daysAgo: number) => dayOf(new Date(today - daysAgo * DAY));
  const byId = new Map(positions.map((p) => [p.id, p]));
  const tik = codes.get('T.TIK')!.id;
  return withTenant(db, tenant.id, async (tx) => {
    const holders = await assessments.activeHolders(tx);
    const rows: assessments.NewAssessment[] = [];
    for (const holder of holders) {
      // About one in eight has not been through a round yet.
      if (random() < 0.12) continue;
      const position = byId.get(holder.positionId)!;
      const managerial = position.kind !== 'pelaksana' && position.kind !== 'fungsional';
      const method = managerial ? 'assessmentCentre' : random() < 0.7 ? 'test' : 'supervisor';
      const assessor = managerial ? 'UPT Penilaian Kompetensi BKN Regional' : 'Tim Penilai BKPSDM';
      const latest = round(30 + Math.floor(random() * 300));
      const earlier = random() < 0.3 ? round(400 + Math.floor(random() * 200)) : null;
      for (const requirement of standards.get(holder.positionId) ?? []) {
        const level = clampLevel(requirement.requiredLevel + spread(random));
        if (earlier) {
          rows.push({
            employeeId: holder.id,
            competencyId: requirement.competencyId,
            level: clampLevel(level - (random() < 0.5 ? 1 : 0)),
            assessedOn: earlier,
            method,
            assessor,
            source: 'Pemetaan Kompetensi Tahun Lalu',
          });
        }
        rows.push({
          employeeId: holder.id,
          competencyId: requirement.competencyId,
          level,
          assessedOn: latest,
          method,
          assessor,
          source: 'Pemetaan Kompetensi ASN',
        });
      }
      const requiresTik = (standards.get(holder.positionId) ?? []).some((r) => r.competencyId === tik);
      if (tenant.slug === 'dki-jakarta' && !requiresTik && position.kind === 'pelaksana' && random() < 0.04) {
        rows.push({
          employeeId: holder.id,
          competencyId: tik,
          level: random() < 0.4 ? 5 : 4,
          assessedOn: round(60),
          method: 'test',
          assessor: 'Jakarta Smart City',
          source: 'Uji Kompetensi Digital ASN',
        });
      }
    }
    for (let from = 0; from < rows.length; from += 20_000) {
      await assessments.appendAssessments(tx, tenant.id, rows.slice(from, from + 20_000), {
        by: admin.accountId,
        jobId: null,
      });
    }
    return rows.length;
  }).then(async (recorded) => {
    await draftNextYearsPlan(db, admin, tenant.slug, options.clock);
    return recorded;
  });
}

/**
 * Each story's draft of next year's government plan, where its article asks for one. Its budget is
 * a share of what the generated draft costs (the draft grows with the demo's scale): Jakarta's
 * draft asks a little more than the budget, so the planner has something to trim; Tanjungpinang's
 * fits.
 */
const PLAN_STORIES: Record<
  string,
  { budgetShare: number; costPerParticipant: number; needsSurvey?: string }
> = {
  'dki-jakarta': { budgetShare: 0.9, costPerParticipant: 3_500_000 },
  tanjungpinang: {
    budgetShare: 1.15,
    costPerParticipant: 2_500_000,
    needsSurvey: 'Survei Kebutuhan Pengembangan Kompetensi ASN',
  },
};

/** A budget as an agency writes one: rounded to Rp 10 million. */
const roundBudget = (rupiah: number) => Math.max(10_000_000, Math.round(rupiah / 10_000_000) * 10_000_000);

async function draftNextYearsPlan(db: Db, admin: Actor, slug: string, clock: Clock) {
  const story = PLAN_STORIES[slug];
  if (!story) return;
  const now = clock.now();
  const year = Number(dayOf(now).slice(0, 4)) + 1;
  const plan = await createPlan(db, admin, { year, unitId: null, budget: null }, 'id');
  let needsWaveId: number | null = null;
  if (story.needsSurvey) {
    const { items } = await listSurveys(db, admin, { archived: false }, now);
    const survey = items.find((item) => item.title === story.needsSurvey);
    // The newest wave whose results are final: a closed one.
    const waves = survey ? (await getSurvey(db, admin, survey.id, now)).waves : [];
    needsWaveId = waves.filter((w) => w.status === 'closed').at(-1)?.id ?? null;
  }
  const drafted = await generatePlan(
    db,
    admin,
    plan.id,
    { jp: 24, costPerParticipant: story.costPerParticipant, needsWaveId, talentLevel: 4 },
    now,
    'id',
  );
  const budget = roundBudget(drafted.totals.estimatedCost * story.budgetShare);
  await updatePlan(db, admin, plan.id, { budget }, 'id');
}

async function allPositions(db: Db, admin: Actor): Promise<Position[]> {
  const all: Position[] = [];
  for (let page = 1; ; page++) {
    const { items, total } = await listPositions(db, admin, { page, pageSize: 200 });
    all.push(...items);
    if (all.length >= total || items.length === 0) return all;
  }
}
