import type { Db } from '../../db/client.js';
import type { Channel, Role } from '../../generated/prisma/client.js';
import { cleanText, searchKey } from '../../domain/text.js';
import { isLocale, type Locale } from '../../i18n/i18n.js';
import { audit } from '../shared/audit.js';
import type { Clock } from '../shared/clock.js';
import { RuleError } from '../shared/errors.js';
import { dateValue, jsonValue, readRows } from '../../db/direct-sql.js';
import { storedDialog, type StoredDialog, type StoredRow } from '../shared/dialog-state.js';

/** The registered person behind a chat, with what the rules need to know about them. */
export interface Actor {
  memberId: number;
  fullName: string;
  locale: Locale;
  roles: Role[];
  organizationId: number;
  unit: { id: number; name: string } | null;
  /** the command menu last set on the account they write from (its digest), if any */
  menu: string | null;
}

/** A row of findActor's join: SQLite gives integers as bigint and booleans as 0/1. */
interface ActorRow {
  accountId: number | bigint;
  unreachable: boolean | number;
  menu: string | null;
  memberId: number | bigint;
  fullName: string;
  locale: string;
  organizationId: number | bigint;
  active: boolean | number;
  unitId: number | bigint | null;
  unitName: string | null;
  role: Role | null;
}

/** findActorInChat's join: every column may be null, the account's as well as the dialog's. */
type ActorInChatRow = { [K in keyof ActorRow]: ActorRow[K] | null } & { [K in Exclude<keyof StoredRow, 'memberId'>]: StoredRow[K] | null } & {
  dialogMemberId: number | bigint | null;
};

export interface InviteInfo {
  code: string;
  role: Role;
  unitName: string | null;
  organizationName: string;
  /** the invite is for a member declared in the campaign file: no name to ask */
  declaredMemberName: string | null;
}

/** Invite codes are typed by people: ignore case, spaces and dashes. */
export function normaliseInviteCode(text: string): string {
  return text.toUpperCase().replace(/[\s-]/g, '');
}

export const NAME_MAX = 80;

/**
 * A person's name as others will see it: one line, NFC, single spaces, without the invisible and
 * direction-changing characters that can hide in a pasted or typed name (zero-width spaces and
 * joiners, bidi overrides, the BOM…). RuleError when it is too long or fewer than two letters are
 * left, so the person is asked again.
 */
export function personName(raw: string): string {
  const name = cleanText(raw);
  if (name.length > NAME_MAX) throw new RuleError('start-name-too-long', { length: name.length, max: NAME_MAX });
  if ((name.match(/\p{L}/gu)?.length ?? 0) < 2 || name.startsWith('/')) throw new RuleError('start-name-invalid');
  return name;
}

