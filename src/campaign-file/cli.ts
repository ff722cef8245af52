import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../app.js';
import { loadCoreConfig, loadDatabaseConfig, loadDotEnv, loadOrExit } from '../config.js';
import { reachDatabase } from '../db/adapter.js';
import { checkDataFolders, createDb, type Db } from '../db/client.js';
import { applyMigrations } from '../db/migrate.js';
import { formatDate, formatDateTime } from '../domain/dates.js';
import { formatTarget } from '../domain/targets.js';
import type { Sources } from '../domain/sources.js';
import { matchByName, searchKey } from '../domain/text.js';
import { markDefault } from '../dialogs/defaults.js';
import type { Role } from '../generated/prisma/client.js';
import { I18n, type Translate } from '../i18n/i18n.js';
import { ROLE_KEYS, roleNames } from '../i18n/roles.js';
import { getCampaignDetail, listCampaigns, type CampaignDetail } from '../services/campaigns/campaign-catalog.js';
import { IMPORT_ENTITIES, importCampaign } from '../services/campaigns/campaign-import.js';
import { RuleError } from '../services/shared/errors.js';
import { createInvite } from '../services/campaigns/invite-codes.js';
import { reportStartupFailure, StartupError } from '../startup.js';
import { exportDocuments } from './documents-export.js';
import { draftPlanFile } from './draft-command.js';
import { exportCampaignFile } from './export-command.js';
import { parseCampaignFile } from './parse.js';
import { ROLES } from './schema.js';
import { UNIT_ROLES } from '../domain/permissions.js';

// npm run campaign -- import <file> | list | show <code> | invite --campaign <code> --role <ROLE> [--unit …] [--member …]
//   | documents <code> [--unit …] --out <folder> | export <code> [--out file.yaml] | draft <plan file> [--out file.yaml]
// Exit codes: 0 done, 1 the request failed (bad file, unknown code…), 2 wrong arguments.

/** A refusal to report: a Fluent message and the exit code. */
class Failure extends Error {
  constructor(
    readonly key: string,
    readonly args: Record<string, string | number> = {},
    readonly exitCode = 1,
  ) {
    super(key);
  }
}

const usage = () => new Failure('cf-usage', {}, 2);

loadDotEnv();
const config = loadOrExit(loadDatabaseConfig);
const t: Translate = new I18n().translator(config.defaultLocale);
process.exitCode = await main(process.argv.slice(2));

async function main(argv: string[]): Promise<number> {
  let db: Db | undefined;
  const openDb = async () => {
    if (db) return db;
    checkDataFolders(config);
    await reachDatabase(config.databaseUrl);
    return (db = await createDb(config.databaseUrl));
  };
  try {
    const { positionals, values } = parseCommandLine(argv);
    const [command, argument, ...extra] = positionals;
    if (command === 'import' && argument && extra.length === 0) return await importFile(argument, openDb);
    if (command === 'documents' && argument && extra.length === 0 && values.out && !values.campaign && !values.city) return await documents(argument, values);
    if (command === 'draft' && argument && extra.length === 0 && !values.campaign && !values.city && !values.unit) await draftPlanFile(argument, values.out, t);
    else if (command === 'export' && argument && extra.length === 0 && !values.campaign && !values.city && !values.unit)
      await exportCampaignFile(await openDb(), argument, values.out, t);
    else if (command === 'list' && !argument) await list(await openDb());
    else if (command === 'show' && argument && extra.length === 0) await show(await openDb(), argument);
    else if (command === 'invite' && !argument && values.campaign && !values.city) await invite(await openDb(), values);
    else if (command === 'invite' && !argument && values.city && !values.campaign && !values.unit && !values.member) await cityInvite(await openDb(), values);
    else throw usage();
    return 0;
  } catch (error) {
    if (error instanceof Failure) {
      console.error(t(error.key, error.args));
      return error.exitCode;
    }
    if (error instanceof RuleError) {
      console.error(t(error.reason, error.args));
      return 1;
    }
    if (error instanceof StartupError) {
      reportStartupFailure(error);
      return 1;
    }
    console.error(t('cf-unexpected', { detail: error instanceof Error ? error.message : String(error) }));
    return 1;
  } finally {
    await db?.$disconnect();
  }
}

type Options = { campaign?: string; city?: string; unit?: string; role?: string; member?: string; out?: string };

