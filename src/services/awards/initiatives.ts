import type { Db } from '../../db/client.js';
import { checkDecisionDate, parseDecisionNumber } from '../../domain/award-decisions.js';
import { formatDate } from '../../domain/dates.js';
import { cleanLines, cleanText } from '../../domain/text.js';
import type { Channel, InitiativeStatus } from '../../generated/prisma/client.js';
import { audit } from '../shared/audit.js';
import type { Clock } from '../shared/clock.js';
import { RuleError } from '../shared/errors.js';
import type { FileStore, StoredBlob } from '../shared/file-store.js';
import type { Actor } from '../campaigns/members.js';
import { may } from '../../domain/permissions.js';

// Initiatives (sáng kiến): any member submits one; the secretariat recognises or
// declines it with a note. Recognised initiatives count where the award rules ask for one. The law's
// sáng kiến is one a competent level recognised (docs/award-rules.md §1.4): recognising records who
// recognised it (cấp, cơ quan) and under which decision (số, ngày).

export const INITIATIVE_TITLE = { min: 5, max: 200 } as const;
export const INITIATIVE_SUMMARY = { min: 10, max: 2000 } as const;
export const DECISION_NOTE_MAX = 1000;
export const RECOGNISED_BY = { min: 3, max: 200 } as const;

/** The recognition on record, as typed: checked by `decide`. */
export interface RecognitionInput {
  /** the level or office that recognised it: "Chủ tịch UBND xã", "Hội đồng sáng kiến xã" */
  recognisedBy: string;
  decisionNumber: string;
  /** dd/mm/yyyy */
  decisionDate: string;
}

export interface InitiativeView {
  id: number;
  title: string;
  summary: string;
  status: InitiativeStatus;
  memberId: number;
  memberName: string;
  unitId: number | null;
  unitName: string | null;
  decisionNote: string | null;
  decidedAt: Date | null;
  /** the recognition on record: who, under which decision (số, ngày) */
  recognisedBy: string | null;
  decisionNumber: string | null;
  decisionDate: Date | null;
  createdAt: Date;
  /** the attached file, if any */
  file: { evidenceId: number; name: string } | null;
}

export interface InitiativeFilter {
  memberId?: number;
  unitId?: number;
  status?: InitiativeStatus;
}

/** Throws the length rule a piece of text breaks; returns it cleaned otherwise. */
function checkedText(text: string, limits: { min: number; max: number }, reason: 'initiative-title-length' | 'initiative-summary-length'): string {
  // a title is one line; a summary keeps the lines it was typed in
  const clean = reason === 'initiative-title-length' ? cleanText(text) : cleanLines(text);
  if (clean.length < limits.min || clean.length > limits.max) throw new RuleError(reason, { min: limits.min, max: limits.max, length: clean.length });
  return clean;
}

/** The recognition checked field by field; the first thing wrong is the refusal. */
export function checkedRecognition(input: RecognitionInput | undefined, today: Date): { recognisedBy: string; decisionNumber: string; decisionDate: Date } {
  if (input === undefined) throw new RuleError('initiative-recognition-required');
  const recognisedBy = cleanText(input.recognisedBy);
  if (recognisedBy.length < RECOGNISED_BY.min || recognisedBy.length > RECOGNISED_BY.max)
    throw new RuleError('initiative-recognised-by-length', { ...RECOGNISED_BY, length: recognisedBy.length });
  const decisionNumber = parseDecisionNumber(input.decisionNumber);
  if (decisionNumber === null) throw new RuleError('decision-number-invalid', { text: input.decisionNumber });
  const day = checkDecisionDate(input.decisionDate, today);
  if ('reason' in day) throw new RuleError(day.reason, { text: input.decisionDate, proposed: '' });
  return { recognisedBy, decisionNumber, decisionDate: day.date };
}

export class InitiativeService {
  constructor(
    private readonly db: Db,
    private readonly files: FileStore,
    private readonly clock: Clock,
  ) {}

  /**
   * Records an initiative of the actor, with the unit they belong to now. The file, if any, is
   * kept as Evidence of that unit, so a member without a unit can submit only the text.
   */
  async submit(actor: Actor, campaignId: number, input: { title: string; summary: string; file?: StoredBlob; channel: Channel }): Promise<{ id: number }> {
    const title = checkedText(input.title, INITIATIVE_TITLE, 'initiative-title-length');
    const summary = checkedText(input.summary, INITIATIVE_SUMMARY, 'initiative-summary-length');
    if (input.file && !actor.unit) throw new RuleError('initiative-file-no-unit');
    return this.db.$transaction(async (tx) => {
      const campaign = await tx.campaign.findFirst({ where: { id: campaignId, organizationId: actor.organizationId }, select: { id: true } });
      if (!campaign) throw new RuleError('campaign-none');
      const now = this.clock();
      const created = await tx.initiative.create({
        data: { campaignId, memberId: actor.memberId, unitId: actor.unit?.id ?? null, title, summary, createdAt: now },
      });
      if (input.file && actor.unit) {
        const f = input.file;
        await tx.evidence.create({
          data: {
            campaignId,
            unitId: actor.unit.id,
            memberId: actor.memberId,
            initiativeId: created.id,
            originalName: f.originalName,
            mime: f.mime,
            size: f.size,
            sha256: f.sha256,
            storageKey: f.storageKey,
            sourceChannel: input.channel,
            createdAt: now,
          },
        });
      }
      await audit(tx, { actorId: actor.memberId, action: 'initiative.submit', entity: 'Initiative', entityId: created.id, details: { title, file: input.file?.sha256 ?? null } });
      return { id: created.id };
    });
  }

