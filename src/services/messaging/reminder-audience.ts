import type { Db } from '../../db/client.js';
import { DAY_MS } from '../../domain/dates.js';
import type { WorkingTime } from '../../domain/working-time.js';
import type { DeadlineKind, Role } from '../../generated/prisma/client.js';
import type { ReminderSettings } from '../campaigns/campaign-import.js';
import { criteriaFor, type CampaignService, type CampaignView } from '../campaigns/campaigns.js';
import type { CouncilService } from '../awards/council.js';
import type { DossierService } from '../awards/dossier.js';
import type { ReportService } from '../reporting/reports.js';
import type { ScoreService } from '../reporting/scores.js';
import type { StandingsService } from '../reporting/standings.js';
import { may } from '../../domain/permissions.js';

// Whom the reminders are about: an active campaign's members, the heads of its units, and who
// still owes a deadline. When to write to them, and what, is the jobs' (reminders.ts).

/** The services the reminders read to tell who has done what. */
export interface ReminderSources {
  campaigns: CampaignService;
  reports: ReportService;
  scores: ScoreService;
  dossier: DossierService;
  council: CouncilService;
  standings: StandingsService;
}

/** A member as the reminders need them. */
export interface Contact {
  id: number;
  fullName: string;
  roles: Role[];
  unitId: number | null;
  checkinMuted: boolean;
  /** has a channel account that is not marked unreachable */
  reachable: boolean;
}

/** An active campaign as the reminders see it. */
export interface RunningCampaign {
  view: CampaignView;
  settings: ReminderSettings;
  workingTime: WorkingTime;
  /** the organization's active members */
  contacts: Contact[];
}

export type Deadline = CampaignView['deadlines'][number];

/** Who still owes a deadline: the units (or council members) to name, and whom to remind. */
export interface Owing {
  names: string[];
  recipients: Contact[];
  /** the units named (none for a vote, which council members owe) */
  unitIds: number[];
}

/** A campaign's working time as its reminder settings give it. */
export function workingTimeOf(settings: ReminderSettings): WorkingTime {
  const { days, from, to } = settings.workingHours;
  return { days, from, to, extraDaysOff: settings.extraDaysOff.map((d) => new Date(d)) };
}

/** The heads of the campaign's active units (or of `units`), with their unit. */
export function headsOf(c: RunningCampaign, units: readonly { id: number; name: string }[] = c.view.units): Array<{ head: Contact; unit: { id: number; name: string } }> {
  return units.flatMap((unit) => c.contacts.filter((m) => m.unitId === unit.id && may(m, 'unit.answer-for')).map((head) => ({ head, unit })));
}

/** The name of a member's unit, or nothing for members outside the campaign's units. */
export function unitNameOf(c: RunningCampaign, m: Contact): string {
  return c.view.units.find((u) => u.id === m.unitId)?.name ?? '';
}

/** Reads a campaign's members and what they have done, for the reminder jobs. */
export class ReminderAudience {
  constructor(
    private readonly db: Db,
    private readonly sources: ReminderSources,
  ) {}

  async load(campaignId: number): Promise<RunningCampaign> {
    const view = await this.sources.campaigns.view(campaignId);
    const [campaign, members] = await Promise.all([
      this.db.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { reminderSettings: true } }),
      this.db.member.findMany({
        where: { organizationId: view.organizationId, active: true },
        select: {
          id: true,
          fullName: true,
          unitId: true,
          checkinMuted: true,
          roles: { select: { role: true } },
          accounts: { where: { unreachable: false }, select: { id: true }, take: 1 },
        },
        orderBy: { id: 'asc' },
      }),
    ]);
    const settings = campaign.reminderSettings as unknown as ReminderSettings;
    return {
      view,
      settings,
      workingTime: workingTimeOf(settings),
      contacts: members.map((m) => ({
        id: m.id,
        fullName: m.fullName,
        unitId: m.unitId,
        checkinMuted: m.checkinMuted,
        roles: m.roles.map((r) => r.role),
        reachable: m.accounts.length > 0,
      })),
    };
  }

  /** Who has not done what the deadline asks yet. */
  async owing(c: RunningCampaign, d: Deadline): Promise<Owing> {
    if (d.kind === 'VOTE') {
      const pending = new Set(await this.sources.council.pendingVoters(c.view.id));
      const voters = c.contacts.filter((m) => pending.has(m.id));
      return { names: voters.map((m) => m.fullName), recipients: voters, unitIds: [] };
    }
    const units = await this.unitsOwing(c, d, d.kind);
    return { names: units.map((u) => u.name), recipients: headsOf(c, units).map(({ head }) => head), unitIds: units.map((u) => u.id) };
  }

  private async unitsOwing(c: RunningCampaign, d: Deadline, kind: Exclude<DeadlineKind, 'VOTE'>): Promise<CampaignView['units']> {
    const { id, units } = c.view;
    switch (kind) {
      case 'PROGRESS_REPORT': {
        // A report counts for the period since the previous report deadline's last day.
        const previous = c.view.deadlines.filter((p) => p.kind === 'PROGRESS_REPORT' && p.dueOn < d.dueOn).at(-1);
        const since = previous ? new Date(previous.dueOn.getTime() + DAY_MS) : c.view.startsOn;
        const done = await this.sources.reports.unitsReportedSince(id, since);
        return units.filter((u) => !done.has(u.id));
      }
      case 'SELF_SCORE': {
        const scored = await this.sources.scores.counts(id);
        return units.filter((u) => (scored.get(u.id)?.self ?? 0) < criteriaFor(c.view, u.id).length);
      }
      case 'DOSSIER': {
        const done = await this.sources.dossier.completeUnits(id);
        return units.filter((u) => !done.has(u.id));
      }
      case 'OTHER':
        return units;
    }
  }
}
