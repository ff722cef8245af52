import { formatDate } from '../../domain/dates.js';
import { isGroupResult, itemsOf, type GroupResult, type ItemResult } from '../../domain/eligibility.js';
import type { NominationCheck } from '../../services/awards/nominations.js';
import type { DialogContext } from '../port.js';

// The plan's checklist as /denghi shows it: where it comes from, then each criterion with its
// state (đạt / chưa đạt / chờ xác nhận / chờ thẩm định) and why (under an attested one: the note
// and file the head gave, or why the secretariat sent it back), then the dossier.

const MARK: Record<string, string> = { met: '✓', not_met: '✗', waiting: '⏳', awaiting_appraisal: '⏳', awaiting_confirmation: '⏳' };
const INDENT = '    ';

export function checklistLines(ctx: DialogContext, check: NominationCheck): string[] {
  const { source, rule } = check.checklist;
  const lines = ['where' in source ? ctx.t('elig-source-plan', { where: source.where }) : ctx.t('elig-source-default', { note: source.note ?? '' })];
  if (itemsOf(rule).length === 0) lines.push(ctx.t('elig-no-criteria'));
  lines.push(...groupLines(ctx, check, check.result, ''));
  const { dossier } = check;
  if (dossier.missing.length > 0) lines.push(`✗ ${ctx.t('award-dossier-incomplete', { missing: dossier.missing.join('; '), missingCount: dossier.missing.length })}`);
  if (dossier.unconfirmed.length > 0) lines.push(`⏳ ${ctx.t('award-dossier-unconfirmed', { titles: dossier.unconfirmed.join('; ') })}`);
  if (dossier.missing.length + dossier.unconfirmed.length === 0) lines.push(`✓ ${ctx.t('nomination-rule-dossier-ok', { filed: dossier.filed, required: dossier.required })}`);
  return lines;
}

function groupLines(ctx: DialogContext, check: NominationCheck, group: GroupResult, indent: string): string[] {
  return group.children.flatMap((child) =>
    isGroupResult(child)
      ? [
          `${indent}${MARK[child.state]} ${ctx.t('elig-group', { title: child.title ?? ctx.t('elig-group-default'), combine: child.combine })}`,
          ...groupLines(ctx, check, child, indent + INDENT),
        ]
      : [`${indent}${itemLine(ctx, child)}`, ...attestationLines(ctx, check, child).map((l) => `${indent}${INDENT}${l}`)],
  );
}

function attestationLines(ctx: DialogContext, check: NominationCheck, item: ItemResult): string[] {
  if (item.check !== 'attested') return [];
  const given = check.attestations.get(item.code);
  const refusal = check.refusals.get(item.code);
  const lines: string[] = [];
  if (given?.note) lines.push(ctx.t('attestation-given-note', { note: given.note }));
  if (given?.file) lines.push(ctx.t('attestation-given-file', { name: given.file.name }));
  if (refusal) lines.push(ctx.t('attestation-refusal-line', { date: formatDate(refusal.at), reason: refusal.reason }));
  return lines;
}

function itemLine(ctx: DialogContext, item: ItemResult): string {
  return `${MARK[item.state]} ${ctx.t('elig-item', { title: item.title, state: item.state, detail: ctx.t(item.reason, item.args) })}`;
}

/** A criterion's title short enough for a button. */
export function shortTitle(title: string, max = 60): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  // at a word's end when there is one in the second half
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}
