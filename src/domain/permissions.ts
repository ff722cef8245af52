import type { DeadlineKind, Role } from '../generated/prisma/client.js';

// Who may do what, in one place. Commands, services, /trogiup, the Telegram menus, the README's
// command table and the authorization test all read it: a change of policy is made here only.

/** Every registered member, whatever their roles. */
export const ANY_MEMBER = 'member';

/** The roles an action is open to, or every registered member. */
export type Holders = typeof ANY_MEMBER | readonly Role[];

/** Kinds of work done for one unit: the head for their own unit (`own-unit`), some roles for any (`any-unit`). */
export type UnitScope = 'report' | 'score' | 'dossier' | 'nomination' | 'documents' | 'view' | 'dashboard';

const OVERSEERS: readonly Role[] = ['ADMIN', 'LEADER'];

export const ACTIONS = {
  // progress reports (/baocao)
  'report.own-unit': ['HEAD'],
  'report.any-unit': ['ADMIN'],
  // self-scoring (/chamdiem) and the appraisal of it (/thamdinh)
  'score.own-unit': ['HEAD'],
  'score.any-unit': ['ADMIN'],
  'score.appraise': ['ADMIN'],
  /** accepting or refusing a report or self-score sent after closing */
  'late.decide': ['ADMIN'],
  'violation.record': ['ADMIN'],
  // a unit's award dossier (/nophoso, /hoso): filing and fetching; confirming is the own head's alone
  'dossier.own-unit': ['HEAD'],
  'dossier.any-unit': ['ADMIN'],
  'dossier.confirm-own-unit': ['HEAD'],
  // looking at a unit's progress, tasks and dossier (/tiendo, /nhiemvu, /hoso)
  'view.own-unit': ANY_MEMBER,
  'view.any-unit': OVERSEERS,
  // ready-made documents (/vanban): a unit's papers, and the campaign-wide ones
  'documents.own-unit': ['HEAD'],
  'documents.any-unit': ['ADMIN'],
  'documents.campaign': OVERSEERS,
  // initiatives (/sangkien): anyone sends one; the secretariat decides and sees everyone's
  'initiative.submit': ANY_MEMBER,
  'initiative.decide': ['ADMIN'],
  // award proposals (/denghi) and the secretariat's check of what heads attested
  'nomination.own-unit': ['HEAD'],
  'nomination.any-unit': ['ADMIN'],
  'attestation.confirm': ['ADMIN'],
  // the council (/binhxet, /bophieu)
  'council.run': ['ADMIN'],
  'council.vote': ['COUNCIL'],
  // the final list (/duyet): the leader approves; the higher level's answer is recorded by either
  'award.approve': ['LEADER'],
  'award.record-higher-decision': ['LEADER', 'ADMIN'],
  'invite.create': ['ADMIN'],
  'broadcast.send': ['ADMIN'],
  'campaign.overview': ['ADMIN'],
  /** editing the running campaign's plan (its file, imported again) */
  'campaign.change': ['ADMIN'],
  /** starting a campaign from the plan document sent in chat (/kehoach) */
  'campaign.draft': ['ADMIN'],
  'standings.view': ANY_MEMBER,
  // the dashboard page (/bangdieukhien, a link under /xephang, the Telegram Mini App): the
  // overseers see the whole campaign and any unit, a head their own unit's page
  'dashboard.any-unit': OVERSEERS,
  'dashboard.own-unit': ['HEAD'],
  'reminders.view': ANY_MEMBER,
  'summary-report.export': OVERSEERS,
  // who is sent what without asking: the weekly digest, the leaders' note of who is late, and a
  // unit's reminders (its deadlines, the periodic check-in), which go to whoever answers for it
  'digest.receive': OVERSEERS,
  'escalation.receive': ['LEADER'],
  /** told when a member can no longer be reached on a channel */
  'unreachable.receive': ['ADMIN'],
  'unit.answer-for': ['HEAD'],
} as const satisfies Record<string, Holders> & Record<`${UnitScope}.own-unit` | `${UnitScope}.any-unit`, Holders>;

export type Action = keyof typeof ACTIONS;
type ActionForAll = { [A in Action]: (typeof ACTIONS)[A] extends typeof ANY_MEMBER ? A : never }[Action];

/** What the policy needs to know of a person: their roles, and their unit for scoped actions. */
export interface RoleHolder {
  roles: readonly Role[];
  unit?: { id: number } | null;
}

/** Whether a registered person holds one of the given roles (any role, for every member). */
export function holds(actor: RoleHolder, holders: Holders): boolean {
  return holders === ANY_MEMBER || holders.some((role) => actor.roles.includes(role));
}

export function may(actor: RoleHolder, action: Action): boolean {
  return holds(actor, ACTIONS[action]);
}

/** The roles holding an action kept to some roles, for a database query of its holders. */
export function holdersOf(action: Exclude<Action, ActionForAll>): Role[] {
  return [...ACTIONS[action]];
}

/** Whether the person may do `scope` work for any unit, not only their own. */
export function mayActForAnyUnit(actor: RoleHolder, scope: UnitScope): boolean {
  return may(actor, `${scope}.any-unit`);
}

