import type { Db } from '../../db/client.js';
import { formatDate, startOfVnDay } from '../../domain/dates.js';
import { formatNumber, isInRange } from '../../domain/numbers.js';
import { criterionPoints, scoredOn } from '../../domain/scoring.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { audit } from '../shared/audit.js';
import { taskAreasFor, type CampaignService, type CriterionView } from '../campaigns/campaigns.js';
import type { Clock } from '../shared/clock.js';
import { RuleError } from '../shared/errors.js';
import { storedNote } from './notes.js';
import type { Actor } from '../campaigns/members.js';
import { standingsMoved } from './standings-revision.js';
import { sentLate, type LatestValue, type ReportService } from './reports.js';
import { may, mayActForUnit } from '../../domain/permissions.js';
import { violationDateProblem } from '../../domain/violations.js';

export type Appraisal = { accept: true } | { points: number; reason: string | null };

/** What the head and the appraiser see for one criterion of a unit. */
export interface CriterionProposal {
  criterion: CriterionView;
  latest: LatestValue | null;
  /** points the latest report earns under the scoring rule; null for manual criteria or no report */
  computed: number | null;
  /** `late`: self-scored after closing and not yet accepted, so it does not count */
  self: { points: number; explanation: string | null; at: Date | null; late: boolean } | null;
  appraised: { points: number; reason: string | null; at: Date | null } | null;
  evidenceCount: number;
}

export interface ViolationView {
  id: number;
  unit: { id: number; name: string } | null;
  member: { id: number; fullName: string } | null;
  reason: string;
  occurredOn: Date;
  recordedBy: string;
}

type Tx = Prisma.TransactionClient;

/**
 * Self-scores, appraisal and disciplinary violations: the head self-scores with
 * evidence or a written explanation; the secretariat appraises, and the appraised score counts
 * while the self-score is kept; a violation bars the unit or member from awards.
 */
export class ScoreService {
  constructor(
    private readonly db: Db,
    private readonly campaigns: CampaignService,
    private readonly reports: ReportService,
    private readonly clock: Clock,
  ) {}

  /** `late`: given after the campaign closed, so it waits for the secretariat's acceptance. */
  async selfScore(actor: Actor, campaignId: number, unitId: number, criterionId: number, points: number, explanation: string | null): Promise<{ late: boolean }> {
    if (!mayActForUnit(actor, 'score', unitId)) throw new RuleError('score-forbidden-unit');
    return this.db.$transaction(async (tx) => {
      const criterion = await this.criterionIn(tx, actor, campaignId, unitId, criterionId);
      checkPoints(points, criterion.maxPoints);
      const existing = await tx.score.findUnique({ where: { campaignId_unitId_criterionId: { campaignId, unitId, criterionId } } });
      // An appraised score is the one that counts: changing the self-score under it would leave
      // the appraisal judging figures it never saw.
      if (existing?.appraisedPoints != null) throw new RuleError('score-already-appraised', { date: formatDate(existing.appraisedAt ?? this.clock()) });
      const note = storedNote(explanation);
      const evidence = await tx.evidence.count({ where: { campaignId, unitId, criterionId } });
      if (evidence === 0 && note === null) throw new RuleError('score-explanation-needed');
      const late = await sentLate(tx, campaignId, this.clock());
      // A self-score given on time is what the period closed on: it is not replaced by a late one.
      if (late && existing?.selfPoints != null && !existing.selfLate) throw new RuleError('score-closed-kept', { date: formatDate(existing.selfAt ?? this.clock()) });
      const score = await writeScore(
        tx,
        { campaignId, unitId, criterionId },
        { selfPoints: points, selfExplanation: note, selfById: actor.memberId, selfAt: this.clock(), selfLate: late, selfAcceptedAt: null },
      );
      await audit(tx, {
        actorId: actor.memberId,
        action: 'score.self',
        entity: 'Score',
        entityId: score.id,
        details: { unitId, criterionId, points, previous: existing?.selfPoints ?? null, evidence, explanation: note, late },
      });
      return { late };
    });
  }

  /** Self-scores given after closing, not yet accepted nor appraised, oldest first. */
  async lateSelfScores(campaignId: number): Promise<Array<{ id: number; unitId: number; criterionId: number; points: number; at: Date | null }>> {
    const rows = await this.db.score.findMany({
      where: { campaignId, selfLate: true, selfAcceptedAt: null, selfPoints: { not: null }, appraisedPoints: null, criterion: { retired: false } },
      orderBy: [{ selfAt: 'asc' }, { id: 'asc' }],
    });
    return rows.map((r) => ({ id: r.id, unitId: r.unitId, criterionId: r.criterionId, points: r.selfPoints!, at: r.selfAt }));
  }

