import type { Db } from '../db/client.js';
import { checkQuotas, type NomineeKind } from '../domain/awards.js';
import { audit } from './audit.js';
import type { Clock } from './clock.js';
import { RuleError } from './errors.js';
import type { Actor } from './members.js';
import { campaignForActor, loadNominees, type NomineeView } from './nominee-view.js';

// The final list (issue 4 item 6): the leader approves, among the nominations the council passed,
// at most the campaign's quota per nominee kind and award form; the approved list is the honour board.

export interface QuotaView {
  kind: NomineeKind;
  awardForm: string;
  awardTitle: string;
  maxCount: number;
  /** already approved against this quota */
  approved: number;
}

export interface HonourBoardForm {
  awardForm: string;
  awardTitle: string;
  groups: Array<{ kind: NomineeKind; nominees: NomineeView[] }>;
}

/** Quotas are printed the way the plans write them: "01 tập thể", "04 cá nhân". */
export const quotaNumber = (n: number): string => String(n).padStart(2, '0');

function requireLeader(actor: Actor): void {
  if (!actor.roles.includes('LEADER')) throw new RuleError('final-leader-only');
}

export class FinalListService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** What the leader chooses from: the nominations the council passed, and the quotas with what they already hold. */
  async candidates(actor: Actor, campaignId: number): Promise<{ passed: NomineeView[]; quotas: QuotaView[] }> {
    requireLeader(actor);
    await campaignForActor(this.db, actor, campaignId);
    const [passed, approved, quotas] = await Promise.all([
      loadNominees(this.db, campaignId, { status: 'PASSED' }),
      loadNominees(this.db, campaignId, { status: 'APPROVED' }),
      this.db.awardQuota.findMany({ where: { campaignId }, orderBy: { id: 'asc' } }),
    ]);
    return {
      passed,
      quotas: quotas.map((q) => ({
        kind: q.nomineeKind,
        awardForm: q.awardForm,
        awardTitle: q.awardTitle,
        maxCount: q.maxCount,
        approved: approved.filter((n) => n.kind === q.nomineeKind && n.awardForm === q.awardForm).length,
      })),
    };
  }

  /**
   * Approves the chosen nominations. Only ones the council passed; the quotas count what was
   * approved earlier too, so approving in two rounds cannot exceed them. All or nothing.
   */
  async approve(actor: Actor, campaignId: number, nominationIds: readonly number[]): Promise<{ approved: number }> {
    requireLeader(actor);
    await campaignForActor(this.db, actor, campaignId);
    const ids = [...new Set(nominationIds)];
    if (ids.length === 0) throw new RuleError('final-empty');
    return this.db.$transaction(async (tx) => {
      const chosen = await loadNominees(tx, campaignId, { id: { in: ids } });
      if (chosen.length !== ids.length) throw new RuleError('council-nominee-unknown');
      const notPassed = chosen.find((n) => n.status !== 'PASSED');
      if (notPassed) throw new RuleError('final-not-passed', { name: notPassed.memberName ?? notPassed.unitName });
      const earlier = await loadNominees(tx, campaignId, { status: 'APPROVED' });
      const quotas = await tx.awardQuota.findMany({ where: { campaignId }, orderBy: { id: 'asc' } });
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
      const now = this.clock();
      await tx.nomination.updateMany({ where: { id: { in: ids }, status: 'PASSED' }, data: { status: 'APPROVED', approvedById: actor.memberId, approvedAt: now } });
      await audit(tx, { actorId: actor.memberId, action: 'final.approve', entity: 'Campaign', entityId: campaignId, details: { nominations: ids } });
      return { approved: ids.length };
    });
  }

  /** The approved list by award form (in quota order) and kind: collectives first. */
  async honourBoard(campaignId: number): Promise<HonourBoardForm[]> {
    const [approved, quotas] = await Promise.all([
      loadNominees(this.db, campaignId, { status: 'APPROVED' }),
      this.db.awardQuota.findMany({ where: { campaignId }, orderBy: { id: 'asc' } }),
    ]);
    const forms: HonourBoardForm[] = [];
    for (const n of approved) {
      let form = forms.find((f) => f.awardForm === n.awardForm);
      if (!form) forms.push((form = { awardForm: n.awardForm, awardTitle: n.awardTitle, groups: [] }));
      let group = form.groups.find((g) => g.kind === n.kind);
      if (!group) form.groups.push((group = { kind: n.kind, nominees: [] }));
      group.nominees.push(n);
    }
    for (const form of forms) form.groups.sort((a, b) => a.kind.localeCompare(b.kind));
    // A form no quota names (not approvable, but kept readable) goes last.
    const place = (f: HonourBoardForm) => {
      const i = quotas.findIndex((q) => q.awardForm === f.awardForm);
      return i < 0 ? quotas.length : i;
    };
    return forms.sort((a, b) => place(a) - place(b));
  }
}
