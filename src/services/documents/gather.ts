import type { Db } from '../../db/client.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { CampaignService } from '../campaigns/campaigns.js';
import type { ReviewMinutes } from '../awards/council.js';
import type { FinalListService } from '../awards/final-list.js';
import type { ScoreService } from '../reporting/scores.js';
import type { StandingsService } from '../reporting/standings.js';
import type { AreaSummary } from './build/bao-cao-ket-qua.js';
import { nomineeName } from './build/common.js';
import type { CampaignFacts, DecidedAward, InitiativeFacts, NomineeFacts, Person, ProposedAward, ReviewFacts, UnitResults, ViolationFacts } from './facts.js';

// Reads what the documents are drafted from, through the services where one exists (standings,
// scores, the honour board) and from the database for the plain records.

export interface FactSources {
  campaigns: CampaignService;
  standings: StandingsService;
  scores: ScoreService;
  finalList: FinalListService;
}

const person = (m: { fullName: string; jobTitle: string | null }): Person => ({ fullName: m.fullName, jobTitle: m.jobTitle });

export class DocumentFacts {
  constructor(
    private readonly db: Db,
    private readonly sources: FactSources,
  ) {}

  async campaign(campaignId: number): Promise<CampaignFacts> {
    const c = await this.db.campaign.findUniqueOrThrow({ where: { id: campaignId }, include: { organization: true } });
    const leader = await this.db.member.findFirst({ where: { organizationId: c.organizationId, active: true, roles: { some: { role: 'LEADER' } } }, orderBy: { id: 'asc' } });
    return {
      code: c.code,
      title: c.title,
      legalBasis: c.legalBasis,
      organisingOffice: c.organisingOffice,
      leadOffice: c.leadOffice,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      closed: c.status === 'CLOSED' || c.closedAt !== null,
      organizationName: c.organization.name,
      organizationCode: c.organization.code,
      leader: leader ? person(leader) : null,
    };
  }

  /** Nominations in the order the council and the leader see them: collectives first, then by unit. */
  async nominees(campaignId: number, where: Prisma.NominationWhereInput): Promise<NomineeFacts[]> {
    const [rows, quotas] = await Promise.all([
      this.db.nomination.findMany({
        where: { ...where, campaignId },
        include: { unit: true, member: true },
        orderBy: [{ nomineeKind: 'asc' }, { unit: { sortOrder: 'asc' } }, { unitId: 'asc' }, { id: 'asc' }],
      }),
      this.db.awardQuota.findMany({ where: { campaignId } }),
    ]);
    return rows.map((n) => {
      const quota = quotas.find((q) => q.nomineeKind === n.nomineeKind && q.awardForm === n.awardForm) ?? quotas.find((q) => q.awardForm === n.awardForm);
      return {
        nominationId: n.id,
        kind: n.nomineeKind,
        awardForm: n.awardForm,
        awardTitle: quota?.awardTitle ?? n.awardForm,
        decidedBy: quota?.decidedBy ?? 'LOCAL',
        decider: quota?.decider ?? null,
        unitId: n.unitId,
        unitCode: n.unit.code,
        unitName: n.unit.name,
        member: n.member ? person(n.member) : null,
        summary: n.summary,
        status: n.status,
        proposalStatus: n.proposalStatus,
        decisionNumber: n.decisionNumber,
        decisionDate: n.decisionDate,
        decisionSigner: n.decisionSigner,
      };
    });
  }

  async unit(organizationId: number, unitId: number): Promise<{ id: number; code: string; name: string } | null> {
    return this.db.unit.findFirst({ where: { id: unitId, organizationId }, select: { id: true, code: true, name: true } });
  }

  /** The unit's head (HEAD role), who signs its Tờ trình and confirms its achievement reports. */
  async head(unitId: number): Promise<Person | null> {
    const head = await this.db.member.findFirst({ where: { unitId, active: true, roles: { some: { role: 'HEAD' } } }, orderBy: { id: 'asc' } });
    return head ? person(head) : null;
  }

  async unitResults(campaignId: number, unitId: number): Promise<UnitResults> {
    const [campaign, proposal, standings] = await Promise.all([
      this.sources.campaigns.view(campaignId),
      this.sources.scores.proposal(campaignId, unitId),
      this.sources.standings.current(campaignId),
    ]);
    const entry = standings.entries.find((e) => e.unitId === unitId);
    const areas = campaign.taskAreas
      .map((area) => ({
        title: area.title,
        criteria: proposal
          .filter((p) => p.criterion.taskAreaId === area.id)
          .map((p) => ({
            title: p.criterion.title,
            unitOfMeasure: p.criterion.unitOfMeasure,
            value: p.latest?.value ?? null,
            self: p.self?.points ?? null,
            appraised: p.appraised?.points ?? null,
            maxPoints: p.criterion.maxPoints,
          })),
      }))
      .filter((a) => a.criteria.length > 0);
    return {
      areas,
      score: entry?.score ?? null,
      grade: entry?.grade.label ?? null,
      rank: entry?.rank ?? null,
      ranked: standings.entries.length,
      // the unit's own figures: other units' missing appraisals do not make this report provisional
      provisional: proposal.some((p) => p.appraised === null),
    };
  }

  async initiatives(campaignId: number, whose: { memberId: number } | { unitId: number }): Promise<InitiativeFacts[]> {
    return this.db.initiative.findMany({
      where: { campaignId, status: 'RECOGNISED', ...whose },
      select: { title: true, recognisedBy: true, decisionNumber: true, decisionDate: true },
      orderBy: [{ decisionDate: 'asc' }, { id: 'asc' }],
    });
  }

