import { daysUntil, startOfVnDay } from '../../domain/dates.js';
import { isDefault } from '../../domain/sources.js';
import { workingDaysBetween } from '../../domain/working-time.js';
import type { DeadlineKind } from '../../generated/prisma/client.js';
import { criteriaFor } from '../campaigns/campaigns.js';
import type { ReminderAudience } from '../messaging/reminder-audience.js';
import type { ReportService } from './reports.js';
import type { ScoreService } from './scores.js';

// Who still owes what, as the reminders see it: the same ReminderAudience decides who owes a
// deadline (so the page and the reminders never disagree), the late items are the ones /thamdinh
// lists, and a criterion without a report counting is missing, as /tiendo says.

export interface OwedDeadline {
  code: string;
  title: string;
  kind: DeadlineKind;
  dueOn: Date;
  /** the plan states no date for it: the campaign file's default */
  dueDefault: boolean;
  /** working days left (≥ 0), or working days late once past */
  workingDays: number;
  overdue: boolean;
  /** who has not done it yet: unit names, or council members for a vote; null for OTHER, which the bot cannot tell */
  owing: string[] | null;
  owingUnitIds: number[];
}

export interface MissingReports {
  unitId: number;
  unitName: string;
  /** criteria of the unit without a report that counts */
  missing: number;
  total: number;
}

export interface OwingView {
  deadlines: OwedDeadline[];
  missingReports: MissingReports[];
  /** sent after closing, waiting for the secretariat (/thamdinh) */
  lateAwaiting: { reports: number; selfScores: number };
}

export async function loadOwing(
  sources: { audience: ReminderAudience; reports: ReportService; scores: ScoreService },
  campaignId: number,
  now: Date,
  unitId?: number,
): Promise<OwingView> {
  const c = await sources.audience.load(campaignId);
  const [latest, lateReports, lateScores] = await Promise.all([
    sources.reports.latestValues(campaignId, unitId),
    sources.reports.lateReports(campaignId),
    sources.scores.lateSelfScores(campaignId),
  ]);
  const today = startOfVnDay(now);
  const deadlines: OwedDeadline[] = [];
  for (const d of c.view.deadlines) {
    const overdue = daysUntil(d.dueOn, today) < 0;
    const owing = d.kind === 'OTHER' ? null : await sources.audience.owing(c, d);
    // A head's page shows their own unit's part only; a vote is the council's, not a unit's.
    if (unitId !== undefined && (owing === null || !owing.unitIds.includes(unitId))) continue;
    deadlines.push({
      code: d.code,
      title: d.title,
      kind: d.kind,
      dueOn: d.dueOn,
      dueDefault: isDefault(c.view.sources, `deadlines.${d.code}`) || isDefault(c.view.sources, `deadlines.${d.code}.due`),
      workingDays: overdue ? workingDaysBetween(d.dueOn, now, c.workingTime) : workingDaysBetween(today, d.dueOn, c.workingTime),
      overdue,
      owing: owing?.names ?? null,
      owingUnitIds: owing?.unitIds ?? [],
    });
  }
  const reported = new Set(latest.map((v) => `${v.unitId}:${v.criterionId}`));
  const units = c.view.units.filter((u) => unitId === undefined || u.id === unitId);
  const missingReports = units.map((u) => {
    const mine = criteriaFor(c.view, u.id);
    return { unitId: u.id, unitName: u.name, missing: mine.filter((cr) => !reported.has(`${u.id}:${cr.id}`)).length, total: mine.length };
  });
  const mine = <T extends { unitId: number }>(rows: T[]) => rows.filter((r) => unitId === undefined || r.unitId === unitId).length;
  return { deadlines, missingReports, lateAwaiting: { reports: mine(lateReports), selfScores: mine(lateScores) } };
}
