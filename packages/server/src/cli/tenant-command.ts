import {
  checkRegionCode,
  defaultAdminUsername,
  GOVERNMENT_KINDS,
  type GovernmentKind,
  isGovernmentKind,
  normalizeGovernmentName,
  SLUG_PATTERN,
  slugFromName,
} from '@jenjang/domain/shared/government.rules';
import { forbiddenCharacter } from '@jenjang/domain/shared/text.rules';
import {
  DEFAULT_TIME_ZONE,
  isTimeZone,
  TIME_ZONES,
  type TimeZone,
  zoneAbbreviation,
} from '@jenjang/domain/shared/time-zone';
import { z } from 'zod';
import { loadConfig } from '../config';
import type { OpenDatabase } from '../db/connect';
import { openDatabase } from '../db/connect';
import { insertTenant, tenantsWithCodeOrSlug, withOwnerTransaction } from '../db/owner';
import { publish } from '../events';
import { insertAccount } from '../features/accounts/account.repository';
import { issuePasswordToken } from '../features/auth/auth.service';
import { systemClock } from '../platform/clock';
import { CliError, cliText } from './cli-error';
import { cliSetPasswordLink, linkNotice } from './set-password-link';

/** `jenjang tenant create` as typed (Commander's camelCase names). */
export interface TenantCreateOptions {
  code: string;
  name: string;
  type: string;
  timezone?: string;
  slug?: string;
  adminUsername?: string;
  adminName?: string;
  adminEmail?: string;
}

export interface NewGovernment {
  code: string;
  name: string;
  kind: GovernmentKind;
  timeZone: TimeZone;
  slug: string;
  admin: { username: string; displayName: string; email: string | null };
  /** Something the operator should check; the government is created all the same. */
  warning: string | null;
}

const USERNAME = /^[a-z0-9._-]{3,64}$/;
/** How long the first admin's link stays valid. */
export const FIRST_LINK_HOURS = 72;

/** A name with a control or bidi-control character (text.rules.ts), as the API refuses it. */
function refuseForbidden(option: string, text: string): void {
  const character = forbiddenCharacter(text);
  if (character) throw new CliError('forbiddenCharacter', { option, character });
}

/** Checks every option before anything is written; the first problem is a translated CliError. */
export function parseTenantOptions(options: TenantCreateOptions): NewGovernment {
  const kind = options.type.trim().toLowerCase();
  if (!isGovernmentKind(kind)) {
    throw new CliError('tenant.badType', { type: options.type, types: GOVERNMENT_KINDS.join(', ') });
  }
  const code = checkRegionCode(options.code, kind);
  if (!code.ok) throw new CliError(`tenant.${code.reason}`, { code: options.code });
  const name = normalizeGovernmentName(options.name);
  if (!name) throw new CliError('tenant.badName', { name: options.name });
  refuseForbidden('--name', name);
  const timeZone = options.timezone?.trim() ?? DEFAULT_TIME_ZONE;
  if (!isTimeZone(timeZone)) {
    const zones = TIME_ZONES.map((zone) => `${zone} (${zoneAbbreviation(zone)})`).join(', ');
    throw new CliError('tenant.badTimeZone', { zone: options.timezone, zones });
  }
  const slug = options.slug?.trim() ?? slugFromName(name);
  if (slug === null) throw new CliError('tenant.noSlug', { name });
  if (!SLUG_PATTERN.test(slug) || slug.length > 48) throw new CliError('tenant.badSlug', { slug });
  const username = (options.adminUsername ?? defaultAdminUsername(slug)).trim().toLowerCase();
  if (!USERNAME.test(username)) {
    throw new CliError('tenant.badUsername', { username: options.adminUsername ?? username });
  }
  const displayName = options.adminName?.trim() || `Admin ${name}`;
  if (displayName.length > 200) throw new CliError('tenant.badAdminName');
  refuseForbidden('--admin-name', displayName);
  const email = options.adminEmail?.trim() || null;
  if (email !== null && !z.email().safeParse(email).success) throw new CliError('invalidEmail', { email });
  return {
    code: code.code,
    name,
    kind,
    timeZone,
    slug,
    admin: { username, displayName, email },
    warning: code.warning && cliText(`tenant.${code.warning}`, { code: code.code }),
  };
}

