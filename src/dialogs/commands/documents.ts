import { commandAccess } from '../../domain/permissions.js';
import type { DocumentChoice, DocumentKind } from '../../services/documents/types.js';
import { actorOf, type Command, type DialogContext, type Option } from '../port.js';
import { campaignOf } from '../scope.js';
import { picked } from '../answers.js';
import { NO_STATE, step } from '../state.js';

// /vanban: the paperwork the bot drafts (Tờ trình, Báo cáo thành tích, Biên bản, Quyết định…), as
// Word files to edit, sign and file. Each person is offered what their role may take; the pick is
// rendered and sent as a document (Telegram), a file on disk (console) or a link (Zalo).

/** Kinds a unit files in its dossier: once signed, the scan goes back with /nophoso. */
const DOSSIER_KINDS: readonly DocumentKind[] = ['to-trinh', 'bao-cao-thanh-tich'];

/** Button data: short enough for Telegram's 64 bytes, and read back without trusting it. */
function valueOf(choice: DocumentChoice): string {
  return `${choice.kind}:${choice.unitId ?? ''}:${choice.nominationId ?? ''}`;
}

function labelOf(ctx: DialogContext, choice: DocumentChoice): string {
  const kind = ctx.t(`document-kind-${choice.kind}`);
  return choice.subject ? `${kind} — ${choice.subject}` : kind;
}

export const documentsCommand: Command = {
  name: 'vanban',
  access: commandAccess('vanban'),
  descriptionKey: 'cmd-vanban',
  async start(ctx) {
    const campaign = await campaignOf(ctx);
    const choices = await ctx.services.documents.available(actorOf(ctx), campaign.id);
    if (choices.length === 0) return { replies: [ctx.t('documents-none')] };
    const options: Option[] = choices.map((c) => ({ value: valueOf(c), label: labelOf(ctx, c) }));
    return { replies: [ctx.t('documents-pick', { campaign: campaign.title })], ask: { step: 'pick', data: {}, options } };
  },
  steps: {
    pick: step(NO_STATE, async (ctx, _data, answer) => {
      const campaign = await campaignOf(ctx);
      const actor = actorOf(ctx);
      // Offered again from the current data: a nominee withdrawn or a role taken away since the
      // menu was shown is not drafted (render checks the role once more).
      const choices = await ctx.services.documents.available(actor, campaign.id);
      const choice = picked(answer, choices, valueOf);
      if (!choice) return { replies: [ctx.t('documents-gone')] };
      const file = await ctx.services.documents.render(actor, campaign.id, choice);
      const lines = [ctx.t('documents-ready', { document: labelOf(ctx, choice), name: file.fileName })];
      if (DOSSIER_KINDS.includes(choice.kind)) lines.push(ctx.t('documents-sign-and-file'));
      return { replies: [{ text: lines.join('\n'), document: { name: file.fileName, mime: file.mimeType, bytes: file.bytes } }] };
    }),
  },
};
