import type { Missing, Origin, PlanDraft } from '../../plan-reader/draft/index.js';

// The shapes of a plan draft under review in chat: what a PlanDraft row holds, its numbered items, and what publishing returns.

/** What a PlanDraft row holds (its `content`): the drafter's output as corrected in chat. */
export interface DraftContent {
  draft: PlanDraft;
  /** the campaign's code, proposed from the organization and the year; the officer may retype it */
  campaignCode: string;
  /** ids of the items retyped in chat (shown as such instead of a quote) */
  edited: string[];
}

export type DraftSection = 'header' | 'legal' | 'period' | 'offices' | 'areas' | 'awards' | 'eligibility' | 'dossier' | 'deadlines';
export const DRAFT_SECTIONS: readonly DraftSection[] = ['header', 'legal', 'period', 'offices', 'areas', 'awards', 'eligibility', 'dossier', 'deadlines'];

/** How an item is retyped; `fixed` ones are changed in the campaign file, not in chat. */
export type EditKind = 'text' | 'date' | 'period' | 'target' | 'quota' | 'code' | 'fixed';

/** One numbered line of the draft as the officer checks it. */
export interface DraftItem {
  id: string;
  section: DraftSection;
  /** a Fluent key naming the item, with its arguments */
  label: { key: string; args?: Record<string, string | number> };
  /** the value as shown; null when the plan does not say it */
  value: string | null;
  /** where the value came from */
  source: { kind: 'plan'; origin: Origin } | { kind: 'default'; why: string } | { kind: 'edited' } | { kind: 'missing' };
  edit: EditKind;
}

export interface DraftView {
  id: number;
  fileName: string | null;
  items: DraftItem[];
  /** what the plan does not say and chat has not filled in (Fluent keys naming each) */
  missing: Missing[];
}

export interface Published {
  campaignId: number;
  code: string;
  title: string;
  period: { from: string; to: string };
  units: number;
  criteria: number;
  invites: Array<{ unit: string; code: string; expiresAt: Date }>;
}
