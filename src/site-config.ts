// Settings a deployment may change, in one place: every environment variable the site and the editors'
// scripts read, with its default.
import type { CmsDeployment } from './lib/cms-config.ts';

/**
 * The site's public address, e.g. https://www.example.se/cancerplaner/ (SITE_URL at build time). It may end in
 * a path: the whole site then lives under it. Without it, addresses are root-relative and nothing is absolute.
 */
export const SITE_URL: string | undefined = siteUrl(process.env.SITE_URL);

/** The path the site lives under: "/" or e.g. "/cancerplaner/" (always with a trailing slash). */
export const BASE_PATH = SITE_URL ? new URL(SITE_URL).pathname : '/';

function siteUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL "${value}" är ingen adress. Ange t.ex. https://www.example.se/cancerplaner/.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL "${value}" ska börja med https:// (eller http://).`);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

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

/** Build plan versions without an adoption decision too, for a preview (BUILD_DRAFTS=1); the dev server always does. */
export const BUILD_DRAFTS = process.env.BUILD_DRAFTS === '1';

/**
 * A fixed content date in seconds since 1970 (SOURCE_DATE_EPOCH, as reproducible-build tools set it), used
 * only when content/site.yaml gives no date.
 */
export const SOURCE_DATE_EPOCH: string | undefined = process.env.SOURCE_DATE_EPOCH;

/**
 * The most list entries a page holds (src/lib/paging.ts's PAGE_ENTRIES unless PAGE_ENTRIES is set): the
 * browser tests page a small site with a small number, rather than build ten times the content.
 */
export const PAGE_ENTRIES_SETTING: number | undefined = pageEntries(process.env.PAGE_ENTRIES);

function pageEntries(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 10_000)
    throw new Error(`PAGE_ENTRIES "${value}" ska vara ett heltal från 1 till 10000 (antal poster per sida).`);
  return n;
}

/** The folder content is read from (CONTENT_ROOT; tests and benchmarks point it at a fixture), read when asked. */
export const contentRootSetting = (): string | undefined => process.env.CONTENT_ROOT;

/** The npm running the current npm script (npm sets npm_execpath), for `npm test` to run the others with. */
export const npmExecPath = (): string | undefined => process.env.npm_execpath;

/**
 * What GitHub Actions tells a job: that it runs there, a pull request's base branch, the job summary file,
 * and where a file of the commit can be read ("<server>/<owner>/<repo>/blob/<sha>/"), when all are given.
 */
export function gitHubActions() {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = process.env;
  return {
    running: process.env.GITHUB_ACTIONS === 'true',
    baseRef: process.env.GITHUB_BASE_REF || undefined,
    stepSummary: process.env.GITHUB_STEP_SUMMARY || undefined,
    blobUrl: server && repo && sha ? `${server}/${repo}/blob/${sha}/` : undefined,
  };
}

/**
 * Where the browser editor (/redigera/) saves, read from the build's environment (no secret is involved):
 * CMS_REPOSITORY ("owner/name"), else GitHub Actions' own GITHUB_REPOSITORY, else the GitHub repository in
 * REPOSITORY_URL; CMS_BRANCH, else REPOSITORY_BRANCH; CMS_AUTH_URL, the organisation's sign-in service
 * (REDIGERA.md, "Redigera i webbläsaren").
 */
export function cmsDeployment(env: NodeJS.ProcessEnv = process.env): CmsDeployment {
  const fromUrl = /^https:\/\/github\.com\/([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(env.REPOSITORY_URL ?? '')?.[1];
  const repo = env.CMS_REPOSITORY || env.GITHUB_REPOSITORY || fromUrl || null;
  if (repo !== null && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repo))
    throw new Error(`CMS_REPOSITORY "${repo}" ska vara ägare/namn på GitHub, t.ex. rcc-norr/cancerplaner.`);
  return {
    repo,
    branch: env.CMS_BRANCH || env.REPOSITORY_BRANCH || 'main',
    authUrl: env.CMS_AUTH_URL?.replace(/\/+$/, '') || null,
    siteUrl: SITE_URL ?? null,
  };
}
