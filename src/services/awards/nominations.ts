import type { Db } from '../../db/client.js';
import type { NomineeKind } from '../../domain/eligibility.js';
import { formatDate } from '../../domain/dates.js';
import { cleanLines } from '../../domain/text.js';
import type { Channel, NominationStatus, Prisma } from '../../generated/prisma/client.js';
import { audit } from '../shared/audit.js';
import type { CampaignService } from '../campaigns/campaigns.js';
import type { Clock } from '../shared/clock.js';
import type { DossierService } from './dossier.js';
import { attest, attestationsOf, confirmAttestation, refuseAttestation, withdrawAttestation } from './attestations.js';
import { RuleError } from '../shared/errors.js';
import type { FileStore, StoredBlob } from '../shared/file-store.js';
import type { InitiativeService } from './initiatives.js';
import type { Actor } from '../campaigns/members.js';
import { STANDING, type Nominee } from './nominee-view.js';
import { checkNominee, type NominationCheck } from './nomination-eligibility.js';
import type { StandingsService } from '../reporting/standings.js';
import { mayActForUnit } from '../../domain/permissions.js';

// Nominations (đề nghị khen thưởng): a head proposes the unit or one of its
// people for an award form the campaign has a quota for; the eligibility rules of
// the plan's checklist (domain/eligibility.ts, nomination-eligibility.ts) decides whether it may
// go to the council.

export type { NominationCheck };

export const NOMINATION_SUMMARY = { min: 20, max: 3000 } as const;

export interface NominationView extends Nominee {
  id: number;
  awardForm: string;
  awardTitle: string;
  unitName: string;
  memberName: string | null;
  summary: string;
  status: NominationStatus;
  createdAt: Date;
}

type Tx = Prisma.TransactionClient;

export class NominationService {
  constructor(
    private readonly db: Db,
    private readonly campaigns: CampaignService,
    private readonly standings: StandingsService,
    private readonly initiatives: InitiativeService,
    private readonly dossier: DossierService,
    private readonly files: FileStore,
    private readonly clock: Clock,
  ) {}

  /** The award forms the campaign has a quota for, for one kind of nominee. */
  async forms(campaignId: number, kind: NomineeKind): Promise<Array<{ awardForm: string; awardTitle: string; maxCount: number | null }>> {
    return this.db.awardQuota.findMany({ where: { campaignId, nomineeKind: kind }, orderBy: { id: 'asc' }, select: { awardForm: true, awardTitle: true, maxCount: true } });
  }

