import { commandAccess, UNIT_ROLES } from '../../domain/permissions.js';
import { formatDate } from '../../domain/dates.js';
import { matchByName, searchKey } from '../../domain/text.js';
import type { Role } from '../../generated/prisma/client.js';
import { actorOf, type Command, type DialogContext, type StepResult } from '../port.js';
import { ROLE_KEYS } from '../../i18n/roles.js';
import { campaignOf, unitFromArgs } from '../scope.js';
import { z } from 'zod';
import { optionValue, picked } from '../answers.js';
import { NO_STATE, step } from '../state.js';

const NO_UNIT = 'none';
const ROLES = Object.keys(ROLE_KEYS) as Role[];

/** The unit the invite is for (none for roles outside units), while the role is asked. */
const FOR_UNIT = z.object({ unitId: z.number().nullable() });

/**
 * A role typed by an officer: its code (HEAD) or words of its name in their language, without
 * diacritics ("thu truong" and "hoi dong" find their roles). Fragments shorter than five letters
 * are too loose to count ("cong" is in several names).
 */
function roleFromText(ctx: DialogContext, text: string): Role | null {
  const key = searchKey(text);
  const byCode = ROLES.find((r) => r.toLowerCase() === key);
  if (byCode || key.length < 5) return byCode ?? null;
  const found = ROLES.filter((r) => ` ${searchKey(ctx.t(ROLE_KEYS[r])).replace(/,/g, ' ')}`.includes(` ${key}`));
  return found.length === 1 ? found[0]! : null;
}

async function issue(ctx: DialogContext, unitId: number | null, role: Role): Promise<StepResult> {
  const { code, expiresAt } = await ctx.services.invites.issue(actorOf(ctx), unitId, role);
  const campaign = await campaignOf(ctx);
  const unit = campaign.units.find((u) => u.id === unitId);
  return {
    replies: [
      ctx.t('invite-created', { code, role: ctx.t(ROLE_KEYS[role]), unit: unit?.name ?? ctx.t('unit-none'), expires: formatDate(expiresAt) }),
      ctx.t('invite-how-to-use', { code }),
      ...(ctx.envelope.startLink ? [ctx.t('invite-link', { link: ctx.envelope.startLink(code) })] : []),
    ],
  };
}

function askRole(ctx: DialogContext, unitId: number | null): StepResult {
  const roles = unitId === null ? ROLES.filter((r) => !UNIT_ROLES.includes(r)) : ROLES;
  return {
    replies: [ctx.t('invite-pick-role')],
    ask: { step: 'role', data: { unitId }, options: roles.map((r) => ({ value: r, label: ctx.t(ROLE_KEYS[r]) })) },
  };
}

/** /moi <đơn vị> <vai trò>: the secretariat creates a one-time invite code; missing parts are asked. */
export const inviteCommand: Command = {
  name: 'moi',
  access: commandAccess('moi'),
  descriptionKey: 'cmd-moi',
  async start(ctx, args) {
    const campaign = await campaignOf(ctx);
    if (args) {
      // A unit name alone ("van phong") asks for the role; its last word may look like part of a
      // role's name, so try it whole first.
      const unit = matchByName(args, campaign.units, (u) => u.name);
      if (unit.length === 1) return askRole(ctx, unit[0]!.id);
      const words = args.split(' ');
      // The role may be one word (HEAD) or several ("thu truong"): try the longest tail first.
      for (const take of [3, 2, 1]) {
        if (words.length <= take) continue;
        const role = roleFromText(ctx, words.slice(-take).join(' '));
        if (role) {
          const named = unitFromArgs(ctx, campaign, words.slice(0, -take).join(' '), true);
          return issue(ctx, named?.id ?? null, role);
        }
      }
      return { replies: [ctx.t('invite-usage', { roles: ROLES.map((r) => ctx.t(ROLE_KEYS[r])).join(', ') })] };
    }
    return {
      replies: [ctx.t('invite-pick-unit')],
      ask: {
        step: 'unit',
        data: {},
        options: [...campaign.units.map((u) => ({ value: String(u.id), label: u.name })), { value: NO_UNIT, label: ctx.t('invite-no-unit') }],
      },
    };
  },
  steps: {
    unit: step(NO_STATE, async (ctx, _data, answer) => {
      const value = optionValue(answer) ?? NO_UNIT;
      return askRole(ctx, value === NO_UNIT ? null : Number(value));
    }),
    role: step(FOR_UNIT, async (ctx, data, answer) => {
      const role = picked(answer, ROLES, (r) => r);
      if (!role) return { replies: [ctx.t('choice-unknown', { count: ROLES.length })], retry: true };
      return issue(ctx, data.unitId, role);
    }),
  },
};
