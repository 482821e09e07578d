/** The rule types live in `model/` (options name them); the site modules import them from here. */
export type { FamilyDetection, SiteFamily, SiteRule } from '../model/siteRule.js';