  async list(campaignId: number, filter: { unitId?: number; status?: NominationStatus }): Promise<NominationView[]> {
    const [rows, quotas] = await Promise.all([
      this.db.nomination.findMany({
        where: { campaignId, unitId: filter.unitId, status: filter.status },
        include: { unit: true, member: true },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
      this.db.awardQuota.findMany({ where: { campaignId } }),
    ]);
    return rows.map((r) => ({
      id: r.id,
      kind: r.nomineeKind,
      unitId: r.unitId,
      memberId: r.memberId,
      awardForm: r.awardForm,
      // A form whose quota was removed from the campaign file keeps its code as its name.
      awardTitle: quotas.find((q) => q.nomineeKind === r.nomineeKind && q.awardForm === r.awardForm)?.awardTitle ?? r.awardForm,
      unitName: r.unit.name,
      memberName: r.member?.fullName ?? null,
      summary: r.summary,
      status: r.status,
      createdAt: r.createdAt,
    }));
  }

  /** The nomination that already stands for this nominee and form, if any. */
  async findStanding(campaignId: number, nominee: Nominee, awardForm: string): Promise<NominationView | null> {
    const all = await this.list(campaignId, { unitId: nominee.unitId });
    return all.find((n) => STANDING.includes(n.status) && n.kind === nominee.kind && n.memberId === nominee.memberId && n.awardForm === awardForm) ?? null;
  }

  /** Same as findStanding, inside a transaction: the refusal names the first nomination. */
  private async refuseDuplicate(tx: Tx, campaignId: number, nominee: Nominee, form: { awardForm: string; awardTitle: string }): Promise<void> {
    const first = await tx.nomination.findFirst({
      where: { campaignId, nomineeKind: nominee.kind, unitId: nominee.unitId, memberId: nominee.memberId, awardForm: form.awardForm, status: { in: STANDING } },
      include: { unit: true, member: true },
      orderBy: { id: 'asc' },
    });
    if (first) {
      throw new RuleError('nomination-duplicate', {
        kind: first.nomineeKind,
        name: first.member?.fullName ?? first.unit.name,
        form: form.awardTitle,
        status: first.status,
        date: formatDate(first.createdAt),
      });
    }
  }

  async nominate(actor: Actor, campaignId: number, input: Nominee & { awardForm: string; summary: string }): Promise<{ id: number }> {
    if (!mayActForUnit(actor, 'nomination', input.unitId)) throw new RuleError('nomination-forbidden-unit');
    const summary = cleanLines(input.summary);
    const { min, max } = NOMINATION_SUMMARY;
    if (summary.length < min || summary.length > max) throw new RuleError('nomination-summary-length', { min, max, length: summary.length });
    const memberId = input.kind === 'INDIVIDUAL' ? input.memberId : null;
    return this.db.$transaction(async (tx) => {
      const campaign = await tx.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { organizationId: true } });
      const unit = await tx.unit.findFirst({ where: { id: input.unitId, organizationId: campaign.organizationId, active: true } });
      if (!unit) throw new RuleError('nomination-unit-gone');
      const quota = await tx.awardQuota.findUnique({ where: { campaignId_nomineeKind_awardForm: { campaignId, nomineeKind: input.kind, awardForm: input.awardForm } } });
      if (!quota) {
        const forms = await tx.awardQuota.findMany({ where: { campaignId, nomineeKind: input.kind }, orderBy: { id: 'asc' } });
        throw new RuleError('nomination-form-unknown', { form: input.awardForm, kind: input.kind, forms: forms.map((f) => f.awardTitle).join('; ') || '—' });
      }
      if (input.kind === 'INDIVIDUAL') {
        const person = memberId === null ? null : await tx.member.findUnique({ where: { id: memberId } });
        if (!person || !person.active || person.unitId !== unit.id) throw new RuleError('nomination-member-not-in-unit', { name: person?.fullName ?? '—', unit: unit.name });
      }
      await this.refuseDuplicate(tx, campaignId, { kind: input.kind, unitId: unit.id, memberId }, quota);
      const created = await tx.nomination.create({
        data: { campaignId, nomineeKind: input.kind, awardForm: input.awardForm, unitId: unit.id, memberId, proposedById: actor.memberId, summary, createdAt: this.clock() },
      });
      await audit(tx, {
        actorId: actor.memberId,
        action: 'nomination.create',
        entity: 'Nomination',
        entityId: created.id,
        details: { kind: input.kind, awardForm: input.awardForm, memberId },
      });
      return { id: created.id };
    });
  }

  /** Eligibility of a nominee for an award form, before or after a nomination exists (attestations need one). */
  async evaluate(campaignId: number, nominee: Nominee, awardForm: string, nominationId: number | null = null): Promise<NominationCheck> {
    const deps = { db: this.db, campaigns: this.campaigns, standings: this.standings, initiatives: this.initiatives, dossier: this.dossier };
    return checkNominee(deps, campaignId, nominee, awardForm, nominationId);
  }

  async check(campaignId: number, nominationId: number): Promise<NominationCheck> {
    const n = await this.db.nomination.findFirst({ where: { id: nominationId, campaignId } });
    if (!n) throw new RuleError('nomination-gone');
    return this.evaluate(campaignId, { kind: n.nomineeKind, unitId: n.unitId, memberId: n.memberId }, n.awardForm, n.id);
  }

  /** The head ticks an attested criterion of a draft, with a note saying how it is met, a file, or both. */
  async attest(
    actor: Actor,
    campaignId: number,
    nominationId: number,
    itemCode: string,
    note: string | null,
    file: { blob: StoredBlob; channel: Channel } | null = null,
  ): Promise<void> {
    await attest(this.db, this.clock, actor, campaignId, await this.owned(actor, campaignId, nominationId), itemCode, { note, file });
  }

  /** The head takes back a tick not yet confirmed. */
  async withdrawAttestation(actor: Actor, campaignId: number, nominationId: number, itemCode: string): Promise<void> {
    await withdrawAttestation(this.db, actor, await this.owned(actor, campaignId, nominationId), itemCode);
  }

