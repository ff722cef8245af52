import { stringify } from 'yaml';
import { parseCampaignFile } from '../../campaign-file/parse.js';
import type { Db } from '../../db/client.js';
import { formatDate } from '../../domain/dates.js';
import { MAX_FILE_BYTES, type IncomingFile } from '../../domain/file-types.js';
import { may } from '../../domain/permissions.js';
import { cleanText } from '../../domain/text.js';
import type { Translate } from '../../i18n/i18n.js';
import { draftCampaign, isFound, type PlanDraft } from '../../plan-reader/draft/index.js';
import { unitKey } from '../../plan-reader/draft/offices.js';
import { PlanReadError, readPlan } from '../../plan-reader/read.js';
import { draftToCampaignFile } from '../../plan-reader/to-campaign-file.js';
import type { Clock } from '../shared/clock.js';
import { audit } from '../shared/audit.js';
import { RuleError } from '../shared/errors.js';
import { importInto } from './campaign-import.js';
import { createInvite } from './invite-codes.js';
import type { Actor } from './members.js';
import { apply, found } from './plan-draft-edits.js';
import { isEmptyAt, unitCodes } from './plan-draft-publishing.js';
import type { DraftContent, DraftItem, DraftView, Published } from './plan-draft-types.js';
import { itemsOf, view } from './plan-draft-view.js';

// A campaign started in chat from the plan document the secretariat sends (/kehoach): the plan is
// read and drafted (every value with the sentence it came from), kept as a PlanDraft row so the
// review survives a restart, corrected item by item, completed with the units, and published
// through the same validation and import as a campaign file. Nothing is written for a plan that
// cannot be read or does not look like a plan.

const TEXT_MAX = 300;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A line of a typed list: its bullet or number is not part of the name ("1. Văn phòng", "- Tư pháp"). */
const BULLET = /^\s*(?:[-–•*+]|\d{1,2}[.)/])\s*/u;


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
