import type { Db } from '../../db/client.js';
import type { Channel, Role } from '../../generated/prisma/client.js';
import { audit } from '../shared/audit.js';
import type { Clock } from '../shared/clock.js';
import { RuleError } from '../shared/errors.js';
import { createInvite } from './invite-codes.js';
import type { Actor } from './members.js';
import { may, UNIT_ROLES } from '../../domain/permissions.js';

/** Roles that belong to a unit; the others (secretariat, leaders, council) may come without one. */

/** Wrong codes a chat account may type within the window before it has to wait. */
export const WRONG_CODES_ALLOWED = 5;
export const WRONG_CODES_WINDOW_MS = 15 * 60_000;
/** Refusals that mean "no usable code of that spelling": a typing slip, or a guess. */
const WRONG_CODE_REASONS = new Set(['invite-unknown', 'invite-used', 'invite-expired', 'link-code-unknown', 'link-code-used', 'link-code-expired']);
const WRONG_CODE = { action: 'code.wrong', entity: 'ChatAccount' } as const;

export class InviteService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** ADMIN issues a one-time invite for a unit of their own organization. */
  async issue(actor: Actor, unitId: number | null, role: Role): Promise<{ code: string; expiresAt: Date }> {
    if (!may(actor, 'invite.create')) throw new RuleError('forbidden-role');
    if (unitId === null && UNIT_ROLES.includes(role)) throw new RuleError('invite-unit-needed');
    if (unitId !== null) {
      const unit = await this.db.unit.findFirst({ where: { id: unitId, organizationId: actor.organizationId, active: true } });
      if (!unit) throw new RuleError('invite-unit-foreign');
    }
    const invite = await createInvite(this.db, { organizationId: actor.organizationId, unitId, role, createdById: actor.memberId, now: this.clock() });
    await audit(this.db, { actorId: actor.memberId, action: 'invite.create', entity: 'Invite', entityId: invite.code, details: { unitId, role } });
    return invite;
  }

  /**
   * Runs `use` (an invite or link code typed by a chat account) unless that account typed too many
   * wrong codes lately, and counts a wrong one. Invite and link codes share the count, so going
   * from /start to /lienket gains no tries. Counted in the audit log rather than in memory, so the
   * limit holds for every channel, across restarts and between two running instances.
   */
  async tryCode<T>(channel: Channel, externalId: string, use: () => Promise<T>): Promise<T> {
    const entityId = `${channel}:${externalId}`;
    const now = this.clock();
    const recent = await this.db.auditLog.findMany({
      where: { ...WRONG_CODE, entityId, at: { gt: new Date(now.getTime() - WRONG_CODES_WINDOW_MS) } },
      select: { at: true },
      orderBy: { at: 'desc' },
      take: WRONG_CODES_ALLOWED,
    });
    if (recent.length >= WRONG_CODES_ALLOWED) {
      // Free again once the oldest of these leaves the window.
      const freeAt = recent.at(-1)!.at.getTime() + WRONG_CODES_WINDOW_MS;
      throw new RuleError('code-attempts-exceeded', { minutes: Math.max(1, Math.ceil((freeAt - now.getTime()) / 60_000)) });
    }
    try {
      return await use();
    } catch (error) {
      if (error instanceof RuleError && WRONG_CODE_REASONS.has(error.reason)) {
        // `at` from the service clock, as the window is measured with it.
        await this.db.auditLog.create({ data: { ...WRONG_CODE, at: now, actorId: null, entityId, details: { reason: error.reason } } });
      }
      throw error;
    }
  }
}
