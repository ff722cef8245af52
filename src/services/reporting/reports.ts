import type { Db } from '../../db/client.js';
import { Prisma, type Channel } from '../../generated/prisma/client.js';
import { isAfterClosing } from '../../domain/closing.js';
import { isInRange } from '../../domain/numbers.js';
import { formatDate } from '../../domain/dates.js';
import { audit } from '../shared/audit.js';
import type { Clock } from '../shared/clock.js';
import { RuleError } from '../shared/errors.js';
import type { StoredBlob } from '../shared/file-store.js';
import type { Actor } from '../campaigns/members.js';
import { storedNote } from './notes.js';
import { offerLatest } from './latest-reports.js';
import { standingsMoved } from './standings-revision.js';
import { may, mayActForUnit } from '../../domain/permissions.js';

/** A report sent after the campaign closed, waiting for the secretariat to accept or reject it. */
export interface LateReport {
  id: number;
  unitId: number;
  criterionId: number;
  value: number;
  reportedAt: Date;
}

export interface LatestValue {
  criterionId: number;
  unitId: number;
  value: number;
  reportedAt: Date;
}

/** Whether something sent at `at` comes after the campaign closed (by its dates, or its status). */
export async function sentLate(tx: Pick<Prisma.TransactionClient, 'campaign'>, campaignId: number, at: Date): Promise<boolean> {
  const campaign = await tx.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { endsOn: true, closesOn: true, status: true } });
  return campaign.status === 'CLOSED' || isAfterClosing(campaign, at);
}

/** A stored file as evidence of a report, sent by `memberId` through `channel`. */
function evidenceRow(
  report: { id: number; campaignId: number; unitId: number; criterionId: number },
  memberId: number,
  blob: StoredBlob,
  channel: Channel,
  at: Date,
): Prisma.EvidenceUncheckedCreateInput {
  return {
    campaignId: report.campaignId,
    unitId: report.unitId,
    memberId,
    criterionId: report.criterionId,
    progressReportId: report.id,
    originalName: blob.originalName,
    mime: blob.mime,
    size: blob.size,
    sha256: blob.sha256,
    storageKey: blob.storageKey,
    sourceChannel: channel,
    createdAt: at,
  };
}

