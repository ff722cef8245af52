import { campaignFileSchema, type CampaignFile } from '../../campaign-file/schema.js';
import { code as codePattern, fieldPath } from '../../campaign-file/primitives.js';
import type { Db } from '../../db/client.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { formatDate } from '../../domain/dates.js';
import { formatNumber } from '../../domain/numbers.js';
import { holdersOf, may } from '../../domain/permissions.js';
import type { NomineeKind } from '../../domain/awards.js';
import { formatValue } from '../../domain/targets.js';
import { cleanText, searchKey } from '../../domain/text.js';
import { nextSendTime } from '../../domain/working-time.js';
import { audit } from '../shared/audit.js';
import type { Clock } from '../shared/clock.js';
import { RuleError } from '../shared/errors.js';
import { workingTimeOf } from '../messaging/reminder-audience.js';
import type { StandingsService } from '../reporting/standings.js';
import { campaignFileData, readCampaignFile } from './campaign-export.js';
import { importInto, type ImportSummary, type ReminderSettings } from './campaign-import.js';
import type { CampaignService, CampaignView } from './campaigns.js';
import type { Tx } from './import-rows.js';
import type { Actor } from './members.js';

// ADMIN changes a running campaign in chat: a deadline, a unit, a target, a
// weight or a quota. A change is made on the campaign file itself: the campaign is exported, the
// file edited and checked by the file's schema, and imported again, so a change in chat follows
// exactly the rules of a corrected file (units retired, never deleted; reports never touched).

export type CampaignChange =
  | { kind: 'move-deadline'; deadlineKey: string; date: Date }
  | { kind: 'add-unit'; name: string; code?: string }
  | { kind: 'rename-unit'; unitCode: string; name: string }
  | { kind: 'retire-unit'; unitCode: string }
  | { kind: 'set-target'; criterionCode: string; target: number }
  /** weights change together: the points of all criteria must still add up to 100 */
  | { kind: 'set-weight'; weights: Array<{ criterionCode: string; points: number }> }
  /** max null: the plan sets no number */
  | { kind: 'set-quota'; nominee: NomineeKind; form: string; max: number | null };

/** One value that changes, old → new, with what the dialog needs to say it. */
export type ChangeEdit =
  | { subject: 'deadline'; code: string; title: string; before: Date; after: Date }
  | { subject: 'unit-added'; code: string; name: string }
  | { subject: 'unit-renamed'; code: string; before: string; after: string }
  | { subject: 'unit-retired'; code: string; name: string }
  | { subject: 'target'; code: string; title: string; unitOfMeasure: string; before: number | null; after: number }
  | { subject: 'weight'; code: string; title: string; before: number; after: number }
  | { subject: 'quota'; nominee: NomineeKind; form: string; title: string; before: number | null; after: number | null };

export interface AffectedUnit {
  unitId: number;
  code: string;
  name: string;
  /** the unit's heads, who are told once the change is made */
  heads: Array<{ memberId: number; fullName: string }>;
}

/** A unit's place before and after a change that moves the standings; null: not ranked then. */
export interface StandingsMove {
  unitId: number;
  unitName: string;
  before: { rank: number; score: number; grade: string } | null;
  after: { rank: number; score: number; grade: string } | null;
}

export interface ChangePreview {
  campaignId: number;
  campaignCode: string;
  edits: ChangeEdit[];
  affectedUnits: AffectedUnit[];
  /** every ranked unit, for changes that can move the standings (targets, weights, a unit retired); null otherwise */
  standings: StandingsMove[] | null;
}

export interface ChangeResult {
  preview: ChangePreview;
  summary: ImportSummary;
  /** messages queued for the affected heads */
  told: number;
}

/** A change worked out on the exported file: the file to import, and what it changes for whom. */
interface Plan {
  file: CampaignFile;
  edits: ChangeEdit[];
  /** per edit, the units it concerns */
  units: number[][];
}

/** Points of all criteria must add up to 100 within this tolerance, as the campaign file's schema says. */
const POINTS_TOLERANCE = 0.01;

export class CampaignChangeService {
  constructor(
    private readonly db: Db,
    private readonly campaigns: CampaignService,
    private readonly standings: StandingsService,
    private readonly clock: Clock,
  ) {}

  /** What the change would do, written nowhere. RuleError when it would be refused. */
  async preview(campaignId: number, change: CampaignChange): Promise<ChangePreview> {
    const plan = await this.plan(this.db, campaignId, change);
    return this.describe(this.db, campaignId, change, plan, true);
  }

