// Indexes an already built site with Pagefind, as the build does at its end (src/integrations/search-index.ts);
// for re-indexing a site without rebuilding it, and for the tests of the indexing step. The passages of plan
// text come from the content root (CONTENT_ROOT, as for the build); --no-text leaves them out.
//
// Usage: node scripts/search-index.ts [--site DIR] [--no-text]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentPassages, indexFailure, indexSite } from '../src/integrations/search-index.ts';

const { values } = parseArgs({
  options: { site: { type: 'string', default: 'dist' }, 'no-text': { type: 'boolean', default: false } },
});
const { problems, summary } = await indexSite(resolve(values.site), values['no-text'] ? [] : contentPassages());
if (problems.length > 0) {
  console.error(indexFailure(problems));
  process.exit(1);
}
console.log(summary);
