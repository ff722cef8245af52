import { CronExpressionParser } from 'cron-parser';
import type { Db } from '../../db/client.js';
import { isAfterClosing } from '../../domain/closing.js';
import { DAY_MS, daysUntil, formatDate, isoDay, isoWeek, startOfVnDay, TIME_ZONE } from '../../domain/dates.js';
import { rankChanges } from '../../domain/ranking.js';
import { isWorkingDay, nextSendTime, workingDayOnOrBefore, workingDaysBetween, type WorkingTime } from '../../domain/working-time.js';
import type { ReminderSettings } from '../campaigns/campaign-import.js';
import { criteriaFor } from '../campaigns/campaigns.js';
import type { Clock } from '../shared/clock.js';
import type { OutboxService } from './outbox.js';
import type { OutboxItem } from './outbox-message.js';
import { headsOf, ReminderAudience, unitNameOf, workingTimeOf, type ReminderSources, type RunningCampaign } from './reminder-audience.js';
import { may } from '../../domain/permissions.js';

// Who gets which reminder when. Each method is one scheduled job over every ACTIVE
// campaign: it decides the recipients and queues rows in the outbox, whose unique keys make a
// second run create nothing. Delivery, paced and in the member's language, is the sender's.

/** What one run did. */
export interface ReminderRun {
  campaigns: number;
  created: number;
  /** messages already in the outbox (an earlier run queued them) */
  skipped: number;
}

const WEEK_MS = 7 * DAY_MS;

/** The last time the cron fired at or before `now`, read in Vietnam's time zone. */
function lastFire(cron: string, now: Date): Date {
  // prev() looks strictly before currentDate; a millisecond later takes in a fire at `now` itself.
  return CronExpressionParser.parse(cron, { currentDate: new Date(now.getTime() + 1), tz: TIME_ZONE })
    .prev()
    .toDate();
}

/** "1. Văn phòng ↑2": a standings line in no particular language. */
function standingsLine(rank: number, name: string, change: number | null): string {
  const move = change === null || change === 0 ? '' : change > 0 ? ` ↑${change}` : ` ↓${-change}`;
  return `${rank}. ${name}${move}`;
}

export class ReminderService {
  private readonly audience: ReminderAudience;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
    private readonly sources: ReminderSources,
  ) {
    this.audience = new ReminderAudience(db, sources);
  }

  /**
   * What members are shown of the campaign's reminder settings: whether the plan runs the periodic
   * check-in at all (/nhacnho offers its switch only then), and its working calendar, in which
   * every day count shown is counted ("còn 3 ngày làm việc").
   */
  async settingsFor(campaignId: number): Promise<{ checkinEnabled: boolean; workingTime: WorkingTime }> {
    const campaign = await this.db.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { reminderSettings: true } });
    const settings = campaign.reminderSettings as unknown as ReminderSettings;
    return { checkinEnabled: settings.checkin.enabled, workingTime: workingTimeOf(settings) };
  }

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
      const notBefore = nextSendTime(fired, c.workingTime);
      // Keyed by the day it goes out, not the day the cron fired: a fire held over a holiday and
      // the regular fire of the next working day are then one reminder, not two.
      return headsOf(c)
        .filter(({ head }) => !head.checkinMuted)
        .map(({ head, unit }) => ({
          dedupeKey: `c${c.view.id}:checkin:m${head.id}:${isoDay(notBefore)}`,
          campaignId: c.view.id,
          memberId: head.id,
          kind: 'checkin',
          payload: {
            key: 'reminder-checkin',
            args: { campaign: c.view.title, unit: unit.name, reported: latest.filter((v) => v.unitId === unit.id).length, total: criteriaFor(c.view, unit.id).length },
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
        if (daysUntil(d.dueOn, today) < 0) continue;
        const nudgeDays = c.settings.nudgeDaysBefore.map((n) => workingDayOnOrBefore(new Date(d.dueOn.getTime() - n * DAY_MS), c.workingTime));
        if (!nudgeDays.some((day) => day.getTime() === today.getTime())) continue;
        // Shown in working days, as every day count the bot shows.
        const days = workingDaysBetween(today, d.dueOn, c.workingTime);
        for (const m of (await this.audience.owing(c, d)).recipients) {
          items.push({
            dedupeKey: `c${c.view.id}:nudge:${d.code}:m${m.id}:${isoDay(today)}`,
            campaignId: c.view.id,
            memberId: m.id,
            kind: 'nudge',
            payload: { key: 'reminder-nudge', args: { kind: d.kind, deadline: d.title, due: formatDate(d.dueOn), days, unit: unitNameOf(c, m) } },
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
      const leaders = c.contacts.filter((m) => may(m, 'escalation.receive'));
      const items: OutboxItem[] = [];
      for (const d of c.view.deadlines) {
        if (d.kind === 'OTHER' || daysUntil(d.dueOn, now) >= 0) continue;
        const owing = await this.audience.owing(c, d);
        if (owing.names.length === 0) continue;
        const days = workingDaysBetween(d.dueOn, now, c.workingTime);
        const common = { deadline: d.title, due: formatDate(d.dueOn), days };
        for (const m of owing.recipients) {
          items.push({
            dedupeKey: `c${c.view.id}:overdue:${d.code}:m${m.id}:${today}`,
            campaignId: c.view.id,
            memberId: m.id,
            kind: 'overdue',
            payload: { key: 'reminder-overdue', args: { ...common, kind: d.kind, unit: unitNameOf(c, m) } },
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
      const unreachable = headsOf(c)
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
        // a unit ranked for the first time (it reported since) moved too
        moved: [...changes.values()].filter((change) => change !== 0).length,
        standings: ranked.map((r) => standingsLine(r.rank, r.name, changes.get(r.unitId) ?? null)).join('\n'),
      };
      const notBefore = nextSendTime(now, c.workingTime);
      return c.contacts
        .filter((m) => may(m, 'digest.receive'))
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
   * Runs `plan` for every running campaign and queues what it returns, leaving out members the
   * bot cannot reach: they would only make dead rows (the weekly digest names them instead). A
   * closed campaign gets no reminders, also in the hour before the closing job marks it so.
   */
  private async eachCampaign(now: Date, plan: (c: RunningCampaign) => Promise<OutboxItem[]>): Promise<ReminderRun> {
    const run: ReminderRun = { campaigns: 0, created: 0, skipped: 0 };
    for (const campaignId of await this.sources.campaigns.activeCampaignIds()) {
      const c = await this.audience.load(campaignId);
      if (isAfterClosing(c.view, now)) continue;
      const reachable = new Set(c.contacts.filter((m) => m.reachable).map((m) => m.id));
      const items = (await plan(c)).filter((item) => reachable.has(item.memberId));
      const { created, skipped } = await this.outbox.enqueue(items);
      run.campaigns += 1;
      run.created += created;
      run.skipped += skipped;
    }
    return run;
  }
}