/** The "own unit vs any unit" rule: some roles for any unit, others only for the unit they belong to. */
export function mayActForUnit(actor: RoleHolder, scope: UnitScope, unitId: number): boolean {
  return mayActForAnyUnit(actor, scope) || mayActForOwnUnit(actor, `${scope}.own-unit`, unitId);
}

/** Whether the person may do an action kept to their own unit (the head's) for this unit. */
export function mayActForOwnUnit(actor: RoleHolder, action: Action, unitId: number): boolean {
  return may(actor, action) && actor.unit?.id === unitId;
}

/** The roles that belong to a unit; the others (secretariat, leaders, council) may have none. */
export const UNIT_ROLES: readonly Role[] = ['HEAD', 'MEMBER'];

/** Who has to act by each kind of deadline (the overseers follow them all, see `followsDeadline`). */
const DEADLINE_ACTORS: Record<DeadlineKind, readonly Role[]> = {
  PROGRESS_REPORT: ['HEAD'],
  SELF_SCORE: ['HEAD'],
  DOSSIER: ['HEAD'],
  VOTE: ['COUNCIL'],
  OTHER: ['HEAD', 'MEMBER', 'COUNCIL'],
};

/** Whether a deadline concerns a person: they act by it, or they oversee the campaign. */
export function followsDeadline(actor: RoleHolder, kind: DeadlineKind): boolean {
  return holds(actor, OVERSEERS) || holds(actor, DEADLINE_ACTORS[kind]);
}

// ---- Commands ----

/** Who may run a command: anyone (strangers too), any registered member, or holders of given roles. */
export type Access = 'anyone' | typeof ANY_MEMBER | readonly Role[];

export interface CommandRule {
  /** open to everyone, or to every member; otherwise to the holders of the actions' roles */
  open?: 'anyone' | typeof ANY_MEMBER;
  /** what the command does, in the order the README lists who does it */
  actions?: readonly Action[];
  /** the command takes a unit's name: the unit must be the person's own unless they may act for any */
  unitArgument?: UnitScope;
}

export const COMMAND_RULES = {
  start: { open: 'anyone' },
  trogiup: { open: 'anyone' },
  baocao: { actions: ['report.own-unit', 'report.any-unit'], unitArgument: 'report' },
  tiendo: { actions: ['view.own-unit', 'view.any-unit'], unitArgument: 'view' },
  nhiemvu: { actions: ['view.own-unit', 'view.any-unit'], unitArgument: 'view' },
  xephang: { actions: ['standings.view'] },
  nhacnho: { actions: ['reminders.view'] },
  lienket: { open: 'anyone' },
  chamdiem: { actions: ['score.own-unit', 'score.any-unit'], unitArgument: 'score' },
  thamdinh: { actions: ['score.appraise', 'late.decide'] },
  vipham: { actions: ['violation.record'] },
  nophoso: { actions: ['dossier.own-unit', 'dossier.any-unit'], unitArgument: 'dossier' },
  hoso: { actions: ['dossier.own-unit', 'dossier.any-unit', 'view.any-unit', 'dossier.confirm-own-unit'], unitArgument: 'view' },
  vanban: { actions: ['documents.own-unit', 'documents.any-unit', 'documents.campaign'] },
  sangkien: { actions: ['initiative.submit', 'initiative.decide'] },
  denghi: { actions: ['nomination.own-unit', 'nomination.any-unit', 'attestation.confirm'], unitArgument: 'nomination' },
  binhxet: { actions: ['council.run'] },
  bophieu: { actions: ['council.vote'] },
  duyet: { actions: ['award.approve', 'award.record-higher-decision'] },
  moi: { actions: ['invite.create'] },
  thongbao: { actions: ['broadcast.send'] },
  chiendich: { actions: ['campaign.overview'] },
  kehoach: { actions: ['campaign.draft'] },
  suakehoach: { actions: ['campaign.change'] },
  baocaotonghop: { actions: ['summary-report.export'] },
  bangdieukhien: { actions: ['dashboard.any-unit', 'dashboard.own-unit'], unitArgument: 'dashboard' },
} as const satisfies Record<string, CommandRule>;

export type CommandName = keyof typeof COMMAND_RULES;

export const commandRule = (name: CommandName): CommandRule => COMMAND_RULES[name];

/** A command's access: its `open`, else the roles of its actions (every member if one is open to all). */
export function commandAccess(name: CommandName): Access {
  const rule: CommandRule = COMMAND_RULES[name];
  if (rule.open) return rule.open;
  const holders = (rule.actions ?? []).map((a) => ACTIONS[a]);
  if (holders.includes(ANY_MEMBER)) return ANY_MEMBER;
  return [...new Set(holders.flatMap((h) => (h === ANY_MEMBER ? [] : h)))];
}

/** Whether a person (null: not registered) may run a command of this access. */
export function hasAccess(actor: RoleHolder | null, access: Access): boolean {
  if (access === 'anyone') return true;
  return actor !== null && holds(actor, access);
}
