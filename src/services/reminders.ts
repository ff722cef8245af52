import { CronExpressionParser } from 'cron-parser';
import type { Db } from '../db/client.js';
import { daysUntil, formatDate, isoDay, isoWeek, startOfVnDay, TIME_ZONE } from '../domain/dates.js';
import { rankChanges } from '../domain/ranking.js';
import { isWorkingDay, nextSendTime, workingDayOnOrBefore, workingDaysBetween, type WorkingTime } from '../domain/working-time.js';
import type { DeadlineKind, Role } from '../generated/prisma/client.js';
import type { ReminderSettings } from './campaign-import.js';
import type { CampaignService, CampaignView } from './campaigns.js';
import type { Clock } from './clock.js';
import type { CouncilService } from './council.js';
import type { DossierService } from './dossier.js';
import type { OutboxItem, OutboxService } from './outbox.js';
import type { ReportService } from './reports.js';
import type { ScoreService } from './scores.js';
import type { StandingsService } from './standings.js';

// Who gets which reminder when (issue 5). Each method is one scheduled job over every ACTIVE
// campaign: it decides the recipients and queues rows in the outbox, whose unique keys make a
// second run create nothing. Delivery, paced and in the member's language, is the sender's.

/** What one run did. */
export interface ReminderRun {
  campaigns: number;
  created: number;
  /** messages already in the outbox (an earlier run queued them) */
  skipped: number;
}

/** The services the reminders read to tell who has done what. */
export interface ReminderSources {
  campaigns: CampaignService;
  reports: ReportService;
  scores: ScoreService;
  dossier: DossierService;
  council: CouncilService;
  standings: StandingsService;
}

interface Contact {
  id: number;
  fullName: string;
  roles: Role[];
  unitId: number | null;
  checkinMuted: boolean;
  /** has a channel account that is not marked unreachable */
  reachable: boolean;
}

interface Running {
  view: CampaignView;
  settings: ReminderSettings;
  workingTime: WorkingTime;
  /** the organization's active members */
  contacts: Contact[];
}

type Deadline = CampaignView['deadlines'][number];

/** Who still owes a deadline: the units (or council members) to name, and whom to remind. */
interface Owing {
  names: string[];
  recipients: Contact[];
}

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEK_MS = 7 * DAY_MS;

/** A campaign's working time as its reminder settings give it. */
export function workingTimeOf(settings: ReminderSettings): WorkingTime {
  const { days, from, to } = settings.workingHours;
  return { days, from, to, extraDaysOff: settings.extraDaysOff.map((d) => new Date(d)) };
}

/** The last time the cron fired at or before `now`, read in Vietnam's time zone. */
function lastFire(cron: string, now: Date): Date {
  // prev() looks strictly before currentDate; a millisecond later takes in a fire at `now` itself.
  return CronExpressionParser.parse(cron, { currentDate: new Date(now.getTime() + 1), tz: TIME_ZONE }).prev().toDate();
}

/** "1. Văn phòng ↑2": a standings line in no particular language. */
function standingsLine(rank: number, name: string, change: number | null): string {
  const move = change === null || change === 0 ? '' : change > 0 ? ` ↑${change}` : ` ↓${-change}`;
  return `${rank}. ${name}${move}`;
}