export class ReportService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /**
   * The latest reported value that counts, of each (unit, criterion) of a campaign: a report
   * sent after closing counts only once the secretariat has accepted it.
   */
  async latestValues(campaignId: number, unitId?: number): Promise<LatestValue[]> {
    // Kept as reports are written (latest-reports.ts): one row per pair, whatever the history.
    const unit = unitId === undefined ? Prisma.empty : Prisma.sql`AND "unitId" = ${unitId}`;
    const rows = await this.db.$queryRaw<Array<{ criterionId: number | bigint; unitId: number | bigint; value: number; reportedAt: Date }>>`
      SELECT "criterionId", "unitId", "value", "reportedAt" FROM "LatestReport" WHERE "campaignId" = ${campaignId} ${unit}`;
    return rows.map((r) => ({ criterionId: Number(r.criterionId), unitId: Number(r.unitId), value: Number(r.value), reportedAt: r.reportedAt }));
  }

  /** Units that reported anything at or after `since`. */
  async unitsReportedSince(campaignId: number, since: Date): Promise<Set<number>> {
    const rows = await this.db.progressReport.findMany({ where: { campaignId, reportedAt: { gte: since } }, distinct: ['unitId'], select: { unitId: true } });
    return new Set(rows.map((r) => r.unitId));
  }

  /** The latest report that counts (see latestValues). */
  async latestValue(campaignId: number, unitId: number, criterionId: number): Promise<LatestValue | null> {
    return this.db.latestReport.findUnique({
      where: { campaignId_unitId_criterionId: { campaignId, unitId, criterionId } },
      select: { criterionId: true, unitId: true, value: true, reportedAt: true },
    });
  }

  /** An earlier piece of evidence with these very bytes for the same unit and criterion. */
  async findEvidence(campaignId: number, unitId: number, criterionId: number, sha256: string): Promise<{ createdAt: Date } | null> {
    return this.db.evidence.findFirst({ where: { campaignId, unitId, criterionId, sha256 }, select: { createdAt: true }, orderBy: { createdAt: 'asc' } });
  }

  /**
   * Records a progress report. The rules are checked again here, whatever the dialog checked:
   * the reporter's right to report for the unit and the criterion's allowed range.
   */
  async saveProgress(input: {
    actor: Actor;
    campaignId: number;
    unitId: number;
    criterionId: number;
    value: number;
    note: string | null;
    channel: Channel;
    /** evidence files received during the dialog, attached to this report */
    evidence?: readonly StoredBlob[];
  }): Promise<{ previous: LatestValue | null; reportId: number; late: boolean }> {
    if (!mayActForUnit(input.actor, 'report', input.unitId)) throw new RuleError('report-forbidden-unit');
    return this.db.$transaction(async (tx) => {
      const criterion = await tx.criterion.findFirst({ where: { id: input.criterionId, campaignId: input.campaignId, retired: false }, include: { heldBy: true } });
      if (!criterion) throw new RuleError('report-criterion-gone');
      if (criterion.heldBy && criterion.heldByUnitId !== input.unitId) throw new RuleError('report-criterion-held', { unit: criterion.heldBy.name });
      const unit = await tx.unit.findFirst({ where: { id: input.unitId, active: true, organization: { campaigns: { some: { id: input.campaignId } } } } });
      if (!unit) throw new RuleError('report-unit-gone');
      if (!isInRange(input.value, criterion.minValue, criterion.maxValue)) throw new RuleError('report-out-of-range');
      const previous = await tx.progressReport.findFirst({
        where: { campaignId: input.campaignId, unitId: input.unitId, criterionId: input.criterionId },
        orderBy: [{ reportedAt: 'desc' }, { id: 'desc' }],
        select: { criterionId: true, unitId: true, value: true, reportedAt: true },
      });
      const note = storedNote(input.note);
      const late = await sentLate(tx, input.campaignId, this.clock());
      const report = await tx.progressReport.create({
        data: {
          campaignId: input.campaignId,
          unitId: input.unitId,
          criterionId: input.criterionId,
          memberId: input.actor.memberId,
          value: input.value,
          note,
          channel: input.channel,
          reportedAt: this.clock(),
          late,
        },
      });
      if (!late) await offerLatest(tx, report);
      for (const blob of input.evidence ?? []) {
        await tx.evidence.create({ data: evidenceRow(report, input.actor.memberId, blob, input.channel, this.clock()) });
      }
      await standingsMoved(tx, input.campaignId);
      await audit(tx, {
        actorId: input.actor.memberId,
        action: 'report.create',
        entity: 'ProgressReport',
        entityId: report.id,
        details: {
          unitId: input.unitId,
          criterionId: input.criterionId,
          value: input.value,
          previous: previous?.value ?? null,
          evidence: (input.evidence ?? []).map((b) => b.sha256),
          late,
        },
      });
      return { previous, reportId: report.id, late };
    });
  }

  /** A saved report that more evidence may be attached to (the upload page, from a Zalo chat). */
  async evidenceTarget(campaignId: number, reportId: number): Promise<{ unitId: number; unitName: string; criterionTitle: string } | null> {
    const report = await this.db.progressReport.findFirst({
      where: { id: reportId, campaignId },
      select: { unitId: true, unit: { select: { name: true } }, criterion: { select: { title: true } } },
    });
    return report && { unitId: report.unitId, unitName: report.unit.name, criterionTitle: report.criterion.title };
  }

  /** Evidence sent after the report was saved (the upload page): attached to it as the dialog's files are. */
  async attachEvidence(input: { actor: Actor; campaignId: number; reportId: number; blob: StoredBlob; channel: Channel }): Promise<void> {
    const report = await this.db.progressReport.findFirst({ where: { id: input.reportId, campaignId: input.campaignId } });
    if (!report) throw new RuleError('report-criterion-gone');
    if (!mayActForUnit(input.actor, 'report', report.unitId)) throw new RuleError('report-forbidden-unit');
    const { blob } = input;
    const earlier = await this.findEvidence(input.campaignId, report.unitId, report.criterionId, blob.sha256);
    if (earlier) throw new RuleError('file-duplicate', { date: formatDate(earlier.createdAt) });
    await this.db.$transaction(async (tx) => {
      const evidence = await tx.evidence.create({ data: evidenceRow(report, input.actor.memberId, blob, input.channel, this.clock()) });
      await audit(tx, {
        actorId: input.actor.memberId,
        action: 'report.evidence',
        entity: 'Evidence',
        entityId: evidence.id,
        details: { reportId: report.id, sha256: blob.sha256 },
      });
    });
  }

  /** Reports sent after closing that the secretariat has neither accepted nor rejected, oldest first. */
  async lateReports(campaignId: number): Promise<LateReport[]> {
    return this.db.progressReport.findMany({
      where: { campaignId, late: true, acceptedById: null },
      orderBy: [{ reportedAt: 'asc' }, { id: 'asc' }],
      select: { id: true, unitId: true, criterionId: true, value: true, reportedAt: true },
    });
  }

  /**
   * The secretariat's decision on a late report. Accepted, it counts from now on; rejected, it is
   * kept (with acceptedById set and acceptedAt left empty) and never counts.
   */
  async decideLate(actor: Actor, campaignId: number, reportId: number, accept: boolean): Promise<void> {
    if (!may(actor, 'late.decide')) throw new RuleError('late-forbidden');
    await this.db.$transaction(async (tx) => {
      const decided = await tx.progressReport.updateMany({
        where: { id: reportId, campaignId, late: true, acceptedById: null, campaign: { organizationId: actor.organizationId } },
        data: { acceptedById: actor.memberId, acceptedAt: accept ? this.clock() : null },
      });
      if (decided.count === 0) throw new RuleError('late-already-decided');
      if (accept) await offerLatest(tx, await tx.progressReport.findUniqueOrThrow({ where: { id: reportId } }));
      await standingsMoved(tx, campaignId);
      await audit(tx, { actorId: actor.memberId, action: accept ? 'report.late-accept' : 'report.late-reject', entity: 'ProgressReport', entityId: reportId });
    });
  }
}