  /**
   * Makes the change as an import of the edited file, in one transaction with its audit entry and
   * the messages to the affected heads: a refusal leaves everything as it was.
   */
  async apply(campaignId: number, change: CampaignChange, actor: Actor): Promise<ChangeResult> {
    const campaign = await this.db.campaign.findUnique({ where: { id: campaignId }, select: { organizationId: true } });
    if (!may(actor, 'campaign.change') || campaign?.organizationId !== actor.organizationId) throw new RuleError('campaign-change-forbidden');
    // The standings before the change are read outside the transaction (SQLite has one connection
    // in it); the change itself is worked out again inside, on the data it writes over.
    const before = isScoring(change) ? await this.standings.compute(campaignId) : null;
    const result = await this.db.$transaction(
      async (tx) => {
        const plan = await this.plan(tx, campaignId, change);
        const preview = await this.describe(tx, campaignId, change, plan, false);
        const summary = await importInto(tx, plan.file);
        const { revision, reminderSettings } = await tx.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { revision: true, reminderSettings: true } });
        await audit(tx, {
          actorId: actor.memberId,
          action: `campaign.${change.kind}`,
          entity: 'Campaign',
          entityId: campaignId,
          details: { change, edits: preview.edits, units: preview.affectedUnits.map((u) => u.code), counts: summary.counts } as unknown as Prisma.InputJsonValue,
        });
        const notBefore = nextSendTime(this.clock(), workingTimeOf(reminderSettings as unknown as ReminderSettings));
        // The heads of the units each notice concerns; not the person who made the change.
        const messages = notices(change, plan).flatMap((notice, i) => {
          const heads = preview.affectedUnits.filter((u) => notice.units.includes(u.unitId)).flatMap((u) => u.heads.map((h) => h.memberId));
          return [...new Set(heads)].filter((memberId) => memberId !== actor.memberId).map((memberId) => ({ payload: notice.payload, i, memberId }));
        });
        // Written with the change rather than through OutboxService.enqueue, which commits on its
        // own: the heads are told exactly when the change is made. The revision names the change.
        await tx.outboxMessage.createMany({
          data: messages.map(({ payload, i, memberId }) => ({
            dedupeKey: `campaign-change:${campaignId}:${revision}:${i}:${memberId}`,
            campaignId,
            memberId,
            kind: 'campaign-change',
            payload: payload as unknown as Prisma.InputJsonValue,
            notBefore,
            createdAt: this.clock(),
          })),
        });
        return { preview, summary, told: messages.length };
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
    if (before === null) return result;
    const after = await this.standings.compute(campaignId);
    return { ...result, preview: { ...result.preview, standings: moves(before.entries, after.entries) } };
  }

  /** The edited campaign file, checked: RuleError for what a person can put right. */
  private async plan(db: Tx, campaignId: number, change: CampaignChange): Promise<Plan> {
    const row = await db.campaign.findUnique({ where: { id: campaignId }, select: { code: true, organizationId: true } });
    const exported = row ? await readCampaignFile(db, row.code) : null;
    if (!row || !exported) throw new RuleError('campaign-change-no-campaign');
    const units = await db.unit.findMany({ where: { organizationId: row.organizationId } });
    const planned = await edit(db, exported.file, change, campaignId, units);
    const parsed = campaignFileSchema.safeParse(campaignFileData(planned.file));
    if (!parsed.success) {
      // The checks in edit() say what is wrong in the person's terms; this is the file's last word.
      const issue = parsed.error.issues[0]!;
      throw new RuleError('campaign-change-invalid', { field: fieldPath(issue.path) });
    }
    return { ...planned, file: parsed.data };
  }

  /** `withStandings` only outside a transaction: the standings read through the services' own connection. */
  private async describe(db: Tx, campaignId: number, change: CampaignChange, plan: Plan, withStandings: boolean): Promise<ChangePreview> {
    const unitIds = [...new Set(plan.units.flat())];
    const units = await db.unit.findMany({
      where: { id: { in: unitIds } },
      orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
      // whoever answers for a unit is told of what changes for it
      include: { members: { where: { active: true, roles: { some: { role: { in: holdersOf('unit.answer-for') } } } }, orderBy: { id: 'asc' }, select: { id: true, fullName: true } } },
    });
    let standings: StandingsMove[] | null = null;
    if (withStandings && isScoring(change)) {
      const view = await this.campaigns.view(campaignId);
      const [before, after] = await Promise.all([this.standings.compute(campaignId), this.standings.computeUnder(underChange(view, change))]);
      standings = moves(before.entries, after.entries);
    }
    return {
      campaignId,
      campaignCode: plan.file.campaign.code,
      edits: plan.edits,
      affectedUnits: units.map((u) => ({ unitId: u.id, code: u.code, name: u.name, heads: u.members.map((m) => ({ memberId: m.id, fullName: m.fullName })) })),
      standings,
    };
  }
}