export class ReminderService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
    private readonly sources: ReminderSources,
  ) {}

  /**
   * The periodic check-in: when the campaign's cron has fired within the last 24 hours (and in the
   * campaign period), each head of a unit who has not muted it is asked to update progress. The
   * job runs every few minutes, so a fire is caught however the two clocks fall.
   */
  async checkin(now: Date = this.clock()): Promise<ReminderRun> {
    return this.eachCampaign(now, async (c) => {
      if (!c.settings.checkin.enabled) return [];
      const fired = lastFire(c.settings.checkin.cron, now);
      if (now.getTime() - fired.getTime() >= DAY_MS || fired < c.view.startsOn || daysUntil(c.view.endsOn, fired) < 0) return [];
      const latest = await this.sources.reports.latestValues(c.view.id);
      const total = c.view.taskAreas.reduce((n, a) => n + a.criteria.length, 0);
      const notBefore = nextSendTime(fired, c.workingTime);
      return this.heads(c)
        .filter(({ head }) => !head.checkinMuted)
        .map(({ head, unit }) => ({
          dedupeKey: `c${c.view.id}:checkin:m${head.id}:${isoDay(fired)}`,
          campaignId: c.view.id,
          memberId: head.id,
          kind: 'checkin',
          payload: {
            key: 'reminder-checkin',
            args: { campaign: c.view.title, unit: unit.name, reported: latest.filter((v) => v.unitId === unit.id).length, total },
          },
          notBefore,
        }));
    });
  }

  /**
   * Nudges before each deadline, on the days `nudgeDaysBefore` names (D-7, D-3, D-1, D-0 by
   * default), each moved back to the last working day on or before it, to whoever still owes it.
   * Heads cannot mute these. One message per person, deadline and day.
   */
  async deadlineNudges(now: Date = this.clock()): Promise<ReminderRun> {
    return this.eachCampaign(now, async (c) => {
      const today = startOfVnDay(now);
      const notBefore = nextSendTime(now, c.workingTime);
      const items: OutboxItem[] = [];
      for (const d of c.view.deadlines) {
        const days = daysUntil(d.dueOn, today);
        if (days < 0) continue;
        const nudgeDays = c.settings.nudgeDaysBefore.map((n) => workingDayOnOrBefore(new Date(d.dueOn.getTime() - n * DAY_MS), c.workingTime));
        if (!nudgeDays.some((day) => day.getTime() === today.getTime())) continue;
        for (const m of (await this.owing(c, d)).recipients) {
          items.push({
            dedupeKey: `c${c.view.id}:nudge:${d.code}:m${m.id}:${isoDay(today)}`,
            campaignId: c.view.id,
            memberId: m.id,
            kind: 'nudge',
            payload: { key: 'reminder-nudge', args: { kind: d.kind, deadline: d.title, due: formatDate(d.dueOn), days, unit: this.unitName(c, m) } },
            notBefore,
          });
        }
      }
      return items;
    });
  }

  /**
   * On working days up to the campaign's end: a daily reminder to whoever still owes a past
   * deadline, and once it is `escalateAfterWorkingDays` working days late, one message to each
   * leader naming who is late. OTHER deadlines are left out: the bot cannot tell when they are done.
   */
  async overdue(now: Date = this.clock()): Promise<ReminderRun> {
    return this.eachCampaign(now, async (c) => {
      if (!isWorkingDay(now, c.workingTime) || daysUntil(c.view.endsOn, now) < 0) return [];
      const today = isoDay(now);
      const notBefore = nextSendTime(now, c.workingTime);
      const leaders = c.contacts.filter((m) => m.roles.includes('LEADER'));
      const items: OutboxItem[] = [];
      for (const d of c.view.deadlines) {
        if (d.kind === 'OTHER' || daysUntil(d.dueOn, now) >= 0) continue;
        const owing = await this.owing(c, d);
        if (owing.names.length === 0) continue;
        const days = workingDaysBetween(d.dueOn, now, c.workingTime);
        const common = { deadline: d.title, due: formatDate(d.dueOn), days };
        for (const m of owing.recipients) {
          items.push({
            dedupeKey: `c${c.view.id}:overdue:${d.code}:m${m.id}:${today}`,
            campaignId: c.view.id,
            memberId: m.id,
            kind: 'overdue',
            payload: { key: 'reminder-overdue', args: { ...common, kind: d.kind, unit: this.unitName(c, m) } },
            notBefore,
          });
        }
        if (days < c.settings.escalateAfterWorkingDays) continue;
        for (const leader of leaders) {
          items.push({
            dedupeKey: `c${c.view.id}:escalate:${d.code}:m${leader.id}`,
            campaignId: c.view.id,
            memberId: leader.id,
            kind: 'escalation',
            payload: { key: 'reminder-escalation', args: { ...common, kind: d.kind, count: owing.names.length, late: owing.names.join(', ') } },
            notBefore,
          });
        }
      }
      return items;
    });
  }

  /**
   * The week in brief for the secretariat and the leaders: units silent for 7 days, heads the
   * bot cannot reach, and how the standings moved since a week ago. One per person and ISO week.
   */
  async weeklyDigest(now: Date = this.clock()): Promise<ReminderRun> {
    return this.eachCampaign(now, async (c) => {
      if (now < c.view.startsOn || daysUntil(c.view.endsOn, now) < 0) return [];
      const weekAgo = new Date(now.getTime() - WEEK_MS);
      const [reported, standings, before] = await Promise.all([
        this.sources.reports.unitsReportedSince(c.view.id, weekAgo),
        this.sources.standings.compute(c.view.id),
        this.sources.standings.ranksAt(c.view.id, weekAgo),
      ]);
      const silent = c.view.units.filter((u) => !reported.has(u.id)).map((u) => u.name);
      const unreachable = this.heads(c)
        .filter(({ head }) => !head.reachable)
        .map(({ head, unit }) => `${head.fullName} (${unit.name})`);
      const ranked = standings.entries.map((e) => ({ unitId: e.unitId, name: e.unitName, score: e.score, rank: e.rank }));
      const changes = rankChanges(ranked, before);
      const args = {
        campaign: c.view.title,
        from: formatDate(weekAgo),
        to: formatDate(now),
        silentCount: silent.length,
        silent: silent.join(', '),
        unreachableCount: unreachable.length,
        unreachable: unreachable.join(', '),
        compared: before === null ? 'no' : 'yes',
        moved: [...changes.values()].filter((change) => change !== null && change !== 0).length,
        standings: ranked.map((r) => standingsLine(r.rank, r.name, changes.get(r.unitId) ?? null)).join('\n'),
      };
      const notBefore = nextSendTime(now, c.workingTime);
      return c.contacts
        .filter((m) => m.roles.includes('ADMIN') || m.roles.includes('LEADER'))
        .map((m) => ({
          dedupeKey: `c${c.view.id}:digest:m${m.id}:${isoWeek(now)}`,
          campaignId: c.view.id,
          memberId: m.id,
          kind: 'digest',
          payload: { key: 'digest-weekly', args },
          notBefore,
        }));
    });
  }

  /**
   * Runs `plan` for every active campaign and queues what it returns, leaving out members the
   * bot cannot reach: they would only make dead rows (the weekly digest names them instead).
   */
  private async eachCampaign(now: Date, plan: (c: Running) => Promise<OutboxItem[]>): Promise<ReminderRun> {
    const run: ReminderRun = { campaigns: 0, created: 0, skipped: 0 };
    for (const campaignId of await this.sources.campaigns.activeCampaignIds()) {
      const c = await this.load(campaignId);
      const reachable = new Set(c.contacts.filter((m) => m.reachable).map((m) => m.id));
      const items = (await plan(c)).filter((item) => reachable.has(item.memberId));
      const { created, skipped } = await this.outbox.enqueue(items);
      run.campaigns += 1;
      run.created += created;
      run.skipped += skipped;
    }
    return run;
  }

  private async load(campaignId: number): Promise<Running> {
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

  /** The heads of the campaign's active units, with their unit. */
  private heads(c: Running, units: readonly { id: number; name: string }[] = c.view.units): Array<{ head: Contact; unit: { id: number; name: string } }> {
    return units.flatMap((unit) => c.contacts.filter((m) => m.unitId === unit.id && m.roles.includes('HEAD')).map((head) => ({ head, unit })));
  }

  private unitName(c: Running, m: Contact): string {
    return c.view.units.find((u) => u.id === m.unitId)?.name ?? '';
  }

  /** Who has not done what the deadline asks yet. */
  private async owing(c: Running, d: Deadline): Promise<Owing> {
    if (d.kind === 'VOTE') {
      const pending = new Set(await this.sources.council.pendingVoters(c.view.id));
      const voters = c.contacts.filter((m) => pending.has(m.id));
      return { names: voters.map((m) => m.fullName), recipients: voters };
    }
    const units = await this.unitsOwing(c, d, d.kind);
    return { names: units.map((u) => u.name), recipients: this.heads(c, units).map(({ head }) => head) };
  }

  private async unitsOwing(c: Running, d: Deadline, kind: Exclude<DeadlineKind, 'VOTE'>): Promise<CampaignView['units']> {
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
        const criteria = c.view.taskAreas.reduce((n, a) => n + a.criteria.length, 0);
        const scored = await this.sources.scores.counts(id);
        return units.filter((u) => (scored.get(u.id)?.self ?? 0) < criteria);
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
