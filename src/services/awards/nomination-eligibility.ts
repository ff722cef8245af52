import type { Db } from '../../db/client.js';
import { checklistFor, evaluateRule, failingItems, itemsIn, type Checklist, type GroupResult } from '../../domain/eligibility.js';
import { asRules, attestationsOf, type AttestationView, type Refusal } from './attestations.js';
import { criteriaFor, type CampaignService } from '../campaigns/campaigns.js';
import type { DossierService } from './dossier.js';
import type { InitiativeService } from './initiatives.js';
import type { Nominee } from './nominee-view.js';
import type { StandingsService } from '../reporting/standings.js';

// The data behind a nominee's checklist (domain/eligibility.ts); the attested items' own record
// is attestations.ts.

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
  /** what the head gave for each ticked item (note, file), and the secretariat's standing refusals */
  attestations: Map<string, AttestationView>;
  refusals: Map<string, Refusal>;
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
    nominationId === null ? { given: new Map<string, AttestationView>(), refusals: new Map<string, Refusal>() } : attestationsOf(db, nominationId),
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
      attestations: attestations.given,
    },
    campaign.gradeBands,
  );
  const missing = owed.missing.filter((m) => !m.unconfirmed).map((m) => m.title);
  const unconfirmed = owed.missing.filter((m) => m.unconfirmed).map((m) => m.title);
  const dossier = { required: owed.required, filed: owed.required - missing.length, missing, unconfirmed };
  const blocker = blockerOf(result, dossier, campaign.leadOffice);
  return { eligible: blocker === null, checklist, result, dossier, attestations: attestations.given, refusals: attestations.refusals, blocker };
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
