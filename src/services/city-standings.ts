import type { Db } from '../db/client.js';
import { formatDate } from '../domain/dates.js';
import type { Translate } from '../i18n/i18n.js';
import { gradeFor, isGradeAtLeast, type GradeBand } from '../domain/grades.js';
import { roundTo } from '../domain/numbers.js';
import { rankUnits } from '../domain/ranking.js';
import type { CampaignService } from './campaigns.js';
import { RuleError } from './errors.js';
import type { Actor } from './members.js';
import type { StandingsService } from './standings.js';
import { citySheets, workbookBytes } from './summary-report-sheets.js';
import { mayExportSummary } from './summary-report.js';

// A city's communes and wards side by side (issue 7): each commune runs its own campaign with its
// own criteria, so they are compared on what every campaign has — the mean score of its units
// out of 100, graded by that commune's own bands — with how many units report and how many are
// graded Tốt or better.

/** The grade a unit needs to count among the commune's good ones (the plans' award threshold). */
const GOOD_GRADE = 'TOT';

export interface CommuneEntry {
  organizationId: number;
  name: string;
  campaignTitle: string;
  rank: number;
  /** the mean of the units' scores, out of 100 */
  score: number;
  grade: GradeBand;
  units: number;
  /** units that reported on at least one criterion */
  reportingUnits: number;
  /** units graded Tốt or better */
  goodUnits: number;
  /** some score is not appraised yet */
  provisional: boolean;
}

export interface CityStandings {
  cityName: string;
  entries: CommuneEntry[];
  /** communes and wards with no campaign under way */
  withoutCampaign: string[];
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
    const city = await this.db.organization.findUnique({
      where: { id: actor.organizationId },
      select: { name: true, children: { select: { id: true, name: true }, orderBy: { id: 'asc' } } },
    });
    if (!city || city.children.length === 0) throw new RuleError('city-standings-not-city');
    const rows: Array<Omit<CommuneEntry, 'rank'>> = [];
    const withoutCampaign: string[] = [];
    for (const commune of city.children) {
      const campaignId = await this.campaigns.activeCampaignId(commune.id);
      if (campaignId === null) {
        withoutCampaign.push(commune.name);
        continue;
      }
      const view = await this.campaigns.view(campaignId);
      const standings = await this.standings.compute(campaignId);
      const { entries } = standings;
      const score = entries.length === 0 ? 0 : roundTo(entries.reduce((sum, e) => sum + e.score, 0) / entries.length);
      rows.push({
        organizationId: commune.id,
        name: commune.name,
        campaignTitle: view.title,
        score,
        grade: gradeFor(score, view.gradeBands),
        units: entries.length,
        reportingUnits: entries.filter((e) => e.reportedCriteria > 0).length,
        goodUnits: entries.filter((e) => isGradeAtLeast(e.grade.grade, GOOD_GRADE, view.gradeBands)).length,
        provisional: standings.provisional,
      });
    }
    const byId = new Map(rows.map((r) => [r.organizationId, r]));
    const ranked = rankUnits(rows.map((r) => ({ unitId: r.organizationId, name: r.name, score: r.score })));
    return { cityName: city.name, entries: ranked.map((r) => ({ ...byId.get(r.unitId)!, rank: r.rank })), withoutCampaign };
  }

  /** The communes' standings as an .xlsx file, for the city's secretariat and leaders. */
  async buildCityWorkbook(actor: Actor, now: Date, t: Translate): Promise<{ name: string; bytes: Uint8Array; standings: CityStandings }> {
    if (!mayExportSummary(actor)) throw new RuleError('xlsx-forbidden');
    const standings = await this.compute(actor);
    const bytes = await workbookBytes(citySheets(standings, t));
    // Our own words and the date only: nothing typed by anyone becomes part of a file name.
    return { name: `xep-hang-xa-phuong-${formatDate(now).replaceAll('/', '-')}.xlsx`, bytes, standings };
  }
}
