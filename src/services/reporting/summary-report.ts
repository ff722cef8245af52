import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { countVotes, percent, shareOf, type ApprovalBase } from '../../domain/awards.js';
import { formatDate } from '../../domain/dates.js';
import { scoredOn, targetMet } from '../../domain/scoring.js';
import type { Translate } from '../../i18n/i18n.js';
import type { CampaignService, CampaignView } from '../campaigns/campaigns.js';
import { RuleError } from '../shared/errors.js';
import type { Actor } from '../campaigns/members.js';
import type { ReportService } from './reports.js';
import type { StandingsService } from './standings.js';
import { summarySheets, workbookBytes, type SummaryData, type VoteResult } from './summary-report-sheets.js';
import { may } from '../../domain/permissions.js';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** bao-cao-tong-hop-kim-phuong-2025-22-11-2026.xlsx: built from our own codes, never from what someone typed. */
export function summaryFileName(campaignCode: string, now: Date): string {
  const code = campaignCode
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `bao-cao-tong-hop-${code}-${formatDate(now).replaceAll('/', '-')}.xlsx`;
}

// The council's tally as CouncilService.closeReview keeps it on a closed review for the minutes
// (ReviewMinutes): only the figures the report shows are read, and anything else is ignored.
const keptTally = z.object({
  nominationId: z.number().int(),
  agree: z.number(),
  disagree: z.number(),
  abstain: z.number(),
  approvalPercent: z.number(),
  quorumMet: z.boolean(),
  passed: z.boolean(),
});
type KeptTally = z.infer<typeof keptTally>;
// Tallies kept before the counting rule was a setting were counted over the members who voted.
const minutes = z.object({ base: z.enum(['VOTED', 'PRESENT', 'ALL_MEMBERS']).default('VOTED'), nominees: z.array(keptTally) });

function readTally(json: unknown): { base: ApprovalBase; byNomination: Map<number, KeptTally> } {
  const parsed = minutes.safeParse(json);
  return { base: parsed.success ? parsed.data.base : 'VOTED', byNomination: new Map(parsed.success ? parsed.data.nominees.map((e) => [e.nominationId, e]) : []) };
}

function resultOf(kept: KeptTally): VoteResult {
  if (kept.passed) return 'passed';
  return kept.quorumMet ? 'failed' : 'no-quorum';
}

/**
 * The summary report (/baocaotonghop): standings, values against targets, reporting status,
 * self vs appraised scores, nominations, council votes and the approved list, as an .xlsx file.
 */
export class SummaryReportService {
  constructor(
    private readonly db: Db,
    private readonly campaigns: CampaignService,
    private readonly reports: ReportService,
    private readonly standings: StandingsService,
  ) {}

  /** Headers and labels come from `t`, the language of the person asking. */
  async buildSummaryWorkbook(campaignId: number, now: Date, options: { actor: Actor; t: Translate }): Promise<{ name: string; bytes: Uint8Array }> {
    const { actor, t } = options;
    if (!may(actor, 'summary-report.export')) throw new RuleError('xlsx-forbidden');
    const campaign = await this.campaigns.view(campaignId);
    if (campaign.organizationId !== actor.organizationId) throw new RuleError('xlsx-forbidden');
    return { name: summaryFileName(campaign.code, now), bytes: await workbookBytes(summarySheets(await this.gather(campaign), t)) };
  }

