import { describe, expect, it } from 'vitest';
import { allCommands } from '../../src/dialogs/commands/index.js';
import {
  ACTIONS,
  COMMAND_RULES,
  commandAccess,
  followsDeadline,
  hasAccess,
  may,
  mayActForAnyUnit,
  mayActForOwnUnit,
  mayActForUnit,
  type CommandName,
  type RoleHolder,
} from '../../src/domain/permissions.js';
import type { Role } from '../../src/generated/prisma/client.js';

const person = (roles: Role[], unitId: number | null = null): RoleHolder => ({ roles, unit: unitId === null ? null : { id: unitId } });
const HEAD_OF_1 = person(['HEAD'], 1);
const ADMIN_OF_1 = person(['ADMIN'], 1);
const LEADER = person(['LEADER']);
const MEMBER_OF_1 = person(['MEMBER'], 1);
const COUNCIL = person(['COUNCIL']);

describe('actions', () => {
  it("the leader approves the final list; the higher level's answer is recorded by the leader or the secretariat", () => {
    expect([LEADER, ADMIN_OF_1, HEAD_OF_1].map((p) => may(p, 'award.approve'))).toEqual([true, false, false]);
    expect([LEADER, ADMIN_OF_1, HEAD_OF_1].map((p) => may(p, 'award.record-higher-decision'))).toEqual([true, true, false]);
  });

  it('an action open to every member is open to whatever roles a member holds', () => {
    expect([MEMBER_OF_1, COUNCIL, LEADER].every((p) => may(p, 'initiative.submit'))).toBe(true);
    expect(may(MEMBER_OF_1, 'initiative.decide')).toBe(false);
  });

  it('a person with several roles may do what any of them may', () => {
    expect(may(person(['LEADER', 'COUNCIL']), 'council.vote')).toBe(true);
    expect(may(person(['HEAD', 'ADMIN'], 2), 'invite.create')).toBe(true);
  });
});

describe('own unit vs any unit', () => {
  it('a head reports, scores, nominates and files for their own unit only; the secretariat for any', () => {
    for (const scope of ['report', 'score', 'nomination', 'dossier', 'documents'] as const) {
      expect([mayActForUnit(HEAD_OF_1, scope, 1), mayActForUnit(HEAD_OF_1, scope, 2)]).toEqual([true, false]);
      expect([mayActForUnit(ADMIN_OF_1, scope, 1), mayActForUnit(ADMIN_OF_1, scope, 2)]).toEqual([true, true]);
      expect(mayActForUnit(MEMBER_OF_1, scope, 1)).toBe(false);
    }
  });

  it('every member looks at their own unit; the secretariat and the leaders at any', () => {
    expect([mayActForUnit(MEMBER_OF_1, 'view', 1), mayActForUnit(MEMBER_OF_1, 'view', 2)]).toEqual([true, false]);
    expect([mayActForAnyUnit(LEADER, 'view'), mayActForAnyUnit(ADMIN_OF_1, 'view'), mayActForAnyUnit(COUNCIL, 'view')]).toEqual([true, true, false]);
    // a member without a unit has no own unit
    expect(mayActForUnit(COUNCIL, 'view', 1)).toBe(false);
  });

  it("only the unit's own head confirms its dossier, not the secretariat", () => {
    expect(mayActForOwnUnit(HEAD_OF_1, 'dossier.confirm-own-unit', 1)).toBe(true);
    expect(mayActForOwnUnit(HEAD_OF_1, 'dossier.confirm-own-unit', 2)).toBe(false);
    expect(mayActForOwnUnit(person(['ADMIN', 'MEMBER'], 1), 'dossier.confirm-own-unit', 1)).toBe(false);
  });
});

describe('deadlines', () => {
  it('concern who acts by them, and the overseers follow them all', () => {
    expect([followsDeadline(HEAD_OF_1, 'DOSSIER'), followsDeadline(COUNCIL, 'DOSSIER'), followsDeadline(COUNCIL, 'VOTE')]).toEqual([true, false, true]);
    expect([followsDeadline(LEADER, 'VOTE'), followsDeadline(ADMIN_OF_1, 'SELF_SCORE'), followsDeadline(MEMBER_OF_1, 'OTHER')]).toEqual([true, true, true]);
  });
});

describe('commands', () => {
  it("each command's access is the union of its actions' roles", () => {
    expect(commandAccess('duyet')).toEqual(['LEADER', 'ADMIN']);
    expect(commandAccess('hoso')).toEqual(['HEAD', 'ADMIN', 'LEADER']);
    expect(commandAccess('sangkien')).toBe('member');
    expect(commandAccess('lienket')).toBe('anyone');
  });

  it('a stranger runs only what is open to anyone; a member what their roles give', () => {
    expect([hasAccess(null, 'anyone'), hasAccess(null, 'member'), hasAccess(null, ['ADMIN'])]).toEqual([true, false, false]);
    expect([hasAccess(COUNCIL, 'member'), hasAccess(COUNCIL, commandAccess('bophieu')), hasAccess(COUNCIL, commandAccess('binhxet'))]).toEqual([true, true, false]);
  });

  it('the registry and the policy name the same commands, and every command takes its access from the policy', () => {
    const commands = allCommands();
    expect(commands.map((c) => c.name).sort()).toEqual(Object.keys(COMMAND_RULES).sort());
    for (const c of commands) expect(c.access, `/${c.name}`).toEqual(commandAccess(c.name as CommandName));
  });

  it('every action is done through some command, or is a delivery nobody asks for', () => {
    const used = new Set<string>(Object.values(COMMAND_RULES).flatMap((r) => ('actions' in r ? r.actions : [])));
    expect(Object.keys(ACTIONS).filter((a) => !used.has(a))).toEqual(['digest.receive', 'escalation.receive', 'unreachable.receive', 'unit.answer-for']);
  });
});