  /**
   * The secretariat's decision on a late self-score: accepted, it counts; rejected, it is taken
   * back (there was no self-score on time, see selfScore), and the audit log keeps what it was.
   */
  async decideLateSelfScore(actor: Actor, campaignId: number, scoreId: number, accept: boolean): Promise<void> {
    if (!may(actor, 'late.decide')) throw new RuleError('late-forbidden');
    await this.db.$transaction(async (tx) => {
      const where = { id: scoreId, campaignId, selfLate: true, selfAcceptedAt: null, selfPoints: { not: null }, campaign: { organizationId: actor.organizationId } };
      const data = accept ? { selfAcceptedAt: this.clock() } : { selfPoints: null, selfExplanation: null, selfById: null, selfAt: null, selfLate: false };
      const decided = await tx.score.updateMany({ where, data });
      if (decided.count === 0) throw new RuleError('late-already-decided');
      await standingsMoved(tx, campaignId);
      await audit(tx, { actorId: actor.memberId, action: accept ? 'score.late-accept' : 'score.late-reject', entity: 'Score', entityId: scoreId });
    });
  }

  async appraise(actor: Actor, campaignId: number, unitId: number, criterionId: number, appraisal: Appraisal): Promise<{ points: number }> {
    if (!may(actor, 'score.appraise')) throw new RuleError('appraisal-forbidden');
    return this.db.$transaction(async (tx) => {
      const criterion = await this.criterionIn(tx, actor, campaignId, unitId, criterionId);
      const existing = await tx.score.findUnique({ where: { campaignId_unitId_criterionId: { campaignId, unitId, criterionId } } });
      const self = existing?.selfPoints ?? null;
      let points: number;
      let reason: string | null;
      if ('accept' in appraisal) {
        if (self === null) throw new RuleError('appraisal-no-self-score');
        points = self;
        reason = null;
      } else {
        checkPoints(appraisal.points, criterion.maxPoints);
        points = appraisal.points;
        reason = storedNote(appraisal.reason);
        // Agreeing with the unit needs no reason; anything else (no self-score included) does.
        if (points !== self && reason === null) throw new RuleError('appraisal-reason-needed');
      }
      const score = await writeScore(
        tx,
        { campaignId, unitId, criterionId },
        { appraisedPoints: points, appraisalReason: reason, appraisedById: actor.memberId, appraisedAt: this.clock() },
      );
      await audit(tx, {
        actorId: actor.memberId,
        action: 'score.appraise',
        entity: 'Score',
        entityId: score.id,
        details: { unitId, criterionId, points, self, reason, previous: existing?.appraisedPoints ?? null },
      });
      return { points };
    });
  }

  /** Per criterion of the campaign, in plan order: computed points, self-score, appraisal, evidence. */
  async proposal(campaignId: number, unitId: number): Promise<CriterionProposal[]> {
    const [campaign, latest, scores, evidence] = await Promise.all([
      this.campaigns.view(campaignId),
      this.reports.latestValues(campaignId, unitId),
      this.db.score.findMany({ where: { campaignId, unitId } }),
      this.db.evidence.groupBy({ by: ['criterionId'], where: { campaignId, unitId, criterionId: { not: null } }, _count: { _all: true } }),
    ]);
    const latestOf = new Map(latest.map((v) => [v.criterionId, v]));
    const scoreOf = new Map(scores.map((s) => [s.criterionId, s]));
    const evidenceOf = new Map(evidence.map((e) => [e.criterionId, e._count._all]));
    return taskAreasFor(campaign, unitId).flatMap((area) =>
      area.criteria.map((criterion) => {
        const value = latestOf.get(criterion.id) ?? null;
        const s = scoreOf.get(criterion.id);
        return {
          criterion,
          latest: value,
          computed: criterionPoints(criterion, value?.value ?? null),
          self: s?.selfPoints != null ? { points: s.selfPoints, explanation: s.selfExplanation, at: s.selfAt, late: s.selfLate && s.selfAcceptedAt === null } : null,
          appraised: s?.appraisedPoints != null ? { points: s.appraisedPoints, reason: s.appraisalReason, at: s.appraisedAt } : null,
          evidenceCount: evidenceOf.get(criterion.id) ?? 0,
        };
      }),
    );
  }