/** Changes that can move the standings, previewed on the stored figures. */
function isScoring(change: CampaignChange): change is Extract<CampaignChange, { kind: 'set-target' | 'set-weight' | 'retire-unit' }> {
  return change.kind === 'set-target' || change.kind === 'set-weight' || change.kind === 'retire-unit';
}

/** The campaign as the standings would see it after the change. */
function underChange(view: CampaignView, change: Extract<CampaignChange, { kind: 'set-target' | 'set-weight' | 'retire-unit' }>): CampaignView {
  const weight = new Map(change.kind === 'set-weight' ? change.weights.map((w) => [w.criterionCode, w.points]) : []);
  return {
    ...view,
    units: change.kind === 'retire-unit' ? view.units.filter((u) => u.code !== change.unitCode) : view.units,
    taskAreas: view.taskAreas.map((a) => ({
      ...a,
      criteria: a.criteria.map((c) => ({
        ...c,
        ...(change.kind === 'set-target' && c.code === change.criterionCode ? { target: change.target } : {}),
        maxPoints: weight.get(c.code) ?? c.maxPoints,
      })),
    })),
  };
}

function moves(
  before: ReadonlyArray<{ unitId: number; unitName: string; rank: number; score: number; grade: { grade: string } }>,
  after: ReadonlyArray<{ unitId: number; unitName: string; rank: number; score: number; grade: { grade: string } }>,
): StandingsMove[] {
  const place = (e: (typeof before)[number] | undefined) => (e ? { rank: e.rank, score: e.score, grade: e.grade.grade } : null);
  const ids = [...new Set([...after.map((e) => e.unitId), ...before.map((e) => e.unitId)])];
  return ids.map((unitId) => {
    const was = before.find((e) => e.unitId === unitId);
    const now = after.find((e) => e.unitId === unitId);
    return { unitId, unitName: (now ?? was)!.unitName, before: place(was), after: place(now) };
  });
}