export class MemberService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async findActor(channel: Channel, externalId: string): Promise<Actor | null> {
    return (await this.findActorInChat(channel, externalId, null)).actor;
  }

  /**
   * The person behind an update and the dialog open in its chat, in one statement: on PostgreSQL
   * each statement is a round trip, and this is asked on every update. One plain join (a row per
   * role) instead of Prisma's include, which costs three queries; and not findUnique, whose calls
   * in one tick Prisma merges into a single query that binds more values than SQLite accepts.
   */
  async findActorInChat(channel: Channel, externalId: string, chatId: string | null): Promise<{ actor: Actor | null; dialog: StoredDialog | null }> {
    // Anchored on one constant row, so that the dialog of a stranger's chat (registering) comes too;
    // no chat is '', which no chat's id is. Read below Prisma when the client has a direct reader;
    // the row's dates and JSON are then text, which storedDialog's caller converts either way.
    const rows = await readRows<ActorInChatRow>(this.db, (sql) => sql`
      SELECT a."id" AS "accountId", a."unreachable", a."menu", m."id" AS "memberId", m."fullName", m."locale",
             m."organizationId", m."active", u."id" AS "unitId", u."name" AS "unitName", g."role",
             d."dialog", d."step", d."data", d."version", d."expiresAt", d."memberId" AS "dialogMemberId"
      FROM (SELECT 1 AS "one") o
      LEFT JOIN "ChannelAccount" a ON a."channel" = ${channel} AND a."externalId" = ${externalId}
      LEFT JOIN "Member" m ON m."id" = a."memberId"
      LEFT JOIN "Unit" u ON u."id" = m."unitId"
      LEFT JOIN "RoleGrant" g ON g."memberId" = m."id"
      LEFT JOIN "DialogState" d ON d."channel" = ${channel} AND d."chatId" = ${chatId ?? ''}
      ORDER BY g."id"`);
    const first = rows[0];
    const dialog =
      first && first.dialog != null
        ? storedDialog({
            dialog: first.dialog,
            step: first.step!,
            data: jsonValue(first.data),
            version: first.version!,
            expiresAt: dateValue(first.expiresAt),
            memberId: first.dialogMemberId,
          })
        : null;
    if (!first || first.memberId == null || !first.active) return { actor: null, dialog };
    // Writing to the bot again undoes a block: reminders reach this account again.
    if (first.unreachable) await this.db.channelAccount.update({ where: { id: Number(first.accountId) }, data: { unreachable: false } });
    const actor: Actor = {
      memberId: Number(first.memberId),
      fullName: first.fullName!,
      locale: isLocale(first.locale ?? '') ? (first.locale as Locale) : 'vi',
      roles: rows.flatMap((r) => (r.role == null ? [] : [r.role])),
      organizationId: Number(first.organizationId),
      unit: first.unitId == null ? null : { id: Number(first.unitId), name: first.unitName! },
      menu: first.menu ?? null,
    };
    return { actor, dialog };
  }

  /**
   * The person as they are now (roles, unit) by their member id, or null once they are gone or
   * deactivated: a web page opened from a signed link checks them again on every request.
   */
  async actorById(memberId: number): Promise<Actor | null> {
    const m = await this.db.member.findFirst({
      where: { id: memberId, active: true },
      select: { id: true, fullName: true, locale: true, organizationId: true, unit: { select: { id: true, name: true } }, roles: { select: { role: true } } },
    });
    if (!m) return null;
    return {
      memberId: m.id,
      fullName: m.fullName,
      locale: isLocale(m.locale) ? m.locale : 'vi',
      roles: m.roles.map((r) => r.role),
      organizationId: m.organizationId,
      unit: m.unit,
      menu: null,
    };
  }

  /** The menu digest recorded for an account, whoever it belongs to (also a deactivated member). */
  async menuOf(channel: Channel, externalId: string): Promise<string | null> {
    const account = await this.db.channelAccount.findFirst({ where: { channel, externalId }, select: { menu: true } });
    return account?.menu ?? null;
  }

  /** Records the menu now set for an account's chat (null: back to the default one). */
  async recordMenu(channel: Channel, externalId: string, menu: string | null): Promise<void> {
    // On the path of a member's first update: a plain statement is cheaper than updateMany.
    await this.db.$executeRaw`UPDATE "ChannelAccount" SET "menu" = ${menu} WHERE "channel" = ${channel} AND "externalId" = ${externalId}`;
  }

  /** Checks a code without using it up; throws RuleError when it cannot be used. */
  async inspectInvite(rawCode: string): Promise<InviteInfo> {
    const code = normaliseInviteCode(rawCode);
    const invite = await this.db.invite.findUnique({ where: { code }, include: { unit: true, organization: true } });
    if (!invite) throw new RuleError('invite-unknown', { code });
    if (invite.usesLeft <= 0) throw new RuleError('invite-used', { code });
    if (invite.expiresAt <= this.clock()) throw new RuleError('invite-expired', { code });
    const declared = invite.memberCode
      ? await this.db.member.findUnique({
          where: { organizationId_code: { organizationId: invite.organizationId, code: invite.memberCode } },
        })
      : null;
    return {
      code,
      role: invite.role,
      unitName: invite.unit?.name ?? null,
      organizationName: invite.organization.name,
      declaredMemberName: declared?.fullName ?? null,
    };
  }

  /**
   * Uses one invite: links the chat account to the declared member, or creates a member of the
   * invite's unit with its role. All or nothing, and the code is re-checked inside the transaction
   * so two people racing for the last use cannot both get in.
   */
  async redeemInvite(input: { code: string; channel: Channel; externalId: string; fullName: string | null; displayName?: string }): Promise<Actor> {
    const code = normaliseInviteCode(input.code);
    await this.db.$transaction(async (tx) => {
      const existing = await tx.channelAccount.findUnique({
        where: { channel_externalId: { channel: input.channel, externalId: input.externalId } },
      });
      if (existing) throw new RuleError('invite-already-registered');
      const invite = await tx.invite.findUnique({ where: { code } });
      if (!invite) throw new RuleError('invite-unknown', { code });
      if (invite.expiresAt <= this.clock()) throw new RuleError('invite-expired', { code });
      const taken = await tx.invite.updateMany({ where: { id: invite.id, usesLeft: { gt: 0 } }, data: { usesLeft: { decrement: 1 } } });
      if (taken.count === 0) throw new RuleError('invite-used', { code });

      let memberId: number;
      const declared = invite.memberCode
        ? await tx.member.findUnique({ where: { organizationId_code: { organizationId: invite.organizationId, code: invite.memberCode } } })
        : null;
      if (declared) {
        memberId = declared.id;
      } else {
        if (cleanText(input.fullName ?? '') === '') throw new RuleError('invite-name-missing');
        const fullName = personName(input.fullName ?? '');
        const created = await tx.member.create({
          data: { organizationId: invite.organizationId, unitId: invite.unitId, fullName, searchKey: searchKey(fullName) },
        });
        memberId = created.id;
      }
      await tx.roleGrant.upsert({
        where: { memberId_role: { memberId, role: invite.role } },
        create: { memberId, role: invite.role },
        update: {},
      });
      await tx.channelAccount.create({
        data: { memberId, channel: input.channel, externalId: input.externalId, displayName: input.displayName ?? null },
      });
      await audit(tx, { actorId: memberId, action: 'invite.redeem', entity: 'Invite', entityId: invite.id, details: { channel: input.channel } });
    });
    const actor = await this.findActor(input.channel, input.externalId);
    if (!actor) throw new Error('registered account not found after redeeming an invite');
    return actor;
  }

  /** Gives a member an account on a channel (console demo identities, linked apps). */
  async linkAccount(memberId: number, channel: Channel, externalId: string, displayName?: string): Promise<void> {
    await this.db.channelAccount.upsert({
      where: { channel_externalId: { channel, externalId } },
      create: { memberId, channel, externalId, displayName: displayName ?? null },
      update: { memberId },
    });
  }

  /** Members that have an account on a channel, with that account's id. */
  async membersOnChannel(organizationId: number, channel: Channel): Promise<Array<{ externalId: string; fullName: string; roles: Role[]; unitName: string | null }>> {
    const accounts = await this.db.channelAccount.findMany({
      where: { channel, member: { organizationId, active: true } },
      include: { member: { include: { roles: true, unit: true } } },
      orderBy: { member: { id: 'asc' } },
    });
    return accounts.map((a) => ({
      externalId: a.externalId,
      fullName: a.member.fullName,
      roles: a.member.roles.map((r) => r.role),
      unitName: a.member.unit?.name ?? null,
    }));
  }

  /** Whether the member has muted the periodic check-in (deadline nudges cannot be muted). */
  async checkinMuted(memberId: number): Promise<boolean> {
    const member = await this.db.member.findUniqueOrThrow({ where: { id: memberId }, select: { checkinMuted: true } });
    return member.checkinMuted;
  }

  /** Mutes or restores the member's own periodic check-in, with an audit entry when it changes. */
  async setCheckinMuted(actor: Actor, muted: boolean): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const changed = await tx.member.updateMany({ where: { id: actor.memberId, checkinMuted: !muted }, data: { checkinMuted: muted } });
      if (changed.count === 0) return;
      await audit(tx, { actorId: actor.memberId, action: muted ? 'checkin.mute' : 'checkin.unmute', entity: 'Member', entityId: actor.memberId });
    });
  }

  async membersOfOrganization(organizationId: number): Promise<Array<{ id: number; code: string | null; fullName: string; roles: Role[]; unitId: number | null }>> {
    const members = await this.db.member.findMany({
      where: { organizationId, active: true },
      include: { roles: true },
      orderBy: { id: 'asc' },
    });
    return members.map((m) => ({ id: m.id, code: m.code, fullName: m.fullName, roles: m.roles.map((r) => r.role), unitId: m.unitId }));
  }
}
