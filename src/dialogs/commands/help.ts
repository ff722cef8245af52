import { commandAccess, hasAccess } from '../../domain/permissions.js';
import type { Command } from '../port.js';

/** /trogiup: the commands open to my roles, one line each. Built from the same registry the engine uses. */
export function helpCommand(all: () => readonly Command[]): Command {
  return {
    name: 'trogiup',
    access: commandAccess('trogiup'),
    descriptionKey: 'cmd-trogiup',
    async start(ctx) {
      const lines = [ctx.t(ctx.actor ? 'help-title' : 'help-title-stranger')];
      for (const c of all()) {
        if (hasAccess(ctx.actor, c.access)) lines.push(`/${c.name} — ${ctx.t(c.descriptionKey)}`);
      }
      lines.push(`/huy — ${ctx.t('cmd-huy')}`);
      return { replies: [lines.join('\n')] };
    },
  };
}