  /** Per unit: how many current criteria are self-scored and how many appraised. */
  async counts(campaignId: number): Promise<Map<number, { self: number; appraised: number }>> {
    const rows = await this.db.score.findMany({
      where: { campaignId, criterion: { retired: false } },
      select: { unitId: true, selfPoints: true, appraisedPoints: true },
    });
    const counts = new Map<number, { self: number; appraised: number }>();
    for (const r of rows) {
      const c = counts.get(r.unitId) ?? { self: 0, appraised: 0 };
      if (r.selfPoints !== null) c.self += 1;
      if (r.appraisedPoints !== null) c.appraised += 1;
      counts.set(r.unitId, c);
    }
    return counts;
  }

  /** Records a disciplinary violation in the campaign period; it bars the unit or member from awards. */
  async recordViolation(actor: Actor, campaignId: number, target: { unitId: number } | { memberId: number }, reason: string, occurredOn: Date): Promise<{ id: number }> {
    if (!may(actor, 'violation.record')) throw new RuleError('violation-forbidden');
    const text = storedNote(reason) ?? '';
    if (text === '') throw new RuleError('violation-reason-needed');
    return this.db.$transaction(async (tx) => {
      const campaign = await tx.campaign.findFirst({ where: { id: campaignId, organizationId: actor.organizationId } });
      if (!campaign) throw new RuleError('violation-forbidden');
      const problem = violationDateProblem(occurredOn, this.clock(), campaign);
      if (problem) throw new RuleError(problem.reason, problem.args);
      const day = startOfVnDay(occurredOn);
      const where = { organizationId: actor.organizationId, active: true };
      const found =
        'unitId' in target ? await tx.unit.findFirst({ where: { id: target.unitId, ...where } }) : await tx.member.findFirst({ where: { id: target.memberId, ...where } });
      if (!found) throw new RuleError('violation-target-gone');
      const violation = await tx.violation.create({
        data: { campaignId, ...target, reason: text, occurredOn: day, recordedById: actor.memberId, createdAt: this.clock() },
      });
      await audit(tx, {
        actorId: actor.memberId,
        action: 'violation.record',
        entity: 'Violation',
        entityId: violation.id,
        details: { ...target, reason: text, occurredOn: day.toISOString() },
      });
      return { id: violation.id };
    });
  }

  /** The campaign's violations, oldest first, as a register reads. */
  async violations(campaignId: number): Promise<ViolationView[]> {
    const rows = await this.db.violation.findMany({
      where: { campaignId },
      orderBy: [{ occurredOn: 'asc' }, { id: 'asc' }],
      include: { unit: true, member: true },
    });
    const recorders = await this.db.member.findMany({ where: { id: { in: rows.map((r) => r.recordedById) } }, select: { id: true, fullName: true } });
    const nameOf = new Map(recorders.map((m) => [m.id, m.fullName]));
    return rows.map((r) => ({
      id: r.id,
      unit: r.unit ? { id: r.unit.id, name: r.unit.name } : null,
      member: r.member ? { id: r.member.id, fullName: r.member.fullName } : null,
      reason: r.reason,
      occurredOn: r.occurredOn,
      recordedBy: nameOf.get(r.recordedById) ?? '',
    }));
  }

  /** The current criterion, checked to belong to the actor's campaign, with the unit active in it. */
  private async criterionIn(tx: Tx, actor: Actor, campaignId: number, unitId: number, criterionId: number) {
    const criterion = await tx.criterion.findFirst({ where: { id: criterionId, campaignId, retired: false, campaign: { organizationId: actor.organizationId } } });
    if (!criterion) throw new RuleError('score-criterion-gone');
    const unit = await tx.unit.findFirst({ where: { id: unitId, active: true, organizationId: actor.organizationId } });
    if (!unit) throw new RuleError('score-unit-gone');
    if (!scoredOn(criterion, unitId)) throw new RuleError('score-criterion-held');
    return criterion;
  }
}

/** Sets one unit's score on a criterion; the standings of the campaign move with it, in the same transaction. */
async function writeScore(
  tx: Tx,
  key: { campaignId: number; unitId: number; criterionId: number },
  data: Omit<Prisma.ScoreUncheckedCreateInput, 'id' | 'campaignId' | 'unitId' | 'criterionId'>,
) {
  const score = await tx.score.upsert({ where: { campaignId_unitId_criterionId: key }, create: { ...key, ...data }, update: data });
  await standingsMoved(tx, key.campaignId);
  return score;
}

function checkPoints(points: number, maxPoints: number): void {
  if (!Number.isFinite(points) || !isInRange(points, 0, maxPoints)) throw new RuleError('score-out-of-range', { max: formatNumber(maxPoints) });
}
