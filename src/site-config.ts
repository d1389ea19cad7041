// Settings a deployment may change, in one place.

/**
 * The public repository holding the content; error reports and edit links go there. Set REPOSITORY_URL at
 * build time; without it the site names the repository but links nowhere rather than guess an address.
 */
export const REPOSITORY_URL: string | null = process.env.REPOSITORY_URL || null;

/** When the accessibility statement was last reviewed (content, not the build clock). */
export const ACCESSIBILITY_REVIEWED = '2026-11-25';
