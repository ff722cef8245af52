import type { NomineeView } from '../services/awards/nominee-view.js';
import { RuleError } from '../services/shared/errors.js';
import type { DialogContext, StepResult } from './port.js';

/** "Văn hóa - Xã hội" for a collective; "Đinh Văn Quang – Văn hóa - Xã hội" for an individual. */
export function nomineeName(ctx: DialogContext, n: Pick<NomineeView, 'unitName' | 'memberName'>): string {
  return n.memberName ? ctx.t('award-person-of-unit', { person: n.memberName, unit: n.unitName }) : n.unitName;
}

/** "Văn hóa - Xã hội (tập thể, Giấy khen của Chủ tịch UBND xã)". */
export function nomineeLabel(ctx: DialogContext, n: Pick<NomineeView, 'kind' | 'awardTitle' | 'unitName' | 'memberName'>): string {
  return ctx.t('award-nominee', { name: nomineeName(ctx, n), kind: n.kind, award: n.awardTitle });
}

/**
 * Runs a step whose service may refuse (the review closed meanwhile, the quorum is not met): the
 * refusal is the answer and the dialog ends, rather than staying on a question that no longer applies.
 */
export async function endOnRefusal(ctx: DialogContext, run: () => Promise<StepResult>): Promise<StepResult> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof RuleError) return { replies: [ctx.t(error.reason, error.args)] };
    throw error;
  }
}