  /** The secretariat confirms a ticked criterion. */
  async confirm(actor: Actor, campaignId: number, nominationId: number, itemCode: string): Promise<void> {
    await confirmAttestation(this.db, this.clock, actor, campaignId, await this.owned(actor, campaignId, nominationId), itemCode);
  }

  /** The secretariat sends a ticked criterion back to the head, saying why. */
  async refuse(actor: Actor, campaignId: number, nominationId: number, itemCode: string, reason: string): Promise<void> {
    await refuseAttestation(this.db, this.clock, actor, campaignId, await this.owned(actor, campaignId, nominationId), itemCode, reason);
  }

  /** The file the head gave for a ticked criterion, handed back to the unit and the secretariat. */
  async attestationFile(actor: Actor, campaignId: number, nominationId: number, itemCode: string): Promise<{ name: string; mime: string; bytes: Uint8Array } | null> {
    await this.owned(actor, campaignId, nominationId);
    const file = (await attestationsOf(this.db, nominationId)).given.get(itemCode)?.file;
    if (!file) return null;
    const row = await this.db.evidence.findUniqueOrThrow({ where: { id: file.evidenceId } });
    return { name: row.originalName, mime: row.mime, bytes: await this.files.read(row.storageKey) };
  }

  /** Per unit, the drafts with a ticked criterion the secretariat has yet to confirm. */
  async awaitingConfirmation(campaignId: number): Promise<Array<{ unitId: number; unitName: string; count: number }>> {
    const drafts = await this.db.nomination.findMany({
      where: { campaignId, status: 'DRAFT', attestations: { some: { confirmedAt: null, refusedAt: null } } },
      include: { unit: true },
      orderBy: { id: 'asc' },
    });
    const byUnit = new Map<number, { unitId: number; unitName: string; count: number }>();
    for (const d of drafts) {
      const entry = byUnit.get(d.unitId) ?? { unitId: d.unitId, unitName: d.unit.name, count: 0 };
      entry.count += 1;
      byUnit.set(d.unitId, entry);
    }
    return [...byUnit.values()];
  }

  /** DRAFT → SUBMITTED, only when every rule passes; otherwise the first failing rule is the refusal. */
  async submit(actor: Actor, campaignId: number, nominationId: number): Promise<NominationCheck> {
    const n = await this.owned(actor, campaignId, nominationId);
    if (n.status !== 'DRAFT') throw new RuleError('nomination-not-draft', { status: n.status });
    const check = await this.check(campaignId, nominationId);
    if (check.blocker) throw new RuleError(check.blocker.reason, check.blocker.args);
    await this.db.$transaction(async (tx) => {
      const moved = await tx.nomination.updateMany({ where: { id: nominationId, status: 'DRAFT' }, data: { status: 'SUBMITTED' } });
      if (moved.count === 0) throw new RuleError('nomination-not-draft', { status: (await tx.nomination.findUniqueOrThrow({ where: { id: nominationId } })).status });
      await audit(tx, { actorId: actor.memberId, action: 'nomination.submit', entity: 'Nomination', entityId: nominationId });
    });
    return check;
  }

  /** A draft or a submitted nomination can be withdrawn until the council takes it up. */
  async withdraw(actor: Actor, campaignId: number, nominationId: number): Promise<void> {
    const n = await this.owned(actor, campaignId, nominationId);
    await this.db.$transaction(async (tx) => {
      const moved = await tx.nomination.updateMany({ where: { id: nominationId, status: { in: ['DRAFT', 'SUBMITTED'] } }, data: { status: 'WITHDRAWN' } });
      if (moved.count === 0) throw new RuleError('nomination-withdraw-too-late', { status: (await tx.nomination.findUniqueOrThrow({ where: { id: nominationId } })).status });
      await audit(tx, { actorId: actor.memberId, action: 'nomination.withdraw', entity: 'Nomination', entityId: nominationId, details: { from: n.status } });
    });
  }

  private async owned(actor: Actor, campaignId: number, nominationId: number) {
    const n = await this.db.nomination.findFirst({ where: { id: nominationId, campaignId } });
    if (!n) throw new RuleError('nomination-gone');
    if (!mayActForUnit(actor, 'nomination', n.unitId)) throw new RuleError('nomination-forbidden-unit');
    return n;
  }
}
