import type { ParseKeys } from 'i18next';
import type { ComponentType } from 'react';
import type { Me } from '../../api/types';
import {
  ArrowUpIcon,
  ChartIcon,
  CheckCircleIcon,
  ClipboardIcon,
  HomeIcon,
  IdCardIcon,
  KeyIcon,
  LearnIcon,
  ListIcon,
  ScrollIcon,
  SlidersIcon,
  TreeIcon,
  UploadIcon,
  UserIcon,
  UsersIcon,
} from '../../components/icons';
import { NineBoxIcon } from '../../components/talent/nine-box-icon';
import {
  plansOwnPerformance,
  readsPerformanceOverview,
} from '../../features/performance/routes/performance-access';
import { hasPermission } from '../../lib/session';

/**
 * The main navigation, one entry per module. An entry is shown only when its page exists and the
 * signed-in user may use it, so a new module (Kebijakan, Survei, Program…) adds one entry here.
 */
export interface NavItem {
  id: string;
  label: ParseKeys;
  icon: ComponentType<{ size?: number }>;
  /** The address; parameters already filled in. */
  href: (me: Me) => string;
  /** Active only on this exact address (Beranda), not on addresses below it. */
  exact?: boolean;
  visible: (me: Me) => boolean;
}

export const NAV_ITEMS: NavItem[] = [
  // Home of every signed-in user: each role's own (features/dashboard, home-data.ts).
  {
    id: 'dashboard',
    label: 'nav.dashboard',
    icon: HomeIcon,
    href: () => '/',
    exact: true,
    visible: () => true,
  },
  {
    id: 'my-record',
    label: 'nav.myRecord',
    icon: UserIcon,
    href: (me) => `/employees/${me.employeeId}`,
    visible: (me) => me.employeeId !== null,
  },
  // Pengembangan Saya: every ASN's own gaps, JP and IDP (mostly opened on a phone).
  {
    id: 'my-development',
    label: 'nav.myDevelopment',
    icon: CheckCircleIcon,
    href: () => '/my-development',
    visible: (me) => me.employeeId !== null,
  },
  {
    id: 'employees',
    label: 'nav.employees',
    icon: UsersIcon,
    href: () => '/employees',
    exact: true,
    visible: (me) => hasPermission(me, 'employee.read') && me.role !== 'pegawai',
  },
  // Kompetensi: the dictionary and the positions' standards are the whole government's, read by all
  // of its ASN; a person's own levels and gaps are on their record.
  {
    id: 'competencies',
    label: 'nav.competencies',
    icon: CheckCircleIcon,
    href: () => '/competencies',
    visible: (me) => hasPermission(me, 'competency.read'),
  },
  // Rencana Pengembangan Kompetensi: the year's plan and each OPD's part, for those of a government
  // who read its figures (admins, leaders, supervisors, auditors); not a national viewer, whose
  // figures span governments and who has no government's plans.
  {
    id: 'development-plans',
    label: 'nav.developmentPlans',
    icon: ClipboardIcon,
    href: () => '/development-plans',
    visible: (me) => hasPermission(me, 'aggregate.read') && hasPermission(me, 'competency.read'),
  },
  // Development programs: the catalog everyone of the government reads and applies to.
  {
    id: 'programs',
    label: 'nav.programs',
    icon: LearnIcon,
    href: () => '/programs',
    visible: (me) => hasPermission(me, 'program.read'),
  },
  // Mentoring Saya: an employee's pairs as mentor or mentee, where sessions are logged and confirmed.
  {
    id: 'mentoring',
    label: 'nav.mentoring',
    icon: UsersIcon,
    href: () => '/mentoring',
    visible: (me) => me.employeeId !== null && hasPermission(me, 'program.read') && me.role !== 'mitra',
  },
  // Beasiswa Saya: an employee's scholarship awards (tugas belajar), where term reports are sent.
  // Shown with Mentoring to every employee who reads the catalog: the page says how to get one.
  {
    id: 'scholarships',
    label: 'nav.scholarships',
    icon: LearnIcon,
    href: () => '/scholarships',
    visible: (me) => me.employeeId !== null && hasPermission(me, 'program.read') && me.role !== 'mitra',
  },
  // Angkatan yang saya ajar: the batches naming the signed-in trainer. Shown to those who teach
  // without reading the catalog (a partner's trainers, role mitra); an employee who also teaches
  // reaches it from the catalog.
  {
    id: 'teaching',
    label: 'nav.teaching',
    icon: LearnIcon,
    href: () => '/teaching',
    visible: (me) => hasPermission(me, 'program.teach') && !hasPermission(me, 'program.read'),
  },
  // Kinerja: every ASN's own SKP, the SKP they appraise as pejabat penilai, and their history.
  {
    id: 'performance',
    label: 'nav.performance',
    icon: ClipboardIcon,
    href: () => '/performance',
    visible: plansOwnPerformance,
  },
  // Penilaian Kinerja: the appraisal years and the distribution, for the agency, leaders, auditors
  // and supervisors (their subtree).
  {
    id: 'performance-admin',
    label: 'nav.performanceAdmin',
    icon: ChartIcon,
    href: () => '/performance/admin',
    visible: readsPerformanceOverview,
  },
  // Kenaikan Pangkat: a period's eligibility list, proposals, decrees and sanctions, for the agency.
  {
    id: 'promotion',
    label: 'nav.promotion',
    icon: ArrowUpIcon,
    href: () => '/promotion',
    visible: (me) => hasPermission(me, 'performance.manage'),
  },
  // Manajemen Talenta: the nine-box of each year, for the agency, leaders, auditors and supervisors;
  // the page tells those the policy's settings do not name that placements are not theirs to see.
  {
    id: 'talent',
    label: 'nav.talent',
    icon: NineBoxIcon,
    href: () => '/talent',
    visible: readsPerformanceOverview,
  },
  // Mitra: the partners, their agreements and trainer accounts, for the agency keeping programs.
  {
    id: 'partners',
    label: 'nav.partners',
    icon: IdCardIcon,
    href: () => '/partners',
    visible: (me) => hasPermission(me, 'program.manage') && me.scopeUnit === null,
  },
  // Everyone in the government reads its adopted policies; drafters and leaders see them all.
  {
    id: 'policies',
    label: 'nav.policies',
    icon: ScrollIcon,
    href: () => '/policies',
    visible: (me) => hasPermission(me, 'policy.read'),
  },
  // The yearly Forum Diskusi ASN: the government's own staff propose, vote and read its outcomes.
  {
    id: 'forums',
    label: 'nav.forums',
    icon: UsersIcon,
    href: () => '/forums',
    visible: (me) => hasPermission(me, 'policy.read') && me.role !== 'mitra',
  },
  {
    id: 'my-surveys',
    label: 'nav.mySurveys',
    icon: ClipboardIcon,
    href: () => '/my-surveys',
    visible: (me) => me.employeeId !== null && hasPermission(me, 'survey.respond'),
  },
  {
    id: 'surveys',
    label: 'nav.surveys',
    icon: ChartIcon,
    href: () => '/surveys',
    visible: (me) => hasPermission(me, 'survey.read'),
  },
  {
    id: 'import-employees',
    label: 'nav.importEmployees',
    icon: UploadIcon,
    href: () => '/imports/employees',
    visible: (me) => hasPermission(me, 'employee.import'),
  },
  // Admins: the unit tree and positions (units and positions can also be imported there).
  {
    id: 'organisation',
    label: 'nav.organisation',
    icon: TreeIcon,
    href: () => '/organisation',
    visible: (me) => hasPermission(me, 'unit.manage'),
  },
  {
    id: 'audit',
    label: 'nav.audit',
    icon: ListIcon,
    href: () => '/audit',
    visible: (me) => hasPermission(me, 'audit.read'),
  },
  // Pengaturan › Akun pengguna: accounts and their one-time password links.
  {
    id: 'accounts',
    label: 'nav.accounts',
    icon: IdCardIcon,
    href: () => '/settings/accounts',
    visible: (me) => hasPermission(me, 'account.manage'),
  },
  // Pengaturan › Instansi: the government's clock and IKM convention, for its tenant-wide admins.
  {
    id: 'government-settings',
    label: 'nav.governmentSettings',
    icon: SlidersIcon,
    href: () => '/settings/government',
    visible: (me) => hasPermission(me, 'tenant.manage') && me.scopeUnit === null,
  },
  // Pengaturan › Pengiriman peristiwa: follow-ups of changes that failed, for the same admins.
  {
    id: 'event-deliveries',
    label: 'nav.eventDeliveries',
    icon: ListIcon,
    href: () => '/settings/events',
    visible: (me) => hasPermission(me, 'tenant.manage') && me.scopeUnit === null,
  },
  {
    id: 'change-password',
    label: 'nav.changePassword',
    icon: KeyIcon,
    href: () => '/account/password',
    visible: () => true,
  },
];

export function isActive(item: NavItem, me: Me, pathname: string): boolean {
  const href = item.href(me);
  if (item.exact) return pathname === href;
  return pathname === href || pathname.startsWith(`${href}/`);
}