  async violations(campaignId: number, whose: { memberId: number } | { unitId: number }): Promise<ViolationFacts[]> {
    return this.db.violation.findMany({ where: { campaignId, ...whose }, select: { reason: true, occurredOn: true }, orderBy: { occurredOn: 'asc' } });
  }

  async memberIdOf(nominationId: number): Promise<number | null> {
    return (await this.db.nomination.findUnique({ where: { id: nominationId }, select: { memberId: true } }))?.memberId ?? null;
  }

  /** The latest closed council review as kept for the minutes, with the council's names. */
  async review(campaignId: number, organizationId: number): Promise<ReviewFacts | null> {
    const review = await this.db.councilReview.findFirst({
      where: { campaignId, status: 'CLOSED' },
      orderBy: [{ closedAt: 'desc' }, { id: 'desc' }],
      include: { votes: { select: { memberId: true } } },
    });
    if (!review?.closedAt || !review.tally) return null;
    const minutes = review.tally as unknown as ReviewMinutes;
    const council = await this.db.member.findMany({ where: { organizationId, active: true, roles: { some: { role: 'COUNCIL' } } }, orderBy: { id: 'asc' } });
    const recorded = Array.isArray(review.present) ? (review.present as unknown[]).filter((id): id is number => typeof id === 'number') : null;
    const presentIds = new Set(recorded ?? review.votes.map((v) => v.memberId));
    const campaign = await this.db.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { approvalThreshold: true } });
    return {
      closedAt: review.closedAt,
      base: minutes.base,
      councilSize: minutes.councilSize,
      voters: minutes.voters,
      quorumPercent: minutes.quorumPercent,
      thresholdPercent: minutes.nominees[0]?.thresholdPercent ?? Math.round(campaign.approvalThreshold * 10000) / 100,
      present: council.filter((m) => presentIds.has(m.id)).map(person),
      absent: council.filter((m) => !presentIds.has(m.id)).map(person),
      presentFromVotes: recorded === null,
      results: minutes.nominees.map((r) => ({
        name: r.memberName ?? r.unitName,
        kind: r.kind,
        awardTitle: r.awardTitle,
        agree: r.agree,
        disagree: r.disagree,
        abstain: r.abstain,
        approvalPercent: r.approvalPercent,
        quorumMet: r.quorumMet,
        passed: r.passed,
      })),
    };
  }

  async hasClosedReview(campaignId: number): Promise<boolean> {
    return (await this.db.councilReview.count({ where: { campaignId, status: 'CLOSED' } })) > 0;
  }

  async lastReviewClosedAt(campaignId: number): Promise<Date | null> {
    return (await this.db.councilReview.findFirst({ where: { campaignId, status: 'CLOSED' }, orderBy: [{ closedAt: 'desc' }, { id: 'desc' }] }))?.closedAt ?? null;
  }

  /** Standings and per-area results for the campaign report. */
  async campaignResults(campaignId: number): Promise<{
    units: number;
    areas: AreaSummary[];
    standings: Array<{ rank: number; unitName: string; score: number; grade: string }>;
    unreported: string[];
    provisional: boolean;
  }> {
    const [campaign, standings] = await Promise.all([this.sources.campaigns.view(campaignId), this.sources.standings.current(campaignId)]);
    const areas: AreaSummary[] = [];
    for (const area of campaign.taskAreas) {
      const maxPoints = area.criteria.reduce((a, c) => a + c.maxPoints, 0);
      const ranked = (await this.sources.standings.current(campaignId, { taskAreaId: area.id })).entries;
      // area standings score out of 100 of the area's points: back to the area's own points
      const pts = ranked.map((e) => ({ unitName: e.unitName, points: (e.score * maxPoints) / 100 }));
      const best = pts.reduce<(typeof pts)[number] | null>((b, p) => (b === null || p.points > b.points ? p : b), null);
      areas.push({ title: area.title, maxPoints, mean: pts.length > 0 ? pts.reduce((a, p) => a + p.points, 0) / pts.length : null, best });
    }
    return {
      units: campaign.units.length,
      areas,
      standings: standings.entries.map((e) => ({ rank: e.rank, unitName: e.unitName, score: e.score, grade: e.grade.label })),
      unreported: standings.unreported.map((u) => u.unitName),
      provisional: standings.provisional,
    };
  }

  /** The awards for the report: decisions on record by form, then what waits for a higher level. */
  async awards(campaignId: number): Promise<{ decided: DecidedAward[]; proposed: ProposedAward[] }> {
    const board = await this.sources.finalList.honourBoard(campaignId);
    const decided = board.map((form) => ({
      awardTitle: form.awardTitle,
      decisions: form.decisions,
      groups: form.groups.map((g) => ({ kind: g.kind, names: g.nominees.map((n) => n.memberName ?? n.unitName) })),
    }));
    const waiting = await this.nominees(campaignId, { proposalStatus: 'SUBMITTED' });
    const proposed = [...new Set(waiting.map((n) => n.awardTitle))].map((awardTitle) => {
      const group = waiting.filter((n) => n.awardTitle === awardTitle);
      return { awardTitle, decider: group[0]!.decider, names: group.map(nomineeName) };
    });
    return { decided, proposed };
  }
}