/** The campaign file with the change made, what changes, and for which units; RuleError when refused. */
async function edit(db: Tx, file: CampaignFile, change: CampaignChange, campaignId: number, unitRows: ReadonlyArray<{ id: number; code: string; active: boolean }>): Promise<Plan> {
  const activeIds = unitRows.filter((u) => u.active).map((u) => u.id);
  const idOf = (unitCode: string) => unitRows.find((u) => u.code === unitCode)!.id;
  const findUnit = (unitCode: string) => {
    const unit = file.units.find((u) => u.code === unitCode);
    if (!unit) throw new RuleError('campaign-change-unknown-unit', { code: unitCode, known: file.units.map((u) => u.code).join(', ') });
    return unit;
  };
  const criteria = file.task_areas.flatMap((a) => a.criteria);
  const findCriterion = (criterionCode: string) => {
    const criterion = criteria.find((c) => c.code === criterionCode);
    if (!criterion) throw new RuleError('campaign-change-unknown-criterion', { code: criterionCode });
    return criterion;
  };
  // The units scored on a criterion: its holder, or all of them.
  const scoredUnits = (c: { held_by?: string }) => (c.held_by === undefined ? activeIds : [idOf(c.held_by)]);
  // A value the secretariat sets is no longer the plan's silence.
  const stated = (...paths: string[]) => file.defaults.filter((p) => !paths.includes(p));
  const renamed = (name: string) => {
    const clean = cleanText(name);
    if (clean === '') throw new RuleError('campaign-change-unit-name-empty');
    const twin = file.units.find((u) => searchKey(u.name) === searchKey(clean));
    if (twin) throw new RuleError('campaign-change-unit-exists', { name: twin.name, code: twin.code });
    return clean;
  };

  switch (change.kind) {
    case 'move-deadline': {
      const deadline = file.deadlines.find((d) => d.code === change.deadlineKey);
      if (!deadline) throw new RuleError('campaign-change-unknown-deadline', { code: change.deadlineKey, known: file.deadlines.map((d) => d.code).join(', ') });
      const { from, to } = file.campaign.period;
      if (change.date < from || change.date > to) throw new RuleError('campaign-change-date-outside', { date: formatDate(change.date), from: formatDate(from), to: formatDate(to) });
      unchanged(deadline.due.getTime() === change.date.getTime());
      return {
        file: { ...file, deadlines: file.deadlines.map((d) => (d === deadline ? { ...d, due: change.date } : d)), defaults: stated(`deadlines.${deadline.code}`) },
        edits: [{ subject: 'deadline', code: deadline.code, title: deadline.title, before: deadline.due, after: change.date }],
        // A deadline is everyone's.
        units: [activeIds],
      };
    }
    case 'add-unit': {
      const name = renamed(change.name);
      const taken = new Set(unitRows.map((u) => u.code));
      const unitCode = change.code ?? codeFor(name, taken);
      if (!codePattern.safeParse(unitCode).success) throw new RuleError('campaign-change-unit-code-invalid', { code: unitCode });
      // A retired unit's code too: importing it would bring that unit back, reports and all.
      if (taken.has(unitCode)) throw new RuleError('campaign-change-unit-code-taken', { code: unitCode });
      return {
        file: { ...file, units: [...file.units, { code: unitCode, name }] },
        edits: [{ subject: 'unit-added', code: unitCode, name }],
        // Nobody belongs to it yet.
        units: [[]],
      };
    }
    case 'rename-unit': {
      const unit = findUnit(change.unitCode);
      unchanged(cleanText(change.name) === unit.name);
      const name = renamed(change.name);
      return {
        file: { ...file, units: file.units.map((u) => (u === unit ? { ...u, name } : u)), defaults: stated(`units.${unit.code}`, `units.${unit.code}.name`) },
        edits: [{ subject: 'unit-renamed', code: unit.code, before: unit.name, after: name }],
        units: [[idOf(unit.code)]],
      };
    }
    case 'retire-unit': {
      const unit = findUnit(change.unitCode);
      if (file.units.length === 1) throw new RuleError('campaign-change-last-unit', { name: unit.name });
      const held = criteria.filter((c) => c.held_by === unit.code);
      if (held.length > 0) throw new RuleError('campaign-change-unit-holds', { name: unit.name, criteria: held.map((c) => c.title).join('; ') });
      // Its members are left out of the file, as a file that drops a unit leaves them: the import
      // leaves them (and their unit, retired) as they are.
      const leaving = file.members.filter((m) => m.unit === unit.code).map((m) => m.code);
      const gone = (path: string) => [`units.${unit.code}`, ...leaving.map((m) => `members.${m}`)].some((p) => path === p || path.startsWith(`${p}.`));
      return {
        file: {
          ...file,
          units: file.units.filter((u) => u !== unit),
          members: file.members.filter((m) => m.unit !== unit.code),
          defaults: file.defaults.filter((p) => !gone(p)),
        },
        edits: [{ subject: 'unit-retired', code: unit.code, name: unit.name }],
        units: [[idOf(unit.code)]],
      };
    }
    case 'set-target': {
      const criterion = findCriterion(change.criterionCode);
      unchanged(criterion.target === change.target);
      if (!Number.isFinite(change.target) || change.target < criterion.min || (criterion.max !== null && change.target > criterion.max)) {
        throw new RuleError('campaign-change-target-range', { target: change.target, min: criterion.min, max: criterion.max ?? '∞' });
      }
      return {
        file: { ...file, task_areas: withCriteria(file, (c) => (c === criterion ? { ...c, target: change.target } : c)), defaults: stated(`criteria.${criterion.code}.target`) },
        edits: [{ subject: 'target', code: criterion.code, title: criterion.title, unitOfMeasure: criterion.unit_of_measure, before: criterion.target, after: change.target }],
        units: [scoredUnits(criterion)],
      };
    }
    case 'set-weight': {
      const points = new Map<string, number>();
      for (const w of change.weights) {
        findCriterion(w.criterionCode);
        if (!(Number.isFinite(w.points) && w.points > 0)) throw new RuleError('campaign-change-weight-positive', { code: w.criterionCode });
        points.set(w.criterionCode, w.points);
      }
      const changed = criteria.filter((c) => points.has(c.code) && points.get(c.code) !== c.points);
      unchanged(changed.length === 0);
      const sum = criteria.reduce((s, c) => s + (points.get(c.code) ?? c.points), 0);
      if (Math.abs(sum - 100) > POINTS_TOLERANCE) throw new RuleError('campaign-change-weights-total', { sum: Math.round(sum * 100) / 100 });
      return {
        file: {
          ...file,
          task_areas: withCriteria(file, (c) => (points.has(c.code) ? { ...c, points: points.get(c.code)! } : c)),
          defaults: stated(...changed.map((c) => `criteria.${c.code}.points`)),
        },
        edits: changed.map((c) => ({ subject: 'weight' as const, code: c.code, title: c.title, before: c.points, after: points.get(c.code)! })),
        units: changed.map((c) => scoredUnits(c)),
      };
    }
    case 'set-quota': {
      const quota = file.award_quotas.find((q) => q.nominee === change.nominee && q.form === change.form);
      if (!quota) throw new RuleError('campaign-change-unknown-quota', { form: change.form, known: file.award_quotas.map((q) => q.form).join(', ') });
      unchanged((quota.max ?? null) === change.max);
      if (change.max !== null && !(Number.isInteger(change.max) && change.max >= 1)) throw new RuleError('campaign-change-quota-whole', { max: change.max });
      const approved = await db.nomination.count({ where: { campaignId, nomineeKind: change.nominee, awardForm: change.form, status: 'APPROVED' } });
      if (change.max !== null && change.max < approved) throw new RuleError('campaign-change-quota-below-approved', { title: quota.title, max: change.max, approved });
      const edited = { ...quota, max: change.max ?? undefined };
      // No number: the key goes, as in a file that sets none.
      if (change.max === null) delete edited.max;
      return {
        file: {
          ...file,
          award_quotas: file.award_quotas.map((q) => (q === quota ? edited : q)),
          defaults: stated(`award_quotas.${quota.form}.max`),
        },
        edits: [{ subject: 'quota', nominee: quota.nominee, form: quota.form, title: quota.title, before: quota.max ?? null, after: change.max }],
        // Any unit may propose for it.
        units: [activeIds],
      };
    }
  }
}

