import type { Db } from '../../db/client.js';
import { formatDate } from '../../domain/dates.js';
import { checkDecisionDate, cleanSigner, DECISION_SIGNER, parseDecisionNumber } from '../../domain/award-decisions.js';
import { checkQuotas, type NomineeKind } from '../../domain/awards.js';
import type { AwardLevel, Prisma } from '../../generated/prisma/client.js';
import { audit } from '../shared/audit.js';
import type { Clock } from '../shared/clock.js';
import { RuleError } from '../shared/errors.js';
import type { Actor } from '../campaigns/members.js';
import { campaignForActor, loadNominees, type NomineeView } from './nominee-view.js';
import { may } from '../../domain/permissions.js';

// The final list (docs/award-rules.md §1.1). Among the nominations the council passed, the
// leader takes, within the quotas the plan sets (a form without one has no limit):
// - a form this commune's Chủ tịch decides (LOCAL, the Giấy khen): approved under the Quyết định
//   (số, ngày, người ký) recorded with it; only then it is on the honour board;
// - a form a higher level decides (HIGHER, a Bằng khen of the city's Chủ tịch): put on the list
//   proposed upward (đã trình); when the answer comes back, the leader or the secretariat records
//   it (cấp trên đã quyết định, with the decision's số and ngày, or không được khen). It reaches
//   the honour board only once awarded.

export interface QuotaView {
  kind: NomineeKind;
  awardForm: string;
  awardTitle: string;
  /** null: the plan sets no number for this form */
  maxCount: number | null;
  decidedBy: AwardLevel;
  /** who decides a HIGHER form, as the plan names them */
  decider: string | null;
  /** already approved or proposed against this quota */
  approved: number;
}

/** A passed nomination, with who decides its form. */
export interface CandidateView extends NomineeView {
  decidedBy: AwardLevel;
}

/** A nomination on the list proposed upward. */
export interface ProposalView extends NomineeView {
  decider: string | null;
  proposedUpAt: Date;
}

export interface AwardDecisionInput {
  number: string;
  date: string;
  signer: string;
}

export interface HonourBoardForm {
  awardForm: string;
  awardTitle: string;
  /** the decisions the awards were made under, in order of date: "125/QĐ-UBND ngày 10/12/2025" */
  decisions: Array<{ number: string; date: Date }>;
  groups: Array<{ kind: NomineeKind; nominees: NomineeView[] }>;
}

/** Quotas are printed the way the plans write them: "01 tập thể", "04 cá nhân". */
export const quotaNumber = (n: number): string => String(n).padStart(2, '0');

type Reader = Pick<Prisma.TransactionClient, 'nomination' | 'awardQuota'>;
type QuotaRow = { nomineeKind: NomineeKind; awardForm: string; decidedBy: AwardLevel; decider: string | null };

/** What counts against a quota: awarded locally, or proposed upward (whatever the answer). */
const COUNTED: Prisma.NominationWhereInput = { OR: [{ status: 'APPROVED' }, { proposalStatus: { not: null } }] };

function requireLeader(actor: Actor): void {
  if (!may(actor, 'award.approve')) throw new RuleError('final-leader-only');
}

function quotaOf(quotas: readonly QuotaRow[], n: Pick<NomineeView, 'kind' | 'awardForm'>): QuotaRow | undefined {
  return quotas.find((q) => q.nomineeKind === n.kind && q.awardForm === n.awardForm);
}

/** A decision as typed, checked: the first thing wrong is the refusal. */
export function checkDecision(input: { number: string; date: string; signer?: string }, today: Date, notBefore?: Date): { number: string; date: Date; signer: string | null } {
  const number = parseDecisionNumber(input.number);
  if (number === null) throw new RuleError('decision-number-invalid', { text: input.number });
  const day = checkDecisionDate(input.date, today, notBefore);
  if ('reason' in day) throw new RuleError(day.reason, { text: input.date, proposed: notBefore ? formatDate(notBefore) : '' });
  if (input.signer === undefined) return { number, date: day.date, signer: null };
  const signer = cleanSigner(input.signer);
  if (signer === null) throw new RuleError('decision-signer-length', { ...DECISION_SIGNER });
  return { number, date: day.date, signer };
}

