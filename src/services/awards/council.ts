import type { Db } from '../../db/client.js';
import { meetsQuorum, percent, tally, type ApprovalBase, type NomineeKind, type VoteChoice } from '../../domain/awards.js';
import { formatDate } from '../../domain/dates.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { audit } from '../shared/audit.js';
import type { Clock } from '../shared/clock.js';
import { RuleError } from '../shared/errors.js';
import type { Actor } from '../campaigns/members.js';
import { campaignForActor, loadNominees, type NomineeView } from './nominee-view.js';
import { holdersOf, may, type Action } from '../../domain/permissions.js';

// The council's review ("bình xét"): the secretariat opens it on the nominations
// that are ready, council members vote in private chats, the secretariat closes it once the quorum
// is met, and each nominee passes or fails against the campaign's approval threshold.

type Tx = Prisma.TransactionClient;

export interface BallotEntry extends NomineeView {
  myVote: VoteChoice | null;
}

export interface ReviewProgress extends NomineeView {
  /** council members who voted on this nominee */
  voted: number;
}

/** One nominee's result, as kept on CouncilReview.tally for the minutes (Biên bản). */
export interface NomineeResult {
  nominationId: number;
  kind: NomineeKind;
  awardTitle: string;
  unitName: string;
  memberName: string | null;
  agree: number;
  disagree: number;
  abstain: number;
  voted: number;
  /** what the approval share was counted over (voters, members present, or all members) */
  denominator: number;
  approvalPercent: number;
  thresholdPercent: number;
  quorumMet: boolean;
  passed: boolean;
}

export interface ReviewMinutes {
  councilSize: number;
  voters: number;
  /** the counting rule applied */
  base: ApprovalBase;
  /** members recorded present (the PRESENT rule), by name; null when attendance was not taken */
  present: string[] | null;
  quorumPercent: number;
  nominees: NomineeResult[];
}

export type ReviewStatusView =
  | { open: null; ready: NomineeView[] }
  | {
      open: {
        reviewId: number;
        openedAt: Date;
        councilSize: number;
        voters: number;
        needed: number;
        base: ApprovalBase;
        /** the council, for ticking who is present; `present` is null until attendance is recorded */
        council: Array<{ id: number; fullName: string; voted: boolean; present: boolean | null }>;
        nominees: ReviewProgress[];
      };
    };

/**
 * The fewest voters that make the quorum: the same rule as `tally()` (the share rounded to 4
 * decimals, so 0.6667 means two thirds), turned into a count for messages.
 */
export function minimumVoters(councilSize: number, quorum: number): number {
  for (let n = 1; n <= councilSize; n++) if (meetsQuorum(n, councilSize, quorum)) return n;
  return councilSize + 1;
}

/** CouncilReview.present as stored: member ids, or null before attendance is taken. */
function presentIds(json: unknown): number[] | null {
  return Array.isArray(json) ? json.filter((id): id is number => typeof id === 'number') : null;
}

function requireAction(actor: Actor, action: Action, reason: string): void {
  if (!may(actor, action)) throw new RuleError(reason);
}

