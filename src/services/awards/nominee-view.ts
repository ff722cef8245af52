import type { Db } from '../../db/client.js';
import type { NomineeKind, NominationStatus, Prisma } from '../../generated/prisma/client.js';
import type { Actor } from '../campaigns/members.js';
import { RuleError } from '../shared/errors.js';

type Reader = Pick<Prisma.TransactionClient, 'nomination' | 'awardQuota'>;

/** A nomination in these statuses still stands; a withdrawn or failed one leaves room for a new one. */
export const STANDING: NominationStatus[] = ['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'PASSED', 'APPROVED'];

export interface Nominee {
  kind: NomineeKind;
  unitId: number;
  /** the person, for INDIVIDUAL */
  memberId: number | null;
}

/** A nomination as the council and the leader see it. */
export interface NomineeView {
  nominationId: number;
  kind: NomineeKind;
  awardForm: string;
  /** the quota's title ("Giấy khen của Chủ tịch UBND xã"); the form code when no quota names it */
  awardTitle: string;
  unitId: number;
  unitName: string;
  /** the person, for an individual nomination */
  memberName: string | null;
  summary: string;
  status: NominationStatus;
}

/**
 * Nominations of a campaign in a stable order: collectives before individuals, then by unit order
 * and by when they were made.
 */
export async function loadNominees(db: Reader, campaignId: number, where: Prisma.NominationWhereInput): Promise<NomineeView[]> {
  const [rows, quotas] = await Promise.all([
    db.nomination.findMany({
      where: { ...where, campaignId },
      include: { unit: true, member: true },
      orderBy: [{ nomineeKind: 'asc' }, { unit: { sortOrder: 'asc' } }, { unitId: 'asc' }, { id: 'asc' }],
    }),
    db.awardQuota.findMany({ where: { campaignId } }),
  ]);
  return rows.map((n) => ({
    nominationId: n.id,
    kind: n.nomineeKind,
    awardForm: n.awardForm,
    awardTitle:
      quotas.find((q) => q.nomineeKind === n.nomineeKind && q.awardForm === n.awardForm)?.awardTitle ?? quotas.find((q) => q.awardForm === n.awardForm)?.awardTitle ?? n.awardForm,
    unitId: n.unitId,
    unitName: n.unit.name,
    memberName: n.member?.fullName ?? null,
    summary: n.summary,
    status: n.status,
  }));
}

/** The campaign, when it belongs to the actor's organization: nobody acts on another commune's campaign. */
export async function campaignForActor(
  db: Pick<Db, 'campaign'>,
  actor: Actor,
  campaignId: number,
): Promise<{ id: number; organizationId: number; councilQuorum: number; approvalThreshold: number }> {
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: { id: true, organizationId: true, councilQuorum: true, approvalThreshold: true },
  });
  if (!campaign || campaign.organizationId !== actor.organizationId) throw new RuleError('campaign-none');
  return campaign;
}
