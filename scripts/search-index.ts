// Indexes an already built site with Pagefind, as the build does at its end (src/integrations/search-index.ts);
// for re-indexing a site without rebuilding it, and for the tests of the indexing step.
//
// Usage: node scripts/search-index.ts [--site DIR]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { indexFailure, indexSite } from '../src/integrations/search-index.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
const { problems, summary } = await indexSite(resolve(values.site));
if (problems.length > 0) {
  console.error(indexFailure(problems));
  process.exit(1);
}
console.log(summary);
