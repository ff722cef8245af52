import { commandAccess } from '../../domain/permissions.js';
import { RuleError } from '../../services/shared/errors.js';
import { personName, type Actor } from '../../services/campaigns/members.js';
import { roleNames } from '../../i18n/roles.js';
import type { Command, DialogContext, StepResult } from '../port.js';
import { z } from 'zod';
import { typedText } from '../answers.js';
import { step } from '../state.js';

const DISPLAY_NAME = 'display-name';

/** The invite code being redeemed, while the name is asked. */
const NAMING = z.object({ code: z.string() });

function whoAmI(ctx: DialogContext, actor: Actor): string {
  return ctx.t('start-whoami', {
    name: actor.fullName,
    unit: actor.unit?.name ?? ctx.t('unit-none'),
    roles: roleNames(ctx.t, actor.roles),
  });
}

/** The name the platform shows, offered as a one-tap answer when it would pass as a name. */
function offeredName(ctx: DialogContext): string | null {
  try {
    return personName(ctx.envelope.displayName ?? '');
  } catch (error) {
    if (error instanceof RuleError) return null;
    throw error;
  }
}

async function register(ctx: DialogContext, code: string, fullName: string | null): Promise<StepResult> {
  const { envelope } = ctx;
  const actor = await ctx.services.members.redeemInvite({
    code,
    channel: envelope.channel,
    externalId: envelope.userId,
    fullName,
    displayName: envelope.displayName,
  });
  return { replies: [ctx.t('start-registered', { name: actor.fullName }), whoAmI({ ...ctx, actor }, actor), ctx.t('start-next')] };
}

/** /start shows who I am; /start <mã mời> registers me with an invite code. */
export const startCommand: Command = {
  name: 'start',
  access: commandAccess('start'),
  registers: true,
  descriptionKey: 'cmd-start',
  async start(ctx, args) {
    if (ctx.actor) {
      return { replies: [args ? ctx.t('invite-already-registered') : '', whoAmI(ctx, ctx.actor)].filter(Boolean) };
    }
    if (!args) return { replies: [ctx.t('start-stranger')] };
    const { channel, userId } = ctx.envelope;
    const invite = await ctx.services.invites.tryCode(channel, userId, () => ctx.services.members.inspectInvite(args));
    if (invite.declaredMemberName) return register(ctx, invite.code, null);
    const displayName = offeredName(ctx);
    return {
      replies: [ctx.t('start-invite-ok', { organization: invite.organizationName, unit: invite.unitName ?? ctx.t('unit-none') }), ctx.t('start-ask-name')],
      ask: {
        step: 'name',
        data: { code: invite.code },
        acceptsText: true,
        options: displayName ? [{ value: DISPLAY_NAME, label: displayName }] : [],
      },
    };
  },
  steps: {
    name: step(NAMING, async (ctx, data, answer) => {
      let name: string;
      try {
        name = personName(answer.kind === 'option' ? (ctx.envelope.displayName ?? '') : (typedText(answer) ?? ''));
      } catch (error) {
        // Checked here too so that the name can be typed again.
        if (error instanceof RuleError) return { replies: [ctx.t(error.reason, error.args)], retry: true };
        throw error;
      }
      return register(ctx, data.code, name);
    }),
  },
};
