// Where a campaign's values came from. Campaign.sources maps a field path to
// its source; a path marked default is a value the plan never stated, and chat says so.
// Paths name list items by their code: "deadlines.NOP_HO_SO", "criteria.DUNG_HAN.points",
// "council.quorum", "award_quotas.BANG_KHEN_CT_TP".

export type Source = { default: true } | { quote: string; where: string };
export type Sources = Readonly<Record<string, Source>>;

/** Whether `path`, or a part that holds it ("deadlines" holds "deadlines.NOP_HO_SO"), is a default. */
export function isDefault(sources: Sources, path: string): boolean {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n -= 1) {
    const source = sources[parts.slice(0, n).join('.')];
    if (source && 'default' in source && source.default) return true;
  }
  return false;
}

/** The map stored for a file's list of default paths. */
export function defaultSources(paths: readonly string[]): Record<string, Source> {
  return Object.fromEntries(paths.map((p) => [p, { default: true }]));
}
