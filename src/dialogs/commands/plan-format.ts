import { splitText } from '../../domain/messages.js';
import { DRAFT_SECTIONS, type DraftItem, type DraftSection, type DraftView } from '../../services/campaigns/plan-draft-types.js';
import type { DialogContext } from '../port.js';

// How /kehoach shows a draft: numbered items section by section, each with its value and where it
// came from («quote» (đoạn 12), mặc định, đã sửa), then what the plan leaves out; packed into as
// few messages as the channel's length allows (Zalo: 2,000 characters).

/** Long sentences are cut: the location finds the rest in the officer's own file. */
const QUOTE_MAX = 160;

type Speaker = Pick<DialogContext, 't'>;

const SECTION_KEYS: Record<DraftSection, string> = {
  header: 'plan-chat-section-header',
  legal: 'plan-chat-section-legal',
  period: 'plan-chat-section-period',
  offices: 'plan-chat-section-offices',
  areas: 'plan-chat-section-areas',
  awards: 'plan-chat-section-awards',
  eligibility: 'plan-chat-section-eligibility',
  dossier: 'plan-chat-section-dossier',
  deadlines: 'plan-chat-section-deadlines',
};

function valueText(ctx: Speaker, item: DraftItem): string {
  // a default that is a rule rather than a value (the law's general standards) is said in its note
  if (item.value === null) return ctx.t(item.source.kind === 'default' ? 'plan-chat-value-by-default' : 'plan-chat-value-missing');
  const direction = item.label.args?.direction;
  return direction === undefined ? item.value : ctx.t('plan-chat-target', { direction, value: item.value });
}

function sourceText(ctx: Speaker, item: DraftItem): string {
  const { source } = item;
  switch (source.kind) {
    case 'plan': {
      const quote = source.origin.quote.length > QUOTE_MAX ? `${source.origin.quote.slice(0, QUOTE_MAX - 1)}…` : source.origin.quote;
      return ctx.t('plan-chat-source-quote', { quote, location: source.origin.location });
    }
    case 'default':
      return ctx.t('plan-chat-source-default', { why: ctx.t(source.why) });
    case 'edited':
      return ctx.t('plan-chat-source-edited');
    case 'missing':
      return ctx.t('plan-chat-source-missing');
  }
}

/**
 * A task area is scored by the criterion the publishing proposes for it (the plan sets it no
 * number): said under the area, so the count of criteria after publishing is no surprise.
 */
function proposedCriterion(ctx: Speaker, item: DraftItem): string[] {
  if (!item.id.startsWith('area:') || item.value === null) return [];
  const area = item.value.charAt(0).toLocaleLowerCase('vi') + item.value.slice(1);
  return [`    ${ctx.t('plan-chat-area-criterion', { criterion: ctx.t('plan-draft-default-criterion-title', { area }) })}`];
}

/** "12. Chỉ tiêu — Tỷ lệ hồ sơ đúng hạn: từ 95% trở lên" and, below, where it came from. */
export function itemLine(ctx: Speaker, item: DraftItem, number: number): string {
  return [`${number}. ${ctx.t(item.label.key, item.label.args)}: ${valueText(ctx, item)}`, `    ${sourceText(ctx, item)}`, ...proposedCriterion(ctx, item)].join('\n');
}

/** The intro, each non-empty section, and what is missing, in messages no longer than the channel takes. */
export function draftMessages(ctx: Speaker, view: DraftView, intro: string, messageMax: number): string[] {
  const blocks = [intro];
  for (const section of DRAFT_SECTIONS) {
    const lines = view.items.flatMap((item, i) => (item.section === section ? [itemLine(ctx, item, i + 1)] : []));
    if (lines.length > 0) blocks.push([ctx.t(SECTION_KEYS[section]), ...lines].join('\n'));
  }
  const missing = [...new Set(view.missing.map((m) => ctx.t(m.key)))];
  blocks.push(missing.length > 0 ? [ctx.t('plan-chat-missing-head'), ...missing.map((m) => `- ${m}`)].join('\n') : ctx.t('plan-chat-missing-none'));
  return pack(blocks, messageMax);
}

/** Blocks joined by a blank line while they fit; a block longer than a message is split by lines. */
function pack(blocks: string[], max: number): string[] {
  const messages: string[] = [];
  let current = '';
  for (const block of blocks) {
    const joined = current === '' ? block : `${current}\n\n${block}`;
    if (joined.length <= max) {
      current = joined;
      continue;
    }
    if (current !== '') messages.push(current);
    const pieces = splitText(block, max);
    current = pieces.pop() ?? '';
    messages.push(...pieces);
  }
  if (current !== '') messages.push(current);
  return messages;
}