function parseCommandLine(argv: string[]): { positionals: string[]; values: Options } {
  try {
    const options = {
      campaign: { type: 'string' },
      city: { type: 'string' },
      unit: { type: 'string' },
      role: { type: 'string' },
      member: { type: 'string' },
      out: { type: 'string' },
    } as const;
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch {
    // node:util reports unknown or incomplete options in English: show our usage instead.
    throw usage();
  }
}

/** Validates first: a file with errors writes nothing, not even migrations. Returns the exit code. */
async function importFile(path: string, openDb: () => Promise<Db>): Promise<number> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Failure('cf-file-unreadable', { file: path, detail: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  const parsed = parseCampaignFile(text, path);
  if (!parsed.ok) {
    console.error(t('cf-import-invalid', { file: path, count: parsed.errors.length }));
    for (const e of parsed.errors) console.error(`  ${t(e.key, e.args)}`);
    return 1;
  }
  checkDataFolders(config);
  const applied = await applyMigrations(config.databaseUrl);
  if (applied.length > 0) console.log(t('cf-import-migrated', { names: applied.join(', ') }));
  const summary = await importCampaign(await openDb(), parsed.file);
  console.log(t('cf-import-done', { campaign: summary.campaignCode, organization: parsed.file.organization.name }));
  for (const entity of IMPORT_ENTITIES) console.log(`  ${t('cf-import-row', { entity, ...summary.counts[entity] })}`);
  return 0;
}

async function list(db: Db): Promise<void> {
  const campaigns = await listCampaigns(db);
  if (campaigns.length === 0) console.log(t('cf-list-empty'));
  for (const c of campaigns) {
    console.log(
      t('cf-list-row', {
        code: c.code,
        title: c.title,
        organization: c.organization.name,
        from: formatDate(c.startsOn),
        to: formatDate(c.endsOn),
        status: t('cf-status', { status: c.status }),
      }),
    );
  }
}

async function show(db: Db, code: string): Promise<void> {
  const c = await getCampaignDetail(db, code);
  if (!c) throw new Failure('cf-not-found', { code });
  const out: string[] = [];
  const line = (depth: number, text: string) => out.push(`${'  '.repeat(depth)}${text}`);
  const section = (heading: string, items: string[]) => {
    line(0, heading);
    if (items.length === 0) line(1, t('cf-show-none'));
    for (const item of items) line(1, item);
  };

  line(0, t('cf-show-title', { title: c.title, code: c.code }));
  line(0, t('cf-show-organization', { organization: c.organization.name, code: c.organization.code }));
  if (c.organisingOffice !== c.organization.name) line(0, t('cf-show-organising-office', { office: c.organisingOffice }));
  line(0, t('cf-show-legal-basis', { legalBasis: c.legalBasis }));
  line(0, t('cf-show-lead-office', { leadOffice: c.leadOffice }));
  // Values the plan never stated carry the same mark as in chat.
  const sources = { sources: (c.sources ?? {}) as Sources };
  const mark = (text: string, ...paths: string[]) => markDefault(t, sources, text, ...paths);
  line(0, t('cf-show-period', { from: formatDate(c.startsOn), to: mark(formatDate(c.endsOn), 'campaign.period.to'), status: t('cf-status', { status: c.status }) }));
  if (c.closesOn) line(0, t('cf-show-closes', { date: formatDate(c.closesOn) }));
  if (c.closedAt) line(0, t('cf-show-closed', { at: formatDateTime(c.closedAt) }));
  section(
    t('cf-show-units', { count: c.units.length }),
    c.units.map((u) => t('cf-show-unit', { code: u.code, name: u.name })),
  );

  const points = c.taskAreas.reduce((s, a) => s + a.criteria.reduce((p, k) => p + k.maxPoints, 0), 0);
  line(0, t('cf-show-task-areas', { points: Math.round(points * 100) / 100 }));
  c.taskAreas.forEach((a, i) => {
    line(1, t('cf-show-task-area', { index: i + 1, title: a.title }));
    for (const k of a.criteria) line(2, `- ${mark(criterionLine(k), `criteria.${k.code}`, `criteria.${k.code}.points`, `criteria.${k.code}.target`)}`);
  });

  const quota = (q: (typeof c.awardQuotas)[number]) =>
    t('cf-show-quota', { title: q.awardTitle, max: q.maxCount ?? 'none', nominee: q.nomineeKind, level: q.decidedBy, decider: q.decider ?? '' });
  section(
    t('cf-show-quotas'),
    c.awardQuotas.map((q) => mark(quota(q), `award_quotas.${q.awardForm}`, `award_quotas.${q.awardForm}.max`)),
  );
  section(
    t('cf-show-documents'),
    c.dossierDocKinds.map((d) => mark(t('cf-show-document', { title: d.title, required: d.required ? 'yes' : 'no' }), 'dossier_documents', `dossier_documents.${d.code}`)),
  );
  section(
    t('cf-show-deadlines'),
    c.deadlines.map((d) => mark(t('cf-show-deadline', { due: formatDate(d.dueOn), title: d.title }), `deadlines.${d.code}`)),
  );
  section(t('cf-show-members', { count: c.members.length }), c.members.map(memberLine));
  console.log(out.join('\n'));
}

function criterionLine(k: CampaignDetail['taskAreas'][number]['criteria'][number]): string {
  if (k.target === null) return t('cf-show-criterion-manual', { title: k.title, points: k.maxPoints });
  return t('cf-show-criterion', {
    title: k.title,
    target: formatTarget(t, k),
    points: k.maxPoints,
    scoring: k.scoringRule,
  });
}

function memberLine(m: CampaignDetail['members'][number]): string {
  const roles = roleNames(
    t,
    m.roles.map((g) => g.role),
  );
  const place = [m.jobTitle, m.unit?.name].filter((p): p is string => Boolean(p)).join(' · ');
  const args = { name: m.fullName, roles, code: m.code ?? '—' };
  return place === '' ? t('cf-show-member-plain', args) : t('cf-show-member', { ...args, place });
}

async function invite(db: Db, options: Options): Promise<void> {
  const campaign = await db.campaign.findUnique({ where: { code: options.campaign! } });
  if (!campaign) throw new Failure('cf-not-found', { code: options.campaign! });
  const organizationId = campaign.organizationId;

  // A declared member brings their own unit and first role unless the options say otherwise.
  const member = options.member
    ? await db.member.findUnique({ where: { organizationId_code: { organizationId, code: options.member } }, include: { roles: { orderBy: { id: 'asc' } } } })
    : null;
  if (options.member && !member) throw new Failure('cf-invite-member-unknown', { code: options.member });

  const roleText = options.role?.toUpperCase() ?? member?.roles[0]?.role;
  if (!roleText) throw usage();
  if (!(ROLES as readonly string[]).includes(roleText)) throw new Failure('cf-invite-role-unknown', { role: options.role!, allowed: ROLES.join(', ') }, 2);
  const role = roleText as Role;

  const units = await db.unit.findMany({ where: { organizationId, active: true }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] });
  const unit = options.unit ? findUnit(units, options.unit) : (units.find((u) => u.id === member?.unitId) ?? null);
  if (!unit && UNIT_ROLES.includes(role)) throw new Failure('cf-invite-unit-needed', { role }, 2);

  const created = await createInvite(db, { organizationId, unitId: unit?.id ?? null, role, ...(member?.code ? { memberCode: member.code } : {}) });
  const args = { code: created.code, role: t(ROLE_KEYS[role]), expires: formatDateTime(created.expiresAt) };
  console.log(unit ? t('cf-invite-done', { ...args, unit: unit.name }) : t('cf-invite-done-no-unit', args));
}

/** A city-level invite (the Department of Home Affairs' secretariat, the city's leaders): no unit, no campaign. */
async function cityInvite(db: Db, options: Options): Promise<void> {
  const city = await db.organization.findUnique({ where: { code: options.city! }, include: { _count: { select: { children: true } } } });
  if (!city || city._count.children === 0) throw new Failure('cf-city-not-found', { code: options.city! });
  const roleText = options.role?.toUpperCase() ?? 'ADMIN';
  if (roleText !== 'ADMIN' && roleText !== 'LEADER') throw new Failure('cf-invite-city-role', { role: options.role! }, 2);
  const role = roleText as Role;
  const created = await createInvite(db, { organizationId: city.id, unitId: null, role });
  console.log(t('cf-invite-done-city', { code: created.code, role: t(ROLE_KEYS[role]), city: city.name, expires: formatDateTime(created.expiresAt) }));
}

/** The campaign's drafted documents (of one unit with --unit) written into a folder; exit 1 if one failed. */
async function documents(code: string, options: Options): Promise<number> {
  // The documents come from the services the bot uses, with their templates and files.
  const core = await createCore(loadOrExit(loadCoreConfig));
  try {
    const campaign = await core.db.campaign.findUnique({ where: { code } });
    if (!campaign) throw new Failure('cf-not-found', { code });
    const units = options.unit
      ? await core.db.unit.findMany({ where: { organizationId: campaign.organizationId, active: true }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] })
      : [];
    const unit = options.unit ? findUnit(units, options.unit) : null;
    const outcome = await exportDocuments(core.services, {
      campaignId: campaign.id,
      organizationId: campaign.organizationId,
      unitId: unit?.id ?? null,
      out: options.out!,
      locale: config.defaultLocale,
      t,
    });
    for (const w of outcome.written) console.log(t('cf-documents-written', w));
    for (const f of outcome.failed) console.error(t('cf-documents-failed', f));
    if (outcome.written.length + outcome.failed.length === 0) console.log(t(unit ? 'cf-documents-none-unit' : 'cf-documents-none', { unit: unit?.name ?? '', campaign: code }));
    else console.log(t('cf-documents-done', { count: outcome.written.length, folder: resolve(options.out!) }));
    return outcome.failed.length > 0 ? 1 : 0;
  } finally {
    await core.close();
  }
}

/** By code first (VHXH), else by name without diacritics ("van hoa"). */
function findUnit<U extends { code: string; name: string }>(units: U[], query: string): U {
  const byCode = units.find((u) => searchKey(u.code) === searchKey(query));
  if (byCode) return byCode;
  const found = matchByName(query, units, (u) => u.name);
  const names = (list: U[]) => list.map((u) => `${u.name} (${u.code})`).join('; ');
  if (found.length === 0) throw new Failure('cf-invite-unit-unknown', { query, units: names(units) });
  if (found.length > 1) throw new Failure('cf-invite-unit-ambiguous', { query, units: names(found) });
  return found[0]!;
}
