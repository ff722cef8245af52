import { DEFAULT_LOCALE, localeFromHint, type Locale } from '../../i18n/i18n.js';
import type { Actor, MemberService } from '../../services/campaigns/members.js';

// The language of the channel's own words (warnings, button answers): the member's, or for a
// stranger the language their Telegram app reports — the same rule the dialog engine applies.

export async function personOf(members: MemberService, user: { id: number; language_code?: string } | undefined): Promise<{ actor: Actor | null; locale: Locale }> {
  if (!user) return { actor: null, locale: DEFAULT_LOCALE };
  const actor = await members.findActor('TELEGRAM', String(user.id));
  return { actor, locale: actor?.locale ?? localeFromHint(user.language_code) };
}
