import type { Db } from '../db/client.js';
import { checklistFor, evaluateRule, failingItems, itemsIn, itemsOf, type AwardRules, type Checklist, type GroupResult } from '../domain/eligibility.js';
import { cleanLines } from '../domain/text.js';
import { audit } from './audit.js';
import { criteriaFor, type CampaignService } from './campaigns.js';
import type { Clock } from './clock.js';
import type { DossierService } from './dossier.js';
import { RuleError } from './errors.js';
import type { InitiativeService } from './initiatives.js';
import type { Actor } from './members.js';
import type { Nominee } from './nominations.js';
import type { StandingsService } from './standings.js';

// The data behind a nominee's checklist (domain/eligibility.ts) and the attested items: the head
// ticks an item with a note, the secretariat confirms it.

export const ATTESTATION_NOTE = { min: 5, max: 1000 } as const;

export interface NominationCheck {
  eligible: boolean;
  /** the plan's checklist for this nominee and form, with where it comes from */
  checklist: Checklist;
  result: GroupResult;
  /**
   * the nominee's required dossier documents (the unit's, and its own where the kind is per
   * nominee): how many, the titles of those not filed, and of those filed but not yet confirmed by the head
   */
  dossier: { required: number; filed: number; missing: string[]; unconfirmed: string[] };
  /** why it cannot go to the council yet, as a refusal says it; null when eligible */
  blocker: { reason: string; args: Record<string, string | number> } | null;
}

export interface EligibilityDeps {
  db: Db;
  campaigns: CampaignService;
  standings: StandingsService;
  initiatives: InitiativeService;
  dossier: DossierService;
}

/** Eligibility from the data as it is now; attestations count only for a saved nomination. */
export async function checkNominee(deps: EligibilityDeps, campaignId: number, nominee: Nominee, awardForm: string, nominationId: number | null): Promise<NominationCheck> {
  const { db } = deps;
  const [campaign, row] = await Promise.all([deps.campaigns.view(campaignId), db.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { awardRules: true } })]);
  const checklist = checklistFor(asRules(row.awardRules), nominee.kind, awardForm);
  const individual = nominee.kind === 'INDIVIDUAL' && nominee.memberId !== null;
  const [standings, appraised, violations, recognisedInitiatives, attestations, owed] = await Promise.all([
    deps.standings.compute(campaignId),
    db.score.findMany({ where: { campaignId, appraisedPoints: { not: null } }, select: { unitId: true, criterionId: true } }),
    db.violation.count({
      where: individual
        ? { campaignId, memberId: nominee.memberId }
        : // A collective also answers for its people: "không có cán bộ, công chức vi phạm kỷ luật" (Kim Phượng plan, II.3a).
          { campaignId, OR: [{ unitId: nominee.unitId }, { member: { unitId: nominee.unitId } }] },
    }),
    deps.initiatives.recognisedCount(campaignId, individual ? { memberId: nominee.memberId! } : { unitId: nominee.unitId }),
    nominationId === null ? [] : db.attestation.findMany({ where: { nominationId } }),
    deps.dossier.dossierFor(campaignId, nominationId ?? { unitId: nominee.unitId }),
  ]);
  // Official scores only: a criterion counts once the secretariat has appraised it.
  const done = new Set(appraised.map((s) => `${s.unitId}:${s.criterionId}`));
  const unappraisedOf = (unitId: number) => criteriaFor(campaign, unitId).filter((c) => !done.has(`${unitId}:${c.id}`));
  const entry = standings.entries.find((e) => e.unitId === nominee.unitId);
  const result = evaluateRule(
    checklist.rule,
    {
      violations,
      recognisedInitiatives,
      grade: entry?.grade.grade ?? null,
      unappraised: unappraisedOf(nominee.unitId).map((c) => c.title),
      rank: entry?.rank ?? null,
      unitsUnappraised: campaign.units.filter((u) => unappraisedOf(u.id).length > 0).length,
      attestations: new Map(attestations.map((a) => [a.itemCode, { confirmed: a.confirmedAt !== null }])),
    },
    campaign.gradeBands,
  );
  const missing = owed.missing.filter((m) => !m.unconfirmed).map((m) => m.title);
  const unconfirmed = owed.missing.filter((m) => m.unconfirmed).map((m) => m.title);
  const dossier = { required: owed.required, filed: owed.required - missing.length, missing, unconfirmed };
  const blocker = blockerOf(result, dossier, campaign.leadOffice);
  return { eligible: blocker === null, checklist, result, dossier, blocker };
}

