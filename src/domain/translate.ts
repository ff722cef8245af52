import type { FluentVariable } from '@fluent/bundle';

// The shape of a translator, for the pure rules that word things (targets, dates): they take one
// from the caller and never load the locales themselves.

export type MessageArgs = Record<string, FluentVariable>;
/** Renders one message in a fixed language. */
export type Translate = (key: string, args?: MessageArgs) => string;