/** A change that changes nothing is refused, so nobody is told of it. */
function unchanged(same: boolean): void {
  if (same) throw new RuleError('campaign-change-nothing');
}

type FileCriterion = CampaignFile['task_areas'][number]['criteria'][number];

function withCriteria(file: CampaignFile, map: (c: FileCriterion) => FileCriterion): CampaignFile['task_areas'] {
  return file.task_areas.map((a) => ({ ...a, criteria: a.criteria.map(map) }));
}

/** A unit code from its name ("Tư pháp - Hộ tịch" → TU_PHAP_HO_TICH), not one the organization used before. */
function codeFor(name: string, taken: ReadonlySet<string>): string {
  const base = searchKey(name).toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 30).replace(/_+$/, '') || 'DON_VI';
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}_${n}`;
  return candidate;
}

type Payload = { key: string; args: Record<string, string | number> };

/** What the heads are told, and of which units: weights changed together are one message. */
function notices(change: CampaignChange, plan: Plan): Array<{ payload: Payload; units: number[] }> {
  if (change.kind !== 'set-weight') return plan.edits.map((edit, i) => ({ payload: tell(edit), units: plan.units[i]! }));
  return [{ payload: weightsTold(plan.edits), units: [...new Set(plan.units.flat())] }];
}

function weightsTold(edits: readonly ChangeEdit[]): Payload {
  const lines = edits.flatMap((e) => (e.subject === 'weight' ? [`${e.title}: ${formatNumber(e.before)} → ${formatNumber(e.after)}`] : []));
  return { key: 'campaign-change-told-weights', args: { changes: lines.join('; ') } };
}

/** The message a head of an affected unit gets (campaign-changes.ftl). */
function tell(edit: ChangeEdit): Payload {
  switch (edit.subject) {
    case 'deadline':
      return { key: 'campaign-change-told-deadline', args: { title: edit.title, before: formatDate(edit.before), after: formatDate(edit.after) } };
    case 'unit-added':
      return { key: 'campaign-change-told-unit-added', args: { name: edit.name } };
    case 'unit-renamed':
      return { key: 'campaign-change-told-unit-renamed', args: { before: edit.before, after: edit.after } };
    case 'unit-retired':
      return { key: 'campaign-change-told-unit-retired', args: { name: edit.name } };
    case 'target':
      return {
        key: 'campaign-change-told-target',
        args: { title: edit.title, before: edit.before === null ? 'none' : formatValue(edit.before, edit.unitOfMeasure), after: formatValue(edit.after, edit.unitOfMeasure) },
      };
    case 'weight':
      return weightsTold([edit]);
    case 'quota':
      return { key: 'campaign-change-told-quota', args: { title: edit.title, nominee: edit.nominee, before: edit.before ?? 'none', after: edit.after ?? 'none' } };
  }
}