export interface GovernmentCreated {
  tenant: { id: number; code: string; slug: string; name: string; kind: GovernmentKind; timeZone: TimeZone };
  admin: { id: number; username: string };
  /** The first admin's one-time set-password token. */
  token: string;
}

/**
 * Creates a government and its first admin (no password) in one transaction, audited in the new
 * government's chain, then issues the admin's one-time set-password link. A code, slug or username
 * in use refuses with a translated error and writes nothing.
 */
export async function createGovernment(
  database: Pick<OpenDatabase, 'db' | 'urls'>,
  input: NewGovernment,
): Promise<GovernmentCreated> {
  const created = await withOwnerTransaction(database.urls, async (tx) => {
    const taken = await tenantsWithCodeOrSlug(tx, input.code, input.slug);
    const sameCode = taken.find((t) => t.code === input.code);
    if (sameCode) throw new CliError('tenant.codeTaken', { code: input.code, name: sameCode.name });
    const sameSlug = taken.find((t) => t.slug === input.slug);
    if (sameSlug) throw new CliError('tenant.slugTaken', { slug: input.slug, name: sameSlug.name });
    const tenant = await insertTenant(tx, input).catch(refuseTaken(input));
    await publish(tx, tenant.id, {
      type: 'tenant.created',
      actorAccountId: null,
      payload: {
        tenantId: tenant.id,
        code: tenant.code,
        slug: tenant.slug,
        kind: tenant.kind,
        timeZone: tenant.time_zone,
        via: 'cli',
        subject: `${tenant.name} (${tenant.code})`,
      },
    });
    const admin = await insertAccount(tx, {
      tenantId: tenant.id,
      username: input.admin.username,
      displayName: input.admin.displayName,
      role: 'admin',
      employeeId: null,
      scopeUnitId: null,
      email: input.admin.email,
    }).catch(refuseTaken(input));
    await publish(tx, tenant.id, {
      type: 'account.created',
      actorAccountId: null,
      payload: {
        accountId: admin.id,
        username: input.admin.username,
        role: 'admin',
        via: 'cli',
        subject: `${input.admin.displayName} (${input.admin.username})`,
      },
    });
    return {
      tenant: {
        id: tenant.id,
        code: tenant.code,
        slug: tenant.slug,
        name: tenant.name,
        kind: input.kind,
        timeZone: input.timeZone,
      },
      admin: { id: admin.id, username: input.admin.username },
    };
  });
  const token = await issuePasswordToken(
    database.db,
    created.tenant.id,
    created.admin.id,
    null,
    systemClock.now(),
    FIRST_LINK_HOURS,
  );
  return { ...created, token };
}

/** A concurrent command that took the same code, slug or username first: the same translated refusal. */
function refuseTaken(input: NewGovernment) {
  return (error: unknown): never => {
    const { code, constraint } = error as { code?: string; constraint?: string };
    if (code === '23505' && constraint === 'tenant_code_key') {
      throw new CliError('tenant.codeTaken', { code: input.code, name: input.code });
    }
    if (code === '23505' && constraint === 'tenant_slug_key') {
      throw new CliError('tenant.slugTaken', { slug: input.slug, name: input.slug });
    }
    if (code === '23505' && constraint === 'account_username') {
      throw new CliError('tenant.usernameTaken', { username: input.admin.username });
    }
    throw error;
  };
}

/** `jenjang tenant create`: sets up a real government and prints its first admin's link. */
export async function tenantCreateCommand(options: TenantCreateOptions): Promise<void> {
  const input = parseTenantOptions(options);
  if (input.warning) console.error(input.warning);
  const config = loadConfig();
  const database = await openDatabase(config, (message) => console.error(`[jenjang] ${message}`));
  try {
    const created = await createGovernment(database, input);
    const link = await cliSetPasswordLink(config, created.token);
    const zone = `${created.tenant.timeZone} (${zoneAbbreviation(created.tenant.timeZone)})`;
    console.log(cliText('tenant.created', { ...created.tenant, zone }));
    console.log(cliText('tenant.adminCreated', { username: created.admin.username }));
    console.log(cliText('tenant.linkIntro', { hours: FIRST_LINK_HOURS }));
    console.log(link.url);
    const notice = linkNotice(link);
    if (notice) console.log(notice);
  } finally {
    await database.close();
  }
}
