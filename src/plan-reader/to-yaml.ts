import { Document, isCollection, isNode, type Node } from 'yaml';
import type { PlanDraft } from './draft/index.js';
import { draftToCampaignFile, type Extras, type Note } from './to-campaign-file.js';

// A draft as a campaign YAML for the officer to read and finish: beside each value the sentence it
// came from (`# "…trích…" (đoạn 12)`), `# mặc định: …` on what the bot proposed, `# THIẾU: …` on
// what must be filled in. The file does not import until every THIẾU is filled.

const QUOTE_MAX = 140;

export function draftToYaml(draft: PlanDraft, extras: Extras): string {
  const { t } = extras;
  const { file, notes } = draftToCampaignFile(draft, extras);
  const doc = new Document(file);
  const byPath = new Map<string, Note[]>();
  for (const note of notes) {
    const key = JSON.stringify(note.path);
    byPath.set(key, [...(byPath.get(key) ?? []), note]);
  }
  for (const group of byPath.values()) {
    const path = group[0]!.path;
    const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
    const text = group.map((n) => commentOf(n, t)).join('\n');
    if (isNode(node)) attach(node, text);
  }
  const header = [
    t('plan-draft-yaml-header'),
    draft.planNumber ? ` ${t('plan-draft-yaml-number', { number: draft.planNumber.value })}` : ` ${t('plan-draft-yaml-missing', { what: t('plan-draft-missing-number') })}`,
    draft.issuedOn ? ` ${t('plan-draft-yaml-date', { date: draft.issuedOn.value })}` : ` ${t('plan-draft-yaml-missing', { what: t('plan-draft-missing-date') })}`,
    ...draft.unquantified.map((u) => ` ${t('plan-draft-yaml-unquantified')} ${quoted(u.quote, u.location)}`),
    ...draft.initiatives.map((i) => ` ${t('plan-draft-yaml-initiative')} ${quoted(i.value, i.from.location)}`),
  ];
  doc.commentBefore = ` ${header.join('\n')}`;
  return doc.toString({ nullStr: '~', lineWidth: 0 });
}

function commentOf(note: Note, t: Extras['t']): string {
  if (note.kind === 'source') return ` ${quoted(note.origin.quote, note.origin.location)}`;
  if (note.kind === 'default') return ` ${t('plan-draft-yaml-default', { what: note.text })}`;
  return ` ${t('plan-draft-yaml-missing', { what: note.text })}`;
}

function quoted(quote: string, location: string): string {
  const short = quote.length > QUOTE_MAX ? `${quote.slice(0, QUOTE_MAX - 1)}…` : quote;
  return `"${short}" (${location})`;
}

/** Scalars take the note on their line; maps and lists above them. */
function attach(node: Node, text: string): void {
  if (isCollection(node)) node.commentBefore = node.commentBefore ? `${node.commentBefore}\n${text}` : text;
  else node.comment = node.comment ? `${node.comment}\n${text}` : text;
}