export class FinalListService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** What the leader chooses from: the passed nominations not yet proposed upward, and the quotas with what they already hold. */
  async candidates(actor: Actor, campaignId: number): Promise<{ passed: CandidateView[]; quotas: QuotaView[] }> {
    requireLeader(actor);
    await campaignForActor(this.db, actor, campaignId);
    const [passed, counted, quotas] = await Promise.all([
      loadNominees(this.db, campaignId, { status: 'PASSED', proposalStatus: null }),
      loadNominees(this.db, campaignId, COUNTED),
      this.db.awardQuota.findMany({ where: { campaignId }, orderBy: { id: 'asc' } }),
    ]);
    return {
      passed: passed.map((n) => ({ ...n, decidedBy: quotaOf(quotas, n)?.decidedBy ?? 'LOCAL' })),
      quotas: quotas.map((q) => ({
        kind: q.nomineeKind,
        awardForm: q.awardForm,
        awardTitle: q.awardTitle,
        maxCount: q.maxCount,
        decidedBy: q.decidedBy,
        decider: q.decider,
        approved: counted.filter((n) => n.kind === q.nomineeKind && n.awardForm === q.awardForm).length,
      })),
    };
  }

  /**
   * Approves the chosen nominations: those of a local form under `decision` (required when there
   * is one), those of a higher form onto the list proposed upward. Only ones the council passed
   * and not yet proposed; the quotas count what was approved or proposed earlier too, so two rounds
   * cannot exceed them. All or nothing.
   */
  async approve(actor: Actor, campaignId: number, nominationIds: readonly number[], decision: AwardDecisionInput | null): Promise<{ approved: number; proposed: number }> {
    requireLeader(actor);
    await campaignForActor(this.db, actor, campaignId);
    const now = this.clock();
    return this.db.$transaction(async (tx) => {
      const { local, higher } = await this.split(tx, campaignId, nominationIds);
      if (local.length > 0) {
        if (decision === null) throw new RuleError('final-decision-required');
        const checked = checkDecision(decision, now);
        await tx.nomination.updateMany({
          where: { id: { in: local }, status: 'PASSED' },
          data: { status: 'APPROVED', approvedById: actor.memberId, approvedAt: now, decisionNumber: checked.number, decisionDate: checked.date, decisionSigner: checked.signer },
        });
      }
      if (higher.length > 0) {
        await tx.nomination.updateMany({ where: { id: { in: higher }, status: 'PASSED', proposalStatus: null }, data: { proposalStatus: 'SUBMITTED', proposedUpAt: now } });
      }
      const details = { nominations: local, proposed: higher, decision: local.length > 0 ? (decision?.number ?? null) : null };
      await audit(tx, { actorId: actor.memberId, action: 'final.approve', entity: 'Campaign', entityId: campaignId, details });
      return { approved: local.length, proposed: higher.length };
    });
  }

  /**
   * The checks of `approve` without approving: the dialog runs them before it asks for the
   * Quyết định, so a list over quota is refused before anyone types a decision. Returns how many
   * of the chosen are decided locally (they need the decision) and how many go up.
   */
  async preview(actor: Actor, campaignId: number, nominationIds: readonly number[]): Promise<{ local: number; higher: number }> {
    requireLeader(actor);
    await campaignForActor(this.db, actor, campaignId);
    const { local, higher } = await this.split(this.db, campaignId, nominationIds);
    return { local: local.length, higher: higher.length };
  }

  /** The chosen nominations, checked (passed, not yet proposed, within the quotas), by who decides them. */
  private async split(tx: Reader, campaignId: number, nominationIds: readonly number[]): Promise<{ local: number[]; higher: number[] }> {
    const ids = [...new Set(nominationIds)];
    if (ids.length === 0) throw new RuleError('final-empty');
    const chosen = await loadNominees(tx, campaignId, { id: { in: ids } });
    if (chosen.length !== ids.length) throw new RuleError('council-nominee-unknown');
    const proposed = new Set((await tx.nomination.findMany({ where: { id: { in: ids }, proposalStatus: { not: null } }, select: { id: true } })).map((r) => r.id));
    const notPassed = chosen.find((n) => n.status !== 'PASSED' || proposed.has(n.nominationId));
    if (notPassed) throw new RuleError('final-not-passed', { name: notPassed.memberName ?? notPassed.unitName });
    const quotas = await tx.awardQuota.findMany({ where: { campaignId }, orderBy: { id: 'asc' } });
    await this.checkQuotas(tx, campaignId, chosen, quotas);
    const isHigher = (n: NomineeView) => quotaOf(quotas, n)?.decidedBy === 'HIGHER';
    return { local: chosen.filter((n) => !isHigher(n)).map((n) => n.nominationId), higher: chosen.filter(isHigher).map((n) => n.nominationId) };
  }

  private async checkQuotas(tx: Reader, campaignId: number, chosen: NomineeView[], quotas: Array<QuotaRow & { awardTitle: string; maxCount: number | null }>): Promise<void> {
    const earlier = await loadNominees(tx, campaignId, COUNTED);
    const check = checkQuotas(
      [...earlier, ...chosen].map((n) => ({ kind: n.kind, awardForm: n.awardForm })),
      quotas.map((q) => ({ kind: q.nomineeKind, awardForm: q.awardForm, maxCount: q.maxCount })),
    );
    const over = check.over[0];
    if (over) {
      const title = quotas.find((q) => q.nomineeKind === over.kind && q.awardForm === over.awardForm)?.awardTitle ?? over.awardForm;
      throw new RuleError('final-over-quota', { kind: over.kind, form: title, max: quotaNumber(over.maxCount), count: over.count, excess: over.excess });
    }
    const unknown = check.unknown[0];
    if (unknown) throw new RuleError('final-no-quota', { kind: unknown.kind, form: unknown.awardForm });
  }

  /** The list proposed upward still waiting for the higher level's answer: for the leader and the secretariat. */
  async proposals(actor: Actor, campaignId: number): Promise<ProposalView[]> {
    requireLeaderOrSecretariat(actor);
    await campaignForActor(this.db, actor, campaignId);
    return this.pending(this.db, campaignId, undefined);
  }

  private async pending(db: Reader, campaignId: number, nominationId: number | undefined): Promise<ProposalView[]> {
    const [rows, quotas] = await Promise.all([
      db.nomination.findMany({ where: { campaignId, id: nominationId, proposalStatus: 'SUBMITTED' }, select: { id: true, proposedUpAt: true } }),
      db.awardQuota.findMany({ where: { campaignId } }),
    ]);
    const views = await loadNominees(db, campaignId, { id: { in: rows.map((r) => r.id) } });
    return views.map((n) => ({ ...n, decider: quotaOf(quotas, n)?.decider ?? null, proposedUpAt: rows.find((r) => r.id === n.nominationId)!.proposedUpAt! }));
  }

  /**
   * Records the higher level's answer to a proposal: awarded under its decision (số, ngày; the
   * signer is the decider the campaign file names), or not awarded. Once only.
   */
  async recordOutcome(
    actor: Actor,
    campaignId: number,
    nominationId: number,
    outcome: { awarded: true; number: string; date: string } | { awarded: false },
  ): Promise<ProposalView> {
    requireLeaderOrSecretariat(actor);
    await campaignForActor(this.db, actor, campaignId);
    const now = this.clock();
    return this.db.$transaction(async (tx) => {
      const [proposal] = await this.pending(tx, campaignId, nominationId);
      if (!proposal) throw new RuleError('final-proposal-not-pending');
      if (outcome.awarded) {
        const checked = checkDecision(outcome, now, proposal.proposedUpAt);
        await tx.nomination.update({
          where: { id: nominationId },
          data: {
            status: 'APPROVED',
            proposalStatus: 'AWARDED',
            approvedById: actor.memberId,
            approvedAt: now,
            decisionNumber: checked.number,
            decisionDate: checked.date,
            decisionSigner: proposal.decider,
          },
        });
      } else {
        await tx.nomination.update({ where: { id: nominationId }, data: { proposalStatus: 'NOT_AWARDED' } });
      }
      await audit(tx, { actorId: actor.memberId, action: 'final.outcome', entity: 'Nomination', entityId: nominationId, details: outcome });
      return proposal;
    });
  }

  /**
   * The honour board: awards on record, by award form (in quota order) and kind, collectives
   * first. Only nominations with a decision: a Giấy khen approved without one, or a proposal the
   * higher level has not decided, is not on it.
   */
  async honourBoard(campaignId: number): Promise<HonourBoardForm[]> {
    const [awarded, quotas, decisions] = await Promise.all([
      loadNominees(this.db, campaignId, { status: 'APPROVED', decisionNumber: { not: null } }),
      this.db.awardQuota.findMany({ where: { campaignId }, orderBy: { id: 'asc' } }),
      this.db.nomination.findMany({
        where: { campaignId, status: 'APPROVED', decisionNumber: { not: null } },
        select: { awardForm: true, decisionNumber: true, decisionDate: true },
        orderBy: [{ decisionDate: 'asc' }, { id: 'asc' }],
      }),
    ]);
    const forms: HonourBoardForm[] = [];
    for (const n of awarded) {
      let form = forms.find((f) => f.awardForm === n.awardForm);
      if (!form) forms.push((form = { awardForm: n.awardForm, awardTitle: n.awardTitle, decisions: [], groups: [] }));
      let group = form.groups.find((g) => g.kind === n.kind);
      if (!group) form.groups.push((group = { kind: n.kind, nominees: [] }));
      group.nominees.push(n);
    }
    for (const form of forms) {
      form.groups.sort((a, b) => a.kind.localeCompare(b.kind));
      for (const d of decisions) {
        if (d.awardForm !== form.awardForm || form.decisions.some((x) => x.number === d.decisionNumber)) continue;
        form.decisions.push({ number: d.decisionNumber!, date: d.decisionDate! });
      }
    }
    // A form no quota names (not approvable, but kept readable) goes last.
    const place = (f: HonourBoardForm) => {
      const i = quotas.findIndex((q) => q.awardForm === f.awardForm);
      return i < 0 ? quotas.length : i;
    };
    return forms.sort((a, b) => place(a) - place(b));
  }
}

function requireLeaderOrSecretariat(actor: Actor): void {
  if (!may(actor, 'award.record-higher-decision')) throw new RuleError('final-outcome-forbidden');
}
