import { isGroupResult, itemsOf, type GroupResult, type ItemResult } from '../../domain/eligibility.js';
import type { NominationCheck } from '../../services/nominations.js';
import type { DialogContext } from '../port.js';

// The plan's checklist as /denghi shows it: where it comes from, then each criterion with its
// state (đạt / chưa đạt / chờ xác nhận / chờ thẩm định) and why, then the dossier.

const MARK: Record<string, string> = { met: '✓', not_met: '✗', waiting: '⏳', awaiting_appraisal: '⏳', awaiting_confirmation: '⏳' };
const INDENT = '    ';

export function checklistLines(ctx: DialogContext, check: NominationCheck): string[] {
  const { source, rule } = check.checklist;
  const lines = ['where' in source ? ctx.t('elig-source-plan', { where: source.where }) : ctx.t('elig-source-default', { note: source.note ?? '' })];
  if (itemsOf(rule).length === 0) lines.push(ctx.t('elig-no-criteria'));
  lines.push(...groupLines(ctx, check.result, ''));
  const { dossier } = check;
  if (dossier.missing.length > 0) lines.push(`✗ ${ctx.t('award-dossier-incomplete', { missing: dossier.missing.join('; '), missingCount: dossier.missing.length })}`);
  if (dossier.unconfirmed.length > 0) lines.push(`⏳ ${ctx.t('award-dossier-unconfirmed', { titles: dossier.unconfirmed.join('; ') })}`);
  if (dossier.missing.length + dossier.unconfirmed.length === 0) lines.push(`✓ ${ctx.t('nomination-rule-dossier-ok', { filed: dossier.filed, required: dossier.required })}`);
  return lines;
}

function groupLines(ctx: DialogContext, group: GroupResult, indent: string): string[] {
  return group.children.flatMap((child) =>
    isGroupResult(child)
      ? [`${indent}${MARK[child.state]} ${ctx.t('elig-group', { title: child.title ?? ctx.t('elig-group-default'), combine: child.combine })}`, ...groupLines(ctx, child, indent + INDENT)]
      : [`${indent}${itemLine(ctx, child)}`],
  );
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
