import { stringify } from 'yaml';
import { parseCampaignFile } from '../../campaign-file/parse.js';
import type { Db } from '../../db/client.js';
import { formatDate, parseDate } from '../../domain/dates.js';
import { MAX_FILE_BYTES, type IncomingFile } from '../../domain/file-types.js';
import { may } from '../../domain/permissions.js';
import { cleanText } from '../../domain/text.js';
import type { Translate } from '../../i18n/i18n.js';
import { draftCampaign, isFound, valueOf, type Missing, type Origin, type PlanDraft } from '../../plan-reader/draft/index.js';
import { unitKey } from '../../plan-reader/draft/offices.js';
import { PlanReadError, readPlan } from '../../plan-reader/read.js';
import { draftToCampaignFile, suggestCode } from '../../plan-reader/to-campaign-file.js';
import type { Clock } from '../shared/clock.js';
import { audit } from '../shared/audit.js';
import { RuleError } from '../shared/errors.js';
import { importInto } from './campaign-import.js';
import { createInvite } from './invite-codes.js';
import type { Actor } from './members.js';

// A campaign started in chat from the plan document the secretariat sends (/kehoach): the plan is
// read and drafted (every value with the sentence it came from), kept as a PlanDraft row so the
// review survives a restart, corrected item by item, completed with the units, and published
// through the same validation and import as a campaign file. Nothing is written for a plan that
// cannot be read or does not look like a plan.

/** What a PlanDraft row holds (its `content`): the drafter's output as corrected in chat. */
export interface DraftContent {
  draft: PlanDraft;
  /** the campaign's code, proposed from the organization and the year; the officer may retype it */
  campaignCode: string;
  /** ids of the items retyped in chat (shown as such instead of a quote) */
  edited: string[];
}

export type DraftSection = 'header' | 'legal' | 'period' | 'offices' | 'areas' | 'awards' | 'eligibility' | 'dossier' | 'deadlines';
export const DRAFT_SECTIONS: readonly DraftSection[] = ['header', 'legal', 'period', 'offices', 'areas', 'awards', 'eligibility', 'dossier', 'deadlines'];

/** How an item is retyped; `fixed` ones are changed in the campaign file, not in chat. */
export type EditKind = 'text' | 'date' | 'period' | 'target' | 'quota' | 'code' | 'fixed';

/** One numbered line of the draft as the officer checks it. */
export interface DraftItem {
  id: string;
  section: DraftSection;
  /** a Fluent key naming the item, with its arguments */
  label: { key: string; args?: Record<string, string | number> };
  /** the value as shown; null when the plan does not say it */
  value: string | null;
  /** where the value came from */
  source: { kind: 'plan'; origin: Origin } | { kind: 'default'; why: string } | { kind: 'edited' } | { kind: 'missing' };
  edit: EditKind;
}

export interface DraftView {
  id: number;
  fileName: string | null;
  items: DraftItem[];
  /** what the plan does not say and chat has not filled in (Fluent keys naming each) */
  missing: Missing[];
}

export interface Published {
  campaignId: number;
  code: string;
  title: string;
  period: { from: string; to: string };
  units: number;
  criteria: number;
  invites: Array<{ unit: string; code: string; expiresAt: Date }>;
}

const TEXT_MAX = 300;
const TARGET = /^(\d+(?:[.,]\d+)?)\s*(.*)$/u;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A line of a typed list: its bullet or number is not part of the name ("1. Văn phòng", "- Tư pháp"). */
const BULLET = /^\s*(?:[-–•*+]|\d{1,2}[.)/])\s*/u;

const found = (value: string): { value: string; from: Origin } => ({ value, from: { quote: value, location: '' } });

