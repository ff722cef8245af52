import type { Db } from '../../db/client.js';
import { formatDate } from '../../domain/dates.js';
import type { Translate } from '../../i18n/i18n.js';
import { gradeFor, isGradeAtLeast, type GradeBand } from '../../domain/grades.js';
import { roundTo } from '../../domain/numbers.js';
import { rankReported } from '../../domain/ranking.js';
import { currentCampaignSql, type CampaignService } from '../campaigns/campaigns.js';
import { RuleError } from '../shared/errors.js';
import type { Actor } from '../campaigns/members.js';
import type { StandingsService } from './standings.js';
import { citySheets, workbookBytes } from './summary-report-sheets.js';
import { may } from '../../domain/permissions.js';

// A city's communes and wards side by side: each commune runs its own campaign with its
// own criteria, so they are compared on what every campaign has — the mean score of its units
// out of 100, graded by that commune's own bands — with how many units report and how many are
// graded Tốt or better. A unit with nothing reported counts 0 in the mean (a commune gains nothing
// by its units staying silent); a commune none of whose units reported is "chưa báo cáo", unranked.

/** The grade a unit needs to count among the commune's good ones (the plans' award threshold). */
const GOOD_GRADE = 'TOT';

export interface CommuneEntry {
  organizationId: number;
  name: string;
  campaignTitle: string;
  /** null when no unit of the commune has reported: not ranked, not graded */
  rank: number | null;
  /** the mean of the units' scores, out of 100 */
  score: number;
  grade: GradeBand | null;
  units: number;
  /** units with a report or a score on at least one criterion (the ranked ones) */
  reportingUnits: number;
  /** units graded Tốt or better */
  goodUnits: number;
  /** some score is not appraised yet */
  provisional: boolean;
}

export interface CityStandings {
  cityName: string;
  /** the ranked communes, then those none of whose units reported (rank and grade null) */
  entries: CommuneEntry[];
  /** communes and wards with no campaign under way */
  withoutCampaign: string[];
}

interface Commune {
  id: number;
  name: string;
  cityName: string;
  campaign: { id: number; revision: number; standingsRevision: number } | null;
}

export class CityStandingsService {
  constructor(
    private readonly db: Db,
    private readonly campaigns: CampaignService,
    private readonly standings: StandingsService,
  ) {}

  /** True when the organization is a city: it has communes or wards under it. */
  async isCity(organizationId: number): Promise<boolean> {
    return (await this.db.organization.count({ where: { parentId: organizationId } })) > 0;
  }

  /** The standings of the city's communes, for the city's own members only. */
  async compute(actor: Actor): Promise<CityStandings> {
    const communes = await this.communesOf(actor.organizationId);
    if (communes.length === 0) throw new RuleError('city-standings-not-city');
    const rows: Array<Omit<CommuneEntry, 'rank' | 'grade'> & { gradeBands: readonly GradeBand[] }> = [];
    const withoutCampaign: string[] = [];
    for (const commune of communes) {
      if (commune.campaign === null) {
        withoutCampaign.push(commune.name);
        continue;
      }
      // Views and standings held in memory, checked against the revisions read above: a city of
      // 120 communes costs one statement, not three per commune.
      const { id: campaignId, revision, standingsRevision } = commune.campaign;
      const view = await this.campaigns.view(campaignId, revision);
      const standings = await this.standings.computeAtRevisions(campaignId, { revision, standingsRevision });
      const { entries } = standings;
      const units = entries.length + standings.unreported.length;
      const score = units === 0 ? 0 : roundTo(entries.reduce((sum, e) => sum + e.score, 0) / units);
      rows.push({
        organizationId: commune.id,
        name: commune.name,
        campaignTitle: view.title,
        score,
        gradeBands: view.gradeBands,
        units,
        reportingUnits: entries.length,
        goodUnits: entries.filter((e) => isGradeAtLeast(e.grade.grade, GOOD_GRADE, view.gradeBands)).length,
        provisional: standings.provisional,
      });
    }
    const byId = new Map(rows.map(({ gradeBands, ...r }) => [r.organizationId, { row: r, gradeBands }]));
    const { ranked, unreported } = rankReported(rows.map((r) => ({ unitId: r.organizationId, name: r.name, score: r.score, known: r.reportingUnits })));
    const entry = (id: number, rank: number | null): CommuneEntry => {
      const { row, gradeBands } = byId.get(id)!;
      return { ...row, rank, grade: rank === null ? null : gradeFor(row.score, gradeBands) };
    };
    return { cityName: communes[0]!.cityName, entries: [...ranked.map((r) => entry(r.unitId, r.rank)), ...unreported.map((r) => entry(r.unitId, null))], withoutCampaign };
  }

  /**
   * The city's communes and wards, each with its campaign (as CampaignService.current chooses it)
   * and that campaign's revisions, in one statement.
   */
  private async communesOf(cityId: number): Promise<Commune[]> {
    const current = currentCampaignSql('k');
    const rows = await this.db.$queryRaw<
      Array<{
        id: number | bigint;
        name: string;
        cityName: string;
        campaignId: number | bigint | null;
        revision: number | bigint | null;
        standingsRevision: number | bigint | null;
      }>
    >`
      SELECT o."id", o."name", p."name" AS "cityName", c."id" AS "campaignId", c."revision", c."standingsRevision"
      FROM "Organization" o
      JOIN "Organization" p ON p."id" = o."parentId"
      LEFT JOIN "Campaign" c ON c."id" = (
        SELECT k."id" FROM "Campaign" k WHERE k."organizationId" = o."id" AND ${current.filter} ORDER BY ${current.order} LIMIT 1)
      WHERE o."parentId" = ${cityId}
      ORDER BY o."id"`;
    return rows.map((r) => ({
      id: Number(r.id),
      name: r.name,
      cityName: r.cityName,
      campaign: r.campaignId === null ? null : { id: Number(r.campaignId), revision: Number(r.revision), standingsRevision: Number(r.standingsRevision) },
    }));
  }

  /** The communes' standings as an .xlsx file, for the city's secretariat and leaders. */
  async buildCityWorkbook(actor: Actor, now: Date, t: Translate): Promise<{ name: string; bytes: Uint8Array; standings: CityStandings }> {
    if (!may(actor, 'summary-report.export')) throw new RuleError('xlsx-forbidden');
    const standings = await this.compute(actor);
    const bytes = await workbookBytes(citySheets(standings, t));
    // Our own words and the date only: nothing typed by anyone becomes part of a file name.
    return { name: `xep-hang-xa-phuong-${formatDate(now).replaceAll('/', '-')}.xlsx`, bytes, standings };
  }
}
