import type { Db } from '../../db/client.js';
import type { NominationStatus, NomineeKind, ProposalStatus } from '../../generated/prisma/client.js';

// The award pipeline of the dashboard: where each nomination stands between the head's draft and
// the decision, read from the statuses the award services write (nominations, council, final list).

/** The way forward, in order; then the ends off it. */
export const PIPELINE_STAGES = ['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'PASSED', 'PROPOSED', 'AWARDED', 'FAILED', 'NOT_AWARDED', 'WITHDRAWN'] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

/**
 * PASSED waits for the leader; a higher form the leader put forward is PROPOSED until the higher
 * level answers (AWARDED with its decision, or NOT_AWARDED); a local form the leader approved under
 * a Quyết định is AWARDED.
 */
export function stageOf(n: { status: NominationStatus; proposalStatus: ProposalStatus | null }): PipelineStage {
  if (n.status === 'APPROVED') return 'AWARDED';
  if (n.status !== 'PASSED') return n.status;
  if (n.proposalStatus === 'SUBMITTED') return 'PROPOSED';
  if (n.proposalStatus === 'NOT_AWARDED') return 'NOT_AWARDED';
  if (n.proposalStatus === 'AWARDED') return 'AWARDED';
  return 'PASSED';
}

export interface PipelineItem {
  nominationId: number;
  stage: PipelineStage;
  kind: NomineeKind;
  unitId: number;
  unitName: string;
  /** the person, for an individual nomination */
  memberName: string | null;
  awardTitle: string;
  decisionNumber: string | null;
  decisionDate: Date | null;
}

export interface Pipeline {
  /** every stage, in order, with how many nominations stand there (zeros included) */
  stages: Array<{ stage: PipelineStage; count: number }>;
  items: PipelineItem[];
}

/** The campaign's nominations (or one unit's), collectives first, in the order they were made. */
export async function loadPipeline(db: Db, campaignId: number, unitId?: number): Promise<Pipeline> {
  const [rows, quotas] = await Promise.all([
    db.nomination.findMany({
      where: { campaignId, unitId },
      select: {
        id: true,
        nomineeKind: true,
        awardForm: true,
        status: true,
        proposalStatus: true,
        decisionNumber: true,
        decisionDate: true,
        unitId: true,
        unit: { select: { name: true } },
        member: { select: { fullName: true } },
      },
      orderBy: [{ nomineeKind: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
    }),
    db.awardQuota.findMany({ where: { campaignId }, select: { nomineeKind: true, awardForm: true, awardTitle: true } }),
  ]);
  // The summary workbook's naming: the kind's quota, else any quota of the form, else the code.
  const titleOf = (kind: NomineeKind, form: string) =>
    quotas.find((q) => q.nomineeKind === kind && q.awardForm === form)?.awardTitle ?? quotas.find((q) => q.awardForm === form)?.awardTitle ?? form;
  const items = rows.map((r) => ({
    nominationId: r.id,
    stage: stageOf(r),
    kind: r.nomineeKind,
    unitId: r.unitId,
    unitName: r.unit.name,
    memberName: r.member?.fullName ?? null,
    awardTitle: titleOf(r.nomineeKind, r.awardForm),
    decisionNumber: r.decisionNumber,
    decisionDate: r.decisionDate,
  }));
  return { stages: PIPELINE_STAGES.map((stage) => ({ stage, count: items.filter((i) => i.stage === stage).length })), items };
}