export class PlanDraftService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /**
   * Reads and drafts the plan sent; a plan refused (unreadable, scanned, not a plan) leaves nothing
   * behind. A new plan replaces the ADMIN's draft still open, which is kept as cancelled.
   */
  async create(actor: Actor, file: IncomingFile): Promise<DraftView> {
    this.check(actor);
    if (file.size !== null && file.size > MAX_FILE_BYTES) throw new PlanReadError('plan-read-too-big', { maxMb: Math.round(MAX_FILE_BYTES / 1024 / 1024) });
    const bytes = await file.download();
    // A file read from disk (the console's) is a Node Buffer, which the PDF reader refuses: a plain view of it.
    const plan = await readPlan(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), file.name, file.mime);
    const draft = draftCampaign(plan);
    if (!recognisable(draft)) throw new RuleError('plan-chat-not-a-plan');
    const organization = await this.db.organization.findUniqueOrThrow({ where: { id: actor.organizationId } });
    const year = (draft.period?.value.from ?? draft.issuedOn?.value ?? formatDate(this.clock())).slice(-4);
    const content: DraftContent = { draft, campaignCode: await this.freeCampaignCode(`${organization.code}-${year}`), edited: [] };
    const row = await this.db.$transaction(async (tx) => {
      await tx.planDraft.updateMany({ where: { createdById: actor.memberId, status: 'OPEN' }, data: { status: 'CANCELLED' } });
      return tx.planDraft.create({ data: { organizationId: actor.organizationId, createdById: actor.memberId, fileName: file.name, content: JSON.stringify(content) } });
    });
    return view(row.id, row.fileName, content);
  }

  /** The ADMIN's draft still under review, if any. */
  async open(actor: Actor): Promise<DraftView | null> {
    const row = await this.db.planDraft.findFirst({ where: { createdById: actor.memberId, organizationId: actor.organizationId, status: 'OPEN' }, orderBy: { id: 'desc' } });
    return row ? view(row.id, row.fileName, contentOf(row.content)) : null;
  }

  async load(actor: Actor, draftId: number): Promise<DraftView> {
    const { row, content } = await this.openRow(actor, draftId);
    return view(row.id, row.fileName, content);
  }

  /** Retypes item `number` (1-based, as shown); a value that does not fit is refused with the reason. */
  async correct(actor: Actor, draftId: number, number: number, typed: string): Promise<{ view: DraftView; item: DraftItem }> {
    const { row, content } = await this.openRow(actor, draftId);
    const items = itemsOf(content);
    const item = items[number - 1];
    if (!item) throw new RuleError('plan-chat-fix-no-item', { number, count: items.length });
    const text = cleanText(typed);
    if (text === '') throw new RuleError('plan-chat-fix-empty');
    if (text.length > TEXT_MAX) throw new RuleError('plan-chat-fix-too-long', { max: TEXT_MAX, length: text.length });
    if (item.edit === 'code') content.campaignCode = await this.newCampaignCode(text);
    else apply(content.draft, item, text);
    if (!content.edited.includes(item.id)) content.edited.push(item.id);
    await this.save(row.id, content);
    const after = view(row.id, row.fileName, content);
    return { view: after, item: after.items[number - 1]! };
  }

  /** Adds the units typed one per line; names already in the draft (spelled with or without diacritics) are skipped. */
  async addUnits(actor: Actor, draftId: number, typed: string): Promise<{ view: DraftView; added: string[]; skipped: string[] }> {
    const { row, content } = await this.openRow(actor, draftId);
    const added: string[] = [];
    const skipped: string[] = [];
    for (const line of typed.split('\n')) {
      const name = cleanText(line.replace(BULLET, ''));
      if (name === '') continue;
      if (name.length > TEXT_MAX) throw new RuleError('plan-chat-fix-too-long', { max: TEXT_MAX, length: name.length });
      if (content.draft.units.some((u) => unitKey(u.value) === unitKey(name))) skipped.push(name);
      else {
        content.draft.units.push(found(name));
        content.edited.push(`unit:${content.draft.units.length - 1}`);
        added.push(name);
      }
    }
    if (added.length === 0 && skipped.length === 0) throw new RuleError('plan-chat-units-empty');
    await this.save(row.id, content);
    return { view: view(row.id, row.fileName, content), added, skipped };
  }

  /** Gives the draft up; the row stays, as cancelled, for the record. */
  async cancel(actor: Actor, draftId: number): Promise<void> {
    const { row } = await this.openRow(actor, draftId);
    await this.db.planDraft.update({ where: { id: row.id }, data: { status: 'CANCELLED' } });
  }

  /**
   * Publishes the draft as a new campaign: the campaign file it makes is checked as an imported
   * file is, then imported in the transaction that marks the draft published; then an invite code
   * for the head of every unit. A draft still missing a required value is refused with the list.
   */
  async publish(actor: Actor, draftId: number, t: Translate): Promise<Published> {
    const { row, content } = await this.openRow(actor, draftId);
    const organization = await this.db.organization.findUniqueOrThrow({ where: { id: actor.organizationId }, include: { parent: true } });
    const existingUnits = await this.db.unit.findMany({ where: { organizationId: organization.id } });
    const { file, notes } = draftToCampaignFile(content.draft, {
      t,
      organizationCode: organization.code,
      campaignCode: content.campaignCode,
      unitCodes: unitCodes(content.draft.units.map((u) => u.value), existingUnits),
    });
    // The organization stays as the bot knows it: a plan does not rename it or move it to another city.
    file.organization = {
      code: organization.code,
      name: organization.name,
      ...(organization.province ? { province: organization.province } : {}),
      ...(organization.parent ? { city: { code: organization.parent.code, name: organization.parent.name } } : {}),
    };
    const parsed = parseCampaignFile(stringify(file), `${content.campaignCode}.yaml`);
    if (!parsed.ok) {
      // Said in the draft's words where the plan left a required value out; the file's own errors otherwise.
      const blocking = [...new Set(notes.flatMap((n) => (n.kind === 'missing' && isEmptyAt(file, n.path) ? [n.text] : [])))];
      if (blocking.length > 0) throw new RuleError('plan-chat-publish-missing', { list: blocking.map((m) => `- ${m}`).join('\n') });
      throw new RuleError('plan-chat-publish-invalid', { list: parsed.errors.map((e) => `- ${t(e.key, e.args)}`).join('\n') });
    }
    const summary = await this.db.$transaction(
      async (tx) => {
        // A new campaign, never an update of a running one that happens to have the code.
        if (await tx.campaign.findUnique({ where: { code: parsed.file.campaign.code } })) throw new RuleError('plan-chat-code-taken', { code: parsed.file.campaign.code });
        const marked = await tx.planDraft.updateMany({ where: { id: row.id, status: 'OPEN' }, data: { status: 'PUBLISHED' } });
        if (marked.count === 0) throw new RuleError('plan-chat-draft-gone');
        const imported = await importInto(tx, parsed.file);
        await tx.planDraft.update({ where: { id: row.id }, data: { campaignId: imported.campaignId } });
        await audit(tx, { actorId: actor.memberId, action: 'campaign.publish-plan', entity: 'Campaign', entityId: imported.campaignId, details: { planDraftId: row.id } });
        return imported;
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
    const units = await this.db.unit.findMany({ where: { organizationId: organization.id, code: { in: parsed.file.units.map((u) => u.code) } }, orderBy: { sortOrder: 'asc' } });
    const invites: Published['invites'] = [];
    for (const unit of units) {
      const invite = await createInvite(this.db, { organizationId: organization.id, unitId: unit.id, role: 'HEAD', createdById: actor.memberId, now: this.clock() });
      invites.push({ unit: unit.name, code: invite.code, expiresAt: invite.expiresAt });
    }
    const criteria = parsed.file.task_areas.reduce((n, a) => n + a.criteria.length, 0);
    return {
      campaignId: summary.campaignId,
      code: summary.campaignCode,
      title: parsed.file.campaign.title,
      period: { from: formatDate(parsed.file.campaign.period.from), to: formatDate(parsed.file.campaign.period.to) },
      units: units.length,
      criteria,
      invites,
    };
  }

  private check(actor: Actor): void {
    if (!may(actor, 'campaign.draft')) throw new RuleError('forbidden-role');
  }

  private async openRow(actor: Actor, draftId: number) {
    this.check(actor);
    const row = await this.db.planDraft.findFirst({ where: { id: draftId, createdById: actor.memberId, organizationId: actor.organizationId } });
    if (!row || row.status !== 'OPEN') throw new RuleError('plan-chat-draft-gone');
    return { row, content: contentOf(row.content) };
  }

  private async save(id: number, content: DraftContent): Promise<void> {
    await this.db.planDraft.update({ where: { id }, data: { content: JSON.stringify(content) } });
  }

  /** `base`, or base-2, base-3… when a campaign has it already. */
  private async freeCampaignCode(base: string): Promise<string> {
    const taken = new Set((await this.db.campaign.findMany({ where: { code: { startsWith: base } }, select: { code: true } })).map((c) => c.code));
    let code = base;
    for (let n = 2; taken.has(code); n++) code = `${base}-${n}`;
    return code;
  }

  private async newCampaignCode(text: string): Promise<string> {
    const code = text.toLowerCase();
    if (!SLUG.test(code)) throw new RuleError('plan-chat-fix-code', { text });
    if (await this.db.campaign.findUnique({ where: { code } })) throw new RuleError('plan-chat-code-taken', { code });
    return code;
  }
}

/**
 * Whether the drafter found anything a campaign is made of: a letter or a report sent by mistake
 * has no task areas, criteria, units, award forms, standards, dossier or deadlines.
 */
function recognisable(d: PlanDraft): boolean {
  return d.taskAreas.length + d.criteria.length + d.units.length + d.eligibility.length + d.dossier.length + d.deadlines.length > 0 || d.quotas.some((q) => isFound(q.award));
}

/**
 * Stored by this service only, so it is read back as written; a row of an unknown shape (written
 * by a later version, say) is a draft that can no longer be continued.
 */
function contentOf(json: string): DraftContent {
  const data: unknown = JSON.parse(json);
  if (data === null || typeof data !== 'object' || !('draft' in data) || !('campaignCode' in data) || !('edited' in data)) throw new RuleError('plan-chat-draft-gone');
  return data as DraftContent;
}

function view(id: number, fileName: string | null, content: DraftContent): DraftView {
  return { id, fileName, items: itemsOf(content), missing: stillMissing(content.draft) };
}

/**
 * What the plan left out and chat has not filled in since, as the drafter named it. The
 * organization's name is the bot's own (see publish), so it is never missing here.
 */
function stillMissing(d: PlanDraft): Missing[] {
  const filled: Record<string, boolean> = {
    'organization.name': true,
    'plan.number': d.planNumber !== undefined,
    'plan.date': d.issuedOn !== undefined,
    'campaign.title': d.title !== undefined,
    'campaign.period': d.period !== undefined,
    'campaign.lead_office': d.leadOffice !== undefined,
    'campaign.legal_basis': d.legalBases.length > 0,
    units: d.units.length > 0,
    'award_quotas.max': d.quotas.some((q) => q.max !== undefined),
  };
  return d.missing.filter((m) => filled[m.path] !== true);
}

/** The draft's numbered items, section by section, in the order they are shown. */
export function itemsOf(content: DraftContent): DraftItem[] {
  const { draft } = content;
  const items: DraftItem[] = [];
  const add = (id: string, section: DraftSection, label: DraftItem['label'], value: string | null, origin: Origin | null, edit: EditKind, why?: string) => {
    const source: DraftItem['source'] = content.edited.includes(id)
      ? { kind: 'edited' }
      : origin
        ? { kind: 'plan', origin }
        : why
          ? { kind: 'default', why }
          : { kind: 'missing' };
    items.push({ id, section, label, value, source, edit });
  };
  add('title', 'header', { key: 'plan-chat-item-title' }, draft.title?.value ?? null, draft.title?.from ?? null, 'text');
  add('number', 'header', { key: 'plan-chat-item-number' }, draft.planNumber?.value ?? null, draft.planNumber?.from ?? null, 'text');
  add('issued', 'header', { key: 'plan-chat-item-issued' }, draft.issuedOn?.value ?? null, draft.issuedOn?.from ?? null, 'date');
  add('code', 'header', { key: 'plan-chat-item-code' }, content.campaignCode, null, 'code', 'plan-chat-default-code');
  if (draft.legalBases.length === 0) add('legal:0', 'legal', { key: 'plan-chat-item-legal' }, null, null, 'text');
  draft.legalBases.forEach((b, i) => add(`legal:${i}`, 'legal', { key: 'plan-chat-item-legal' }, b.value, b.from, 'text'));
  const period = draft.period ? `${draft.period.value.from} – ${draft.period.value.to}` : null;
  add('period', 'period', { key: 'plan-chat-item-period' }, period, draft.period?.from ?? null, 'period');
  add('lead', 'offices', { key: 'plan-chat-item-lead' }, draft.leadOffice?.value ?? null, draft.leadOffice?.from ?? null, 'text');
  draft.units.forEach((u, i) => add(`unit:${i}`, 'offices', { key: 'plan-chat-item-unit' }, u.value, u.from.location === '' ? null : u.from, 'text', 'plan-chat-default-added'));
  draft.taskAreas.forEach((a, i) => add(`area:${i}`, 'areas', { key: 'plan-chat-item-area' }, a.value, a.from, 'text'));
  draft.criteria.forEach((c, i) => {
    const direction = c.target.direction === 'LOWER_IS_BETTER' ? 'lower' : 'higher';
    add(`criterion:${i}`, 'areas', { key: 'plan-chat-item-criterion', args: { title: c.title, direction } }, withUnit(c.target.value, c.target.unitOfMeasure), c.from, 'target');
  });
  draft.quotas.forEach((q, i) => {
    const award = valueOf(q.award);
    const max = q.max ? String(q.max.value).padStart(2, '0') : null;
    const origin = q.max?.from ?? (isFound(q.award) ? q.award.from : null);
    add(`quota:${i}`, 'awards', { key: 'plan-chat-item-quota', args: { nominee: q.nominee, award: award.title } }, max, origin, 'quota', isFound(q.award) ? undefined : q.award.why);
  });
  const awardTitles = new Map(draft.quotas.map((q) => [valueOf(q.award).form, valueOf(q.award).title]));
  draft.eligibility.forEach((c, i) => {
    // every standard is shown, the "one of" ones after their lead-in, so that none is checked unseen
    const parts = [...c.allOf.map((r) => r.title), ...(c.anyOf ? [`${c.anyOf.title}: ${c.anyOf.items.map((r) => r.title).join('; ')}`] : [])];
    const forms = (c.forms ?? []).map((form) => awardTitles.get(form) ?? form).join(', ');
    const origin = c.allOf[0]?.from ?? c.anyOf?.items[0]?.from ?? null;
    const label = { key: 'plan-chat-item-eligibility', args: { nominee: c.nominee, forms: forms || 'all' } };
    add(`eligibility:${i}`, 'eligibility', label, parts.length > 0 ? parts.join('; ') : null, origin, 'fixed', parts.length > 0 ? undefined : 'plan-chat-default-eligibility');
  });
  draft.dossier.forEach((d, i) => add(`doc:${i}`, 'dossier', { key: 'plan-chat-item-document' }, d.title, d.from, 'text'));
  draft.deadlines.forEach((d, i) => add(`deadline:${i}`, 'deadlines', { key: 'plan-chat-item-deadline', args: { title: d.title } }, d.due, d.from, 'date'));
  return items;
}

/** Writes a retyped value into the draft; the origin becomes the chat (the item is marked edited). */
function apply(draft: PlanDraft, item: DraftItem, text: string): void {
  const [kind, at] = item.id.split(':') as [string, string | undefined];
  const i = Number(at ?? 0);
  switch (item.edit) {
    case 'fixed':
      throw new RuleError('plan-chat-fix-fixed');
    case 'date': {
      const day = dateOf(text);
      if (kind === 'issued') draft.issuedOn = found(day);
      else draft.deadlines[i]!.due = day;
      return;
    }
    case 'period': {
      const m = /^(\S+)\s*(?:-|–|—|đến|den)\s*(\S+)$/iu.exec(text);
      if (!m) throw new RuleError('plan-chat-fix-period', { text });
      const from = dateOf(m[1]!);
      const to = dateOf(m[2]!);
      if (parseDate(from)!.getTime() > parseDate(to)!.getTime()) throw new RuleError('plan-chat-fix-period-order', { from, to });
      draft.period = { value: { from, to }, from: { quote: text, location: '' } };
      return;
    }
    case 'target': {
      const m = TARGET.exec(text);
      if (!m) throw new RuleError('plan-chat-fix-number', { text });
      const criterion = draft.criteria[i]!;
      criterion.target.value = Number(m[1]!.replace(',', '.'));
      if (m[2]) criterion.target.unitOfMeasure = m[2];
      return;
    }
    case 'quota': {
      if (!/^\d{1,4}$/.test(text) || Number(text) < 1) throw new RuleError('plan-chat-fix-quota', { text });
      draft.quotas[i]!.max = { value: Number(text), from: { quote: text, location: '' } };
      return;
    }
    case 'text':
      if (kind === 'title') draft.title = found(text);
      else if (kind === 'number') draft.planNumber = found(text);
      else if (kind === 'legal') draft.legalBases[i] = found(text);
      else if (kind === 'lead') draft.leadOffice = found(text);
      else if (kind === 'unit') draft.units[i]!.value = text;
      else if (kind === 'area') draft.taskAreas[i]!.value = text;
      else if (kind === 'doc') draft.dossier[i]!.title = text;
      return;
    case 'code':
      return;
  }
}

/** "95%", "3 vụ": a percent sign sticks to its number, other units stand apart. */
function withUnit(value: number, unit: string): string {
  return unit === '%' || unit === '' ? `${value}${unit}` : `${value} ${unit}`;
}

function dateOf(text: string): string {
  const day = parseDate(text);
  if (!day) throw new RuleError('plan-chat-fix-date', { text });
  return formatDate(day);
}

/**
 * A code for each unit: the one the organization already uses for a unit of that name (so its
 * members and history stay), else the initials of the name, numbered when two would clash.
 */
function unitCodes(names: string[], existing: Array<{ code: string; name: string }>): Record<string, string> {
  const codes: Record<string, string> = {};
  const used = new Set<string>();
  for (const name of names) {
    const same = existing.find((u) => unitKey(u.name) === unitKey(name) && !used.has(u.code));
    if (same) {
      codes[name] = same.code;
      used.add(same.code);
    }
  }
  const taken = new Set([...existing.map((u) => u.code), ...used]);
  for (const name of names) {
    if (codes[name]) continue;
    const base = suggestCode(name).replace(/[^A-Z0-9]/g, '') || 'DV';
    let code = base;
    for (let n = 2; taken.has(code); n++) code = `${base}${n}`;
    codes[name] = code;
    taken.add(code);
  }
  return codes;
}

/** Whether the file has nothing at `path` (a required value the draft could not fill). */
function isEmptyAt(file: Record<string, unknown>, path: (string | number)[]): boolean {
  let at: unknown = file;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return true;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at === null || at === undefined || (Array.isArray(at) && at.length === 0);
}
