import type { Db } from '../db/client.js';
import type { Role } from '../generated/prisma/client.js';
import { audit } from './audit.js';
import type { Clock } from './clock.js';
import { RuleError } from './errors.js';
import { createInvite } from './invites.js';
import type { Actor } from './members.js';

/** Roles that belong to a unit; the others (secretariat, leaders, council) may come without one. */
export const UNIT_ROLES: readonly Role[] = ['HEAD', 'MEMBER'];

export class InviteService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** ADMIN issues a one-time invite for a unit of their own organization. */
  async issue(actor: Actor, unitId: number | null, role: Role): Promise<{ code: string; expiresAt: Date }> {
    if (!actor.roles.includes('ADMIN')) throw new RuleError('forbidden-role');
    if (unitId === null && UNIT_ROLES.includes(role)) throw new RuleError('invite-unit-needed');
    if (unitId !== null) {
      const unit = await this.db.unit.findFirst({ where: { id: unitId, organizationId: actor.organizationId, active: true } });
      if (!unit) throw new RuleError('invite-unit-foreign');
    }
    const invite = await createInvite(this.db, { organizationId: actor.organizationId, unitId, role, createdById: actor.memberId, now: this.clock() });
    await audit(this.db, { actorId: actor.memberId, action: 'invite.create', entity: 'Invite', entityId: invite.code, details: { unitId, role } });
    return invite;
  }
}
