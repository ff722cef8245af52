import { I18n } from '../../src/i18n/i18n.js';

/**
 * Texts as locales/vi/*.ftl words them: a test about behaviour reads its expected texts here rather
 * than repeating long Vietnamese sentences, which a change of wording would then have to follow.
 */
export const vi = new I18n().translator('vi');
