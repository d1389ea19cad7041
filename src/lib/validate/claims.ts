// Rules on what the site may claim: a part of a member region names a member, a framework link marked as the site's assessment must be one of the
// plan's links, and the site needs a publisher and a contact route before any page can name them (the
// law on accessible public digital services requires a feedback route; the pages then say none is given).
import { usableItems } from './assemble.ts';
import { makeIssue, type Issue } from './issue.ts';
import type { LoadedFiles } from './load.ts';
import { locate } from './source.ts';

export function claimIssues(files: LoadedFiles): Issue[] {
  const issues: Issue[] = [];
  // A part of a member region ("södra Halland") names one of the region's members.
  const regions = files.regions;
  if (regions.source)
    usableItems(regions).forEach((region) => {
      for (const name of Object.keys(region.memberParts))
        if (!region.members.includes(name))
          issues.push(
            makeIssue(
              'member-part-unknown',
              { value: name, members: region.members.join(', ') },
              locate(regions.source!, [region.index, 'memberParts', name], true),
            ),
          );
    });
  for (const pf of files.plans) {
    const plan = pf.plan?.data;
    if (!plan || !pf.plan?.source) continue;
    plan.followsAssessed.forEach((direction, i) => {
      if (!plan.follows.includes(direction))
        issues.push(
          makeIssue(
            'follows-assessed-not-followed',
            { value: direction, planFile: pf.plan!.file },
            locate(pf.plan!.source!, ['followsAssessed', i]),
          ),
        );
    });
  }
  // Without content/site.yaml (small test contents) there is nothing to say; one that failed its schema has
  // its own error.
  const site = files.site;
  if (!site?.data || !site.source) return issues;
  const missing = [
    ...(site.data.publisher ? [] : ['utgivare (publisher)']),
    ...(site.data.contact ? [] : ['kontaktväg (contact)']),
  ];
  if (missing.length > 0)
    issues.push(
      makeIssue('site-contact-missing', { missing: missing.join(' och '), file: site.file }, locate(site.source, [])),
    );
  return issues;
}