  /**
   * The secretariat's decision. Recognising needs the recognition on record (who, decision số and
   * ngày); declining needs a note that tells the author why. A decision is final, and a second
   * one (two admins at once included) is refused naming the first.
   */
  async decide(
    actor: Actor,
    campaignId: number,
    initiativeId: number,
    decision: 'RECOGNISED' | 'DECLINED',
    note: string | null,
    recognition?: RecognitionInput,
  ): Promise<InitiativeView> {
    if (!may(actor, 'initiative.decide')) throw new RuleError('initiative-decide-forbidden');
    const cleanNote = note === null ? '' : cleanLines(note);
    if (decision === 'DECLINED' && cleanNote === '') throw new RuleError('initiative-note-required');
    if (cleanNote.length > DECISION_NOTE_MAX) throw new RuleError('initiative-note-too-long', { max: DECISION_NOTE_MAX, length: cleanNote.length });
    const record = decision === 'RECOGNISED' ? checkedRecognition(recognition, this.clock()) : { recognisedBy: null, decisionNumber: null, decisionDate: null };
    await this.db.$transaction(async (tx) => {
      const found = await tx.initiative.findFirst({ where: { id: initiativeId, campaignId } });
      if (!found) throw new RuleError('initiative-gone');
      const now = this.clock();
      const changed = await tx.initiative.updateMany({
        where: { id: initiativeId, status: 'SUBMITTED' },
        data: { status: decision, decisionNote: cleanNote === '' ? null : cleanNote, decidedById: actor.memberId, decidedAt: now, ...record },
      });
      if (changed.count === 0) {
        const first = await tx.initiative.findUniqueOrThrow({ where: { id: initiativeId } });
        throw new RuleError('initiative-already-decided', { status: first.status, date: first.decidedAt ? formatDate(first.decidedAt) : '' });
      }
      await audit(tx, {
        actorId: actor.memberId,
        action: 'initiative.decide',
        entity: 'Initiative',
        entityId: initiativeId,
        details: { decision, note: cleanNote, recognisedBy: record.recognisedBy, decisionNumber: record.decisionNumber },
      });
    });
    return (await this.list(campaignId, {})).find((i) => i.id === initiativeId)!;
  }

  /** Initiatives of a campaign, oldest first. */
  async list(campaignId: number, filter: InitiativeFilter): Promise<InitiativeView[]> {
    const rows = await this.db.initiative.findMany({
      where: { campaignId, memberId: filter.memberId, unitId: filter.unitId, status: filter.status },
      include: { member: true, unit: true, evidence: { orderBy: { id: 'asc' }, take: 1 } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      summary: r.summary,
      status: r.status,
      memberId: r.memberId,
      memberName: r.member.fullName,
      unitId: r.unitId,
      unitName: r.unit?.name ?? null,
      decisionNote: r.decisionNote,
      decidedAt: r.decidedAt,
      recognisedBy: r.recognisedBy,
      decisionNumber: r.decisionNumber,
      decisionDate: r.decisionDate,
      createdAt: r.createdAt,
      file: r.evidence[0] ? { evidenceId: r.evidence[0].id, name: r.evidence[0].originalName } : null,
    }));
  }

  /**
   * Recognised initiatives of a person, or of a unit: those submitted while their authors were
   * in it (the unit recorded with each initiative), which is what a collective's record shows.
   */
  async recognisedCount(campaignId: number, whose: { memberId: number } | { unitId: number }): Promise<number> {
    return this.db.initiative.count({ where: { campaignId, status: 'RECOGNISED', ...whose } });
  }

  /** The attached file, for its author and the secretariat. */
  async attachment(actor: Actor, campaignId: number, initiativeId: number): Promise<{ name: string; mime: string; bytes: Uint8Array } | null> {
    const found = await this.db.initiative.findFirst({ where: { id: initiativeId, campaignId }, include: { evidence: { orderBy: { id: 'asc' }, take: 1 } } });
    // Someone else's initiative is answered as if it did not exist: nothing to learn from the refusal.
    if (!found || (found.memberId !== actor.memberId && !may(actor, 'initiative.decide'))) throw new RuleError('initiative-gone');
    const file = found.evidence[0];
    return file ? { name: file.originalName, mime: file.mime, bytes: await this.files.read(file.storageKey) } : null;
  }
}
