import { campaignFileSchema } from '../../campaign-file/schema.js';
import { fieldPath } from '../../campaign-file/primitives.js';
import type { Db } from '../../db/client.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { holdersOf, may } from '../../domain/permissions.js';
import { nextSendTime } from '../../domain/working-time.js';
import { audit } from '../shared/audit.js';
import type { Clock } from '../shared/clock.js';
import { RuleError } from '../shared/errors.js';
import { workingTimeOf } from '../messaging/reminder-audience.js';
import type { StandingsService } from '../reporting/standings.js';
import { campaignFileData, readCampaignFile } from './campaign-export.js';
import { importInto, type ReminderSettings } from './campaign-import.js';
import { edit } from './campaign-change-edit.js';
import { notices } from './campaign-change-notices.js';
import { isScoring, moves, underChange } from './campaign-change-standings.js';
import type { CampaignChange, ChangePreview, ChangeResult, Plan, StandingsMove } from './campaign-change-types.js';
import type { CampaignService } from './campaigns.js';
import type { Tx } from './import-rows.js';
import type { Actor } from './members.js';

// ADMIN changes a running campaign in chat: a deadline, a unit, a target, a
// weight or a quota. A change is made on the campaign file itself: the campaign is exported, the
// file edited and checked by the file's schema, and imported again, so a change in chat follows
// exactly the rules of a corrected file (units retired, never deleted; reports never touched).

export class CampaignChangeService {
  constructor(
    private readonly db: Db,
    private readonly campaigns: CampaignService,
    private readonly standings: StandingsService,
    private readonly clock: Clock,
  ) {}

  /** What the change would do, written nowhere. RuleError when it would be refused. */
  async preview(campaignId: number, change: CampaignChange): Promise<ChangePreview> {
    const plan = await this.plan(this.db, campaignId, change);
    return this.describe(this.db, campaignId, change, plan, true);
  }

  /**
   * Makes the change as an import of the edited file, in one transaction with its audit entry and
   * the messages to the affected heads: a refusal leaves everything as it was.
   */
  async apply(campaignId: number, change: CampaignChange, actor: Actor): Promise<ChangeResult> {
    const campaign = await this.db.campaign.findUnique({ where: { id: campaignId }, select: { organizationId: true } });
    if (!may(actor, 'campaign.change') || campaign?.organizationId !== actor.organizationId) throw new RuleError('campaign-change-forbidden');
    // The standings before the change are read outside the transaction (SQLite has one connection
    // in it); the change itself is worked out again inside, on the data it writes over.
    const before = isScoring(change) ? await this.standings.compute(campaignId) : null;
    const result = await this.db.$transaction(
      async (tx) => {
        const plan = await this.plan(tx, campaignId, change);
        const preview = await this.describe(tx, campaignId, change, plan, false);
        const summary = await importInto(tx, plan.file);
        const { revision, reminderSettings } = await tx.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { revision: true, reminderSettings: true } });
        await audit(tx, {
          actorId: actor.memberId,
          action: `campaign.${change.kind}`,
          entity: 'Campaign',
          entityId: campaignId,
          details: { change, edits: preview.edits, units: preview.affectedUnits.map((u) => u.code), counts: summary.counts } as unknown as Prisma.InputJsonValue,
        });
        const notBefore = nextSendTime(this.clock(), workingTimeOf(reminderSettings as unknown as ReminderSettings));
        // The heads of the units each notice concerns; not the person who made the change.
        const messages = notices(change, plan).flatMap((notice, i) => {
          const heads = preview.affectedUnits.filter((u) => notice.units.includes(u.unitId)).flatMap((u) => u.heads.map((h) => h.memberId));
          return [...new Set(heads)].filter((memberId) => memberId !== actor.memberId).map((memberId) => ({ payload: notice.payload, i, memberId }));
        });
        // Written with the change rather than through OutboxService.enqueue, which commits on its
        // own: the heads are told exactly when the change is made. The revision names the change.
        await tx.outboxMessage.createMany({
          data: messages.map(({ payload, i, memberId }) => ({
            dedupeKey: `campaign-change:${campaignId}:${revision}:${i}:${memberId}`,
            campaignId,
            memberId,
            kind: 'campaign-change',
            payload: payload as unknown as Prisma.InputJsonValue,
            notBefore,
            createdAt: this.clock(),
          })),
        });
        return { preview, summary, told: messages.length };
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
    if (before === null) return result;
    const after = await this.standings.compute(campaignId);
    return { ...result, preview: { ...result.preview, standings: moves(before.entries, after.entries) } };
  }

  /** The edited campaign file, checked: RuleError for what a person can put right. */
  private async plan(db: Tx, campaignId: number, change: CampaignChange): Promise<Plan> {
    const row = await db.campaign.findUnique({ where: { id: campaignId }, select: { code: true, organizationId: true } });
    const exported = row ? await readCampaignFile(db, row.code) : null;
    if (!row || !exported) throw new RuleError('campaign-change-no-campaign');
    const units = await db.unit.findMany({ where: { organizationId: row.organizationId } });
    const planned = await edit(db, exported.file, change, campaignId, units);
    const parsed = campaignFileSchema.safeParse(campaignFileData(planned.file));
    if (!parsed.success) {
      // The checks in edit() say what is wrong in the person's terms; this is the file's last word.
      const issue = parsed.error.issues[0]!;
      throw new RuleError('campaign-change-invalid', { field: fieldPath(issue.path) });
    }
    return { ...planned, file: parsed.data };
  }

  /** `withStandings` only outside a transaction: the standings read through the services' own connection. */
  private async describe(db: Tx, campaignId: number, change: CampaignChange, plan: Plan, withStandings: boolean): Promise<ChangePreview> {
    const unitIds = [...new Set(plan.units.flat())];
    const units = await db.unit.findMany({
      where: { id: { in: unitIds } },
      orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
      // whoever answers for a unit is told of what changes for it
      include: { members: { where: { active: true, roles: { some: { role: { in: holdersOf('unit.answer-for') } } } }, orderBy: { id: 'asc' }, select: { id: true, fullName: true } } },
    });
    let standings: StandingsMove[] | null = null;
    if (withStandings && isScoring(change)) {
      const view = await this.campaigns.view(campaignId);
      const [before, after] = await Promise.all([this.standings.compute(campaignId), this.standings.computeUnder(underChange(view, change))]);
      standings = moves(before.entries, after.entries);
    }
    return {
      campaignId,
      campaignCode: plan.file.campaign.code,
      edits: plan.edits,
      affectedUnits: units.map((u) => ({ unitId: u.id, code: u.code, name: u.name, heads: u.members.map((m) => ({ memberId: m.id, fullName: m.fullName })) })),
      standings,
    };
  }
}
