import { matchByName } from '../domain/text.js';
import type { CampaignView } from '../services/campaigns/campaigns.js';
import { RuleError } from '../services/shared/errors.js';
import { actorOf, type DialogContext } from './port.js';

/**
 * The campaign a message is about: in a group chat, the one that group is declared for (whoever
 * asks: a member must not post the standings into a group of their choosing); elsewhere the one
 * the member's organization is running. A RuleError when there is none.
 */
export async function campaignOf(ctx: DialogContext): Promise<CampaignView> {
  const { envelope, actor } = ctx;
  if (envelope.chatType === 'group') {
    const id = await ctx.services.campaigns.campaignIdForGroup(envelope.channel, envelope.chatId);
    if (id === null) throw new RuleError('group-not-linked');
    return ctx.services.campaigns.view(id);
  }
  const current = actor ? await ctx.services.campaigns.current(actor.organizationId) : null;
  if (current === null) throw new RuleError('campaign-none');
  return ctx.services.campaigns.view(current.id, current.revision);
}

/**
 * The unit a command is about: the one named in `args` (matched without diacritics), else the
 * member's own. Only overseers may name another unit.
 */
export function unitFromArgs(ctx: DialogContext, campaign: CampaignView, args: string, mayChooseOthers: boolean): { id: number; name: string } | null {
  const actor = actorOf(ctx);
  if (args === '') return campaign.units.find((u) => u.id === actor.unit?.id) ?? null;
  const found = matchByName(args, campaign.units, (u) => u.name);
  const byCode = campaign.units.filter((u) => u.code.toLowerCase() === args.toLowerCase());
  const matches = byCode.length === 1 ? byCode : found;
  if (matches.length === 0) throw new RuleError('unit-unknown', { query: args });
  if (matches.length > 1) throw new RuleError('unit-ambiguous', { query: args, units: matches.map((u) => u.name).join('; ') });
  const unit = matches[0]!;
  if (unit.id !== actor.unit?.id && !mayChooseOthers) throw new RuleError('unit-not-yours', { unit: unit.name });
  return unit;
}
