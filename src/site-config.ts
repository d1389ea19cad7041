// Settings a deployment may change, in one place.

/**
 * The public repository holding the content, e.g. https://github.com/<owner>/<repo>. Error reports and
 * "Föreslå ändring" links go there. Set REPOSITORY_URL at build time; without it the site names the
 * repository but links nowhere rather than guess an address.
 */
export const REPOSITORY_URL: string | null = process.env.REPOSITORY_URL?.replace(/\/+$/, '') || null;

/** The branch editors propose changes against. */
export const REPOSITORY_BRANCH = process.env.REPOSITORY_BRANCH || 'main';

/** A file's edit page in the repository (GitHub's /edit/<branch>/<path> form), or null when unset. */
export function editUrl(file: string): string | null {
  return REPOSITORY_URL ? `${REPOSITORY_URL}/edit/${REPOSITORY_BRANCH}/${file}` : null;
}

/** When the accessibility statement was last reviewed (content, not the build clock). */
export const ACCESSIBILITY_REVIEWED = '2026-11-25';