export class CouncilService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** The secretariat's view: what is ready for review, or how far the open review has got. */
  async status(actor: Actor, campaignId: number): Promise<ReviewStatusView> {
    requireAction(actor, 'council.run', 'council-admin-only');
    const campaign = await campaignForActor(this.db, actor, campaignId);
    const review = await this.db.councilReview.findFirst({ where: { campaignId, status: 'OPEN' } });
    if (!review) return { open: null, ready: await loadNominees(this.db, campaignId, { status: 'SUBMITTED' }) };
    const members = await this.councilMembers(this.db, campaign.organizationId);
    const council = new Set(members.map((m) => m.id));
    const votes = (await this.db.vote.findMany({ where: { reviewId: review.id } })).filter((v) => council.has(v.memberId));
    const nominees = await loadNominees(this.db, campaignId, { status: 'IN_REVIEW' });
    const present = presentIds(review.present);
    const voters = new Set(votes.map((v) => v.memberId));
    return {
      open: {
        reviewId: review.id,
        openedAt: review.openedAt,
        councilSize: council.size,
        voters: voters.size,
        needed: minimumVoters(council.size, campaign.councilQuorum),
        base: await this.baseOf(campaignId),
        council: members.map((m) => ({ ...m, voted: voters.has(m.id), present: present ? present.includes(m.id) : null })),
        nominees: nominees.map((n) => ({ ...n, voted: votes.filter((v) => v.nominationId === n.nominationId).length })),
      },
    };
  }

  /** Takes every nomination with a complete dossier (SUBMITTED) into a new review. */
  async openReview(actor: Actor, campaignId: number): Promise<{ reviewId: number; count: number }> {
    requireAction(actor, 'council.run', 'council-admin-only');
    await campaignForActor(this.db, actor, campaignId);
    return this.db.$transaction(async (tx) => {
      // One review at a time: its nominees are the campaign's IN_REVIEW nominations.
      if (await tx.councilReview.findFirst({ where: { campaignId, status: 'OPEN' } })) throw new RuleError('council-already-open');
      const ready = await tx.nomination.findMany({ where: { campaignId, status: 'SUBMITTED' }, select: { id: true } });
      if (ready.length === 0) throw new RuleError('council-nothing-ready');
      const review = await tx.councilReview.create({ data: { campaignId, openedById: actor.memberId, openedAt: this.clock() } });
      await tx.nomination.updateMany({ where: { id: { in: ready.map((n) => n.id) } }, data: { status: 'IN_REVIEW' } });
      await audit(tx, { actorId: actor.memberId, action: 'council.open', entity: 'CouncilReview', entityId: review.id, details: { nominations: ready.map((n) => n.id) } });
      return { reviewId: review.id, count: ready.length };
    });
  }

  /** The open review's nominees with this member's current vote. */
  async ballot(actor: Actor, campaignId: number): Promise<BallotEntry[]> {
    requireAction(actor, 'council.vote', 'council-member-only');
    await campaignForActor(this.db, actor, campaignId);
    const review = await this.openReviewOrExplain(this.db, campaignId);
    const [nominees, mine] = await Promise.all([
      loadNominees(this.db, campaignId, { status: 'IN_REVIEW' }),
      this.db.vote.findMany({ where: { reviewId: review.id, memberId: actor.memberId } }),
    ]);
    return nominees.map((n) => ({ ...n, myVote: mine.find((v) => v.nominationId === n.nominationId)?.choice ?? null }));
  }

  /**
   * Records a council member's vote, one per member and nominee; voting again replaces it until the
   * review closes. A member who is also the HEAD of the nominee's unit votes like anyone else: the
   * plans do not ask council members to stand aside for their own unit, so the bot does not refuse.
   */
  async vote(actor: Actor, campaignId: number, nominationId: number, choice: VoteChoice): Promise<void> {
    requireAction(actor, 'council.vote', 'council-member-only');
    await campaignForActor(this.db, actor, campaignId);
    await this.db.$transaction(async (tx) => {
      const review = await this.openReviewOrExplain(tx, campaignId);
      const nomination = await tx.nomination.findFirst({ where: { id: nominationId, campaignId } });
      if (!nomination) throw new RuleError('council-nominee-unknown');
      if (nomination.status !== 'IN_REVIEW') {
        // Decided by an earlier review that has closed since.
        const decided = ['PASSED', 'FAILED', 'APPROVED'].includes(nomination.status);
        const earlier = decided ? await tx.councilReview.findFirst({ where: { campaignId, status: 'CLOSED' }, orderBy: { closedAt: 'desc' } }) : null;
        if (earlier?.closedAt) throw new RuleError('review-closed', { date: formatDate(earlier.closedAt) });
        throw new RuleError('council-nominee-unknown');
      }
      const key = { reviewId_nominationId_memberId: { reviewId: review.id, nominationId, memberId: actor.memberId } };
      await tx.vote.upsert({ where: key, create: { reviewId: review.id, nominationId, memberId: actor.memberId, choice }, update: { choice } });
      await audit(tx, { actorId: actor.memberId, action: 'council.vote', entity: 'Nomination', entityId: nominationId, details: { reviewId: review.id, choice } });
    });
  }

  /**
   * Records who of the council is present at the meeting (the PRESENT rule counts over them; the
   * Biên bản lists them). Replaces an earlier list; only current council members can be on it.
   */
  async recordPresent(actor: Actor, campaignId: number, memberIds: readonly number[]): Promise<void> {
    requireAction(actor, 'council.run', 'council-admin-only');
    const campaign = await campaignForActor(this.db, actor, campaignId);
    await this.db.$transaction(async (tx) => {
      const review = await tx.councilReview.findFirst({ where: { campaignId, status: 'OPEN' } });
      if (!review) throw new RuleError('council-none-open');
      const council = new Set((await this.councilMembers(tx, campaign.organizationId)).map((m) => m.id));
      const present = [...new Set(memberIds)].filter((id) => council.has(id)).sort((a, b) => a - b);
      await tx.councilReview.update({ where: { id: review.id }, data: { present } });
      await audit(tx, { actorId: actor.memberId, action: 'council.present', entity: 'CouncilReview', entityId: review.id, details: { present } });
    });
  }

  /**
   * Closes the review when enough council members voted (on any nominee) — or, under the PRESENT
   * rule, when enough are recorded present — and decides each nominee with `tally()` under the
   * campaign's counting rule. A nominee few members voted on fails for want of a quorum of its
   * own: an award is not given on the word of a minority of the council.
   */
  async closeReview(actor: Actor, campaignId: number): Promise<ReviewMinutes> {
    requireAction(actor, 'council.run', 'council-admin-only');
    const campaign = await campaignForActor(this.db, actor, campaignId);
    return this.db.$transaction(async (tx) => {
      const review = await tx.councilReview.findFirst({ where: { campaignId, status: 'OPEN' } });
      if (!review) throw new RuleError('council-none-open');
      // Only current council members count: someone who left the council since voting no longer does.
      const members = await this.councilMembers(tx, campaign.organizationId);
      const council = new Set(members.map((m) => m.id));
      const votes = (await tx.vote.findMany({ where: { reviewId: review.id } })).filter((v) => council.has(v.memberId));
      const voters = new Set(votes.map((v) => v.memberId)).size;
      const needed = minimumVoters(council.size, campaign.councilQuorum);
      const base = await this.baseOf(campaignId, tx);
      // Someone who left the council since being ticked present no longer counts either.
      const present = base === 'PRESENT' ? presentIds(review.present)?.filter((id) => council.has(id)) : undefined;
      if (base === 'PRESENT') {
        if (!present) throw new RuleError('council-present-needed');
        if (present.length < needed) throw new RuleError('council-present-quorum-not-met', { present: present.length, size: council.size, needed });
      } else if (voters < needed) throw new RuleError('council-quorum-not-met', { voted: voters, size: council.size, needed });

      const nominees = await loadNominees(tx, campaignId, { status: 'IN_REVIEW' });
      const results = nominees.map((n): NomineeResult => {
        const t = tally({
          councilSize: council.size,
          votes: votes.filter((v) => v.nominationId === n.nominationId),
          quorum: campaign.councilQuorum,
          threshold: campaign.approvalThreshold,
          base,
          present,
        });
        return {
          nominationId: n.nominationId,
          kind: n.kind,
          awardTitle: n.awardTitle,
          unitName: n.unitName,
          memberName: n.memberName,
          agree: t.agree,
          disagree: t.disagree,
          abstain: t.abstain,
          voted: t.voted,
          denominator: t.denominator,
          approvalPercent: percent(t.approvalShare),
          thresholdPercent: percent(campaign.approvalThreshold),
          quorumMet: t.quorumMet,
          passed: t.passed,
        };
      });
      for (const passed of [true, false]) {
        const ids = results.filter((r) => r.passed === passed).map((r) => r.nominationId);
        if (ids.length > 0) await tx.nomination.updateMany({ where: { id: { in: ids } }, data: { status: passed ? 'PASSED' : 'FAILED' } });
      }
      const presentNames = present ? members.filter((m) => present.includes(m.id)).map((m) => m.fullName) : null;
      const minutes: ReviewMinutes = { councilSize: council.size, voters, base, present: presentNames, quorumPercent: percent(campaign.councilQuorum), nominees: results };
      await tx.councilReview.update({ where: { id: review.id }, data: { status: 'CLOSED', closedAt: this.clock(), tally: minutes as unknown as Prisma.InputJsonValue } });
      await audit(tx, { actorId: actor.memberId, action: 'council.close', entity: 'CouncilReview', entityId: review.id, details: { voters, councilSize: council.size, base } });
      return minutes;
    });
  }

  /**
   * Council members who have not yet voted on every nominee of the campaign's open review; none
   * when no review is open (there is nothing to vote on).
   */
  async pendingVoters(campaignId: number): Promise<number[]> {
    const review = await this.db.councilReview.findFirst({ where: { campaignId, status: 'OPEN' }, include: { campaign: { select: { organizationId: true } } } });
    if (!review) return [];
    const [council, nominees, votes] = await Promise.all([
      this.councilIds(this.db, review.campaign.organizationId),
      this.db.nomination.count({ where: { campaignId, status: 'IN_REVIEW' } }),
      this.db.vote.groupBy({ by: ['memberId'], where: { reviewId: review.id, nomination: { status: 'IN_REVIEW' } }, _count: { _all: true } }),
    ]);
    const voted = new Map(votes.map((v) => [v.memberId, v._count._all]));
    return [...council].filter((id) => (voted.get(id) ?? 0) < nominees);
  }

  /** Active members of the organization holding the COUNCIL role: the council's size and who may count. */
  private async councilIds(db: Pick<Tx, 'member'>, organizationId: number): Promise<Set<number>> {
    return new Set((await this.councilMembers(db, organizationId)).map((m) => m.id));
  }

  private councilMembers(db: Pick<Tx, 'member'>, organizationId: number): Promise<Array<{ id: number; fullName: string }>> {
    return db.member.findMany({
      where: { organizationId, active: true, roles: { some: { role: { in: holdersOf('council.vote') } } } },
      select: { id: true, fullName: true },
      orderBy: { id: 'asc' },
    });
  }

  private async baseOf(campaignId: number, db: Pick<Tx, 'campaign'> = this.db): Promise<ApprovalBase> {
    return (await db.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { approvalBase: true } })).approvalBase;
  }

  /** The open review; otherwise says whether the last one has closed or none was ever opened. */
  private async openReviewOrExplain(db: Pick<Tx, 'councilReview'>, campaignId: number): Promise<{ id: number }> {
    const latest = await db.councilReview.findFirst({ where: { campaignId }, orderBy: [{ openedAt: 'desc' }, { id: 'desc' }] });
    if (latest?.status === 'OPEN') return latest;
    if (latest?.closedAt) throw new RuleError('review-closed', { date: formatDate(latest.closedAt) });
    throw new RuleError('council-none-open');
  }
}