/** The first thing that keeps the nomination from the council: appraisal, a criterion, a confirmation, the dossier. */
function blockerOf(result: GroupResult, dossier: NominationCheck['dossier'], office: string): NominationCheck['blocker'] {
  if (result.state === 'waiting') {
    const appraisal = itemsIn(result, 'awaiting_appraisal');
    if (appraisal.length > 0) return { reason: 'nomination-waits-appraisal', args: { office, items: appraisal.map((i) => i.title.replace(/\.$/, '')).join('; ') } };
  }
  if (result.state === 'not_met') return { reason: 'nomination-criteria-not-met', args: { count: failingItems(result).length } };
  if (result.state === 'waiting') return { reason: 'nomination-waits-confirmation', args: { office, count: itemsIn(result, 'awaiting_confirmation').length } };
  if (dossier.missing.length > 0) return { reason: 'award-dossier-incomplete', args: { missing: dossier.missing.join('; '), missingCount: dossier.missing.length } };
  if (dossier.unconfirmed.length > 0) return { reason: 'award-dossier-unconfirmed', args: { titles: dossier.unconfirmed.join('; ') } };
  return null;
}

function asRules(json: unknown): AwardRules | null {
  return json !== null && typeof json === 'object' && Array.isArray((json as AwardRules).checklists) ? (json as AwardRules) : null;
}

type NominationRow = { id: number; status: string; nomineeKind: Nominee['kind']; awardForm: string; unitId: number };

/** The attested item of the nomination's checklist with this code; refused when there is none. */
async function attestedItem(db: Db, campaignId: number, n: NominationRow, itemCode: string) {
  const row = await db.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { awardRules: true } });
  const item = itemsOf(checklistFor(asRules(row.awardRules), n.nomineeKind, n.awardForm).rule).find((i) => i.code === itemCode && i.check === 'attested');
  if (!item) throw new RuleError('attestation-item-unknown', { code: itemCode });
  return item;
}

/**
 * The head (or the secretariat) states an attested item is met, with a note saying how. Only a
 * draft is attested; stating it again replaces the note and asks for confirmation again.
 */
export async function attest(db: Db, clock: Clock, actor: Actor, campaignId: number, n: NominationRow, itemCode: string, note: string): Promise<void> {
  if (n.status !== 'DRAFT') throw new RuleError('nomination-not-draft', { status: n.status });
  await attestedItem(db, campaignId, n, itemCode);
  const text = cleanLines(note);
  const { min, max } = ATTESTATION_NOTE;
  if (text.length < min || text.length > max) throw new RuleError('attestation-note-length', { min, max, length: text.length });
  await db.$transaction(async (tx) => {
    const data = { attestedById: actor.memberId, attestedAt: clock(), note: text, confirmedById: null, confirmedAt: null };
    await tx.attestation.upsert({ where: { nominationId_itemCode: { nominationId: n.id, itemCode } }, create: { nominationId: n.id, itemCode, ...data }, update: data });
    await audit(tx, { actorId: actor.memberId, action: 'attestation.attest', entity: 'Nomination', entityId: n.id, details: { itemCode } });
  });
}

/** The secretariat confirms what the head attested. */
export async function confirmAttestation(db: Db, clock: Clock, actor: Actor, campaignId: number, n: NominationRow, itemCode: string): Promise<void> {
  if (!actor.roles.includes('ADMIN')) throw new RuleError('attestation-confirm-forbidden');
  await attestedItem(db, campaignId, n, itemCode);
  await db.$transaction(async (tx) => {
    const moved = await tx.attestation.updateMany({ where: { nominationId: n.id, itemCode, confirmedAt: null }, data: { confirmedById: actor.memberId, confirmedAt: clock() } });
    if (moved.count === 0) throw new RuleError('attestation-nothing-to-confirm');
    await audit(tx, { actorId: actor.memberId, action: 'attestation.confirm', entity: 'Nomination', entityId: n.id, details: { itemCode } });
  });
}
