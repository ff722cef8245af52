import type { Role } from '../generated/prisma/client.js';
import type { Translate } from './i18n.js';

/** The Fluent message naming each role, shared by the chat and the command line. */
export const ROLE_KEYS: Record<Role, string> = {
  ADMIN: 'role-admin',
  LEADER: 'role-leader',
  HEAD: 'role-head',
  MEMBER: 'role-member',
  COUNCIL: 'role-council',
};

export function roleNames(t: Translate, roles: readonly Role[]): string {
  return roles.map((r) => t(ROLE_KEYS[r])).join(', ');
}