  private async gather(campaign: CampaignView): Promise<SummaryData> {
    const campaignId = campaign.id;
    const [standings, latest, scores, nominations, reviews, quotas] = await Promise.all([
      this.standings.compute(campaignId),
      this.reports.latestValues(campaignId),
      this.db.score.findMany({ where: { campaignId } }),
      this.db.nomination.findMany({
        where: { campaignId },
        include: { unit: { select: { name: true } }, member: { select: { fullName: true } }, votes: { select: { reviewId: true, memberId: true, choice: true } } },
        orderBy: [{ nomineeKind: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
      }),
      this.db.councilReview.findMany({ where: { campaignId }, orderBy: [{ openedAt: 'desc' }, { id: 'desc' }] }),
      this.db.awardQuota.findMany({ where: { campaignId }, select: { nomineeKind: true, awardForm: true, awardTitle: true } }),
    ]);
    const criteria = campaign.taskAreas.flatMap((area) => area.criteria.map((c) => ({ ...c, areaTitle: area.title })));
    const latestOf = new Map(latest.map((v) => [`${v.unitId}:${v.criterionId}`, v]));

    // A commune-wide target held by one unit is that unit's row only.
    const targets = campaign.units.flatMap((unit) =>
      criteria
        .filter((c) => scoredOn(c, unit.id))
        .map((c) => {
          const reported = latestOf.get(`${unit.id}:${c.id}`) ?? null;
          const met = reported === null || c.target === null ? null : targetMet(c.direction, reported.value, c.target);
          return {
            unitName: unit.name,
            areaTitle: c.areaTitle,
            criterionTitle: c.title,
            unitOfMeasure: c.unitOfMeasure,
            target: c.target,
            direction: c.direction,
            minValue: c.minValue,
            maxValue: c.maxValue,
            value: reported?.value ?? null,
            reportedAt: reported?.reportedAt ?? null,
            met,
          };
        }),
    );

    const reporting = campaign.units.map((unit) => {
      const times = latest.filter((v) => v.unitId === unit.id).map((v) => v.reportedAt.getTime());
      return {
        unitName: unit.name,
        reported: criteria.filter((c) => latestOf.has(`${unit.id}:${c.id}`)).length,
        total: criteria.length,
        lastReportAt: times.length > 0 ? new Date(Math.max(...times)) : null,
      };
    });

    // Scores of the current units and criteria, in plan order: the ones the standings count.
    const unitIndex = new Map(campaign.units.map((u, i) => [u.id, i]));
    const criterionIndex = new Map(criteria.map((c, i) => [c.id, i]));
    const scoreRows = scores
      .filter((s) => unitIndex.has(s.unitId) && criterionIndex.has(s.criterionId))
      .sort((a, b) => unitIndex.get(a.unitId)! - unitIndex.get(b.unitId)! || criterionIndex.get(a.criterionId)! - criterionIndex.get(b.criterionId)!)
      .map((s) => {
        const c = criteria[criterionIndex.get(s.criterionId)!]!;
        return {
          unitName: campaign.units[unitIndex.get(s.unitId)!]!.name,
          criterionTitle: c.title,
          maxPoints: c.maxPoints,
          selfPoints: s.selfPoints,
          appraisedPoints: s.appraisedPoints,
          appraisalReason: s.appraisalReason,
        };
      });

    const awardTitle = (kind: string, form: string) =>
      quotas.find((q) => q.nomineeKind === kind && q.awardForm === form)?.awardTitle ?? quotas.find((q) => q.awardForm === form)?.awardTitle ?? form;
    const named = nominations.map((n) => ({
      ...n,
      nominee: n.nomineeKind === 'INDIVIDUAL' && n.member ? n.member.fullName : n.unit.name,
      awardTitle: awardTitle(n.nomineeKind, n.awardForm),
    }));

    const tallies = new Map(reviews.map((r) => [r.id, readTally(r.tally)]));
    const votes = named.flatMap((n): SummaryData['votes'] => {
      // The latest review that took up this nominee: its kept tally once closed, the votes so far while open.
      const review = reviews.find((r) => tallies.get(r.id)!.byNomination.has(n.id) || n.votes.some((v) => v.reviewId === r.id));
      if (!review) return [];
      const kept = review.status === 'CLOSED' ? tallies.get(review.id)!.byNomination.get(n.id) : undefined;
      if (kept) {
        const { agree, disagree, abstain, approvalPercent } = kept;
        return [{ nominee: n.nominee, agree, disagree, abstain, approvalPercent, base: tallies.get(review.id)!.base, result: resultOf(kept) }];
      }
      const { voted, agree, disagree, abstain } = countVotes(n.votes.filter((v) => v.reviewId === review.id));
      return [
        {
          nominee: n.nominee,
          agree,
          disagree,
          abstain,
          // So far, over the votes cast (abstentions included); the campaign's rule applies when the review closes.
          approvalPercent: percent(shareOf(agree, voted)),
          base: 'VOTED',
          result: review.status === 'OPEN' ? 'open' : null,
        },
      ];
    });

    return {
      standings: [
        ...standings.entries.map((e) => ({ rank: e.rank, unitName: e.unitName, score: e.score, gradeLabel: e.grade.label, reportedCriteria: e.reportedCriteria })),
        ...standings.unreported.map((u) => ({ rank: null, unitName: u.unitName, score: null, gradeLabel: null, reportedCriteria: 0 })),
      ],
      targets,
      reporting,
      scores: scoreRows,
      nominations: named.map((n) => ({ nominee: n.nominee, unitName: n.unit.name, kind: n.nomineeKind, awardTitle: n.awardTitle, status: n.status })),
      votes,
      // Awards on record only: a local form with its Quyết định, a higher form once the higher level decided.
      awards: named
        .filter((n) => n.status === 'APPROVED' && n.decisionNumber !== null)
        .sort((a, b) => (a.nomineeKind === b.nomineeKind ? (a.decisionDate?.getTime() ?? 0) - (b.decisionDate?.getTime() ?? 0) : a.nomineeKind === 'COLLECTIVE' ? -1 : 1))
        .map((n) => ({
          nominee: n.nominee,
          unitName: n.unit.name,
          kind: n.nomineeKind,
          awardTitle: n.awardTitle,
          decisionNumber: n.decisionNumber!,
          decisionDate: n.decisionDate,
          decisionSigner: n.decisionSigner,
        })),
    };
  }
}
