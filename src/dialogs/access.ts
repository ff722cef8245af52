import type { Actor } from '../services/campaigns/members.js';
import type { Access } from './port.js';

/** Whether a person may run a command: anyone, any registered member, or holders of given roles. */
export function hasAccess(actor: Actor | null, access: Access): boolean {
  if (access === 'anyone') return true;
  if (!actor) return false;
  if (access === 'member') return true;
  return access.some((role) => actor.roles.includes(role));
}
