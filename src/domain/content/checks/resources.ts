// A referral resource is worth its link: a worker sent to a site's home page has to search it
// while the person waits, and often lands on the wrong page (content 1.0.0 sent workers to a
// guide for communes on *creating* a public digital space). So every resource links the page a
// worker needs, says where it applies and, for an article or a report, when it was published.
import type { Problem } from '../problem.ts';
import type { Content } from '../types.ts';

/** A path that is only a language ("/fr", "/nl-be/", "/fr/index.html") is still a home page. */
const LANGUAGE_ONLY = /^\/([a-z]{2}([-_][a-z]{2})?\/?)?(index\.(html?|php|aspx?))?$/i;

/**
 * Whether a URL is a site's home page: no path beyond a language and no query. A fragment
 * (`#search`) does not make a page of its own.
 */
export function isHomePage(url: string): boolean {
  const u = new URL(url);
  return u.search === '' && LANGUAGE_ONLY.test(u.pathname);
}

export function checkResources(content: Content): Problem[] {
  const problems: Problem[] = [];
  const { carnet } = content;
  const areas = new Set(carnet.areas);
  carnet.resources.forEach((r, i) => {
    const at = `resources[${i}]`;
    if (isHomePage(r.url) && !r.directory)
      problems.push({
        file: 'carnet.json',
        path: `${at}.url`,
        message: `"${r.url}" is a home page: link the page a worker needs`,
      });
    if (r.area !== undefined && !areas.has(r.area))
      problems.push({
        file: 'carnet.json',
        path: `${at}.area`,
        message: `unknown area "${r.area}"`,
      });
    if (r.area !== undefined && (r.jurisdiction === 'all' || r.jurisdiction === 'EU'))
      problems.push({
        file: 'carnet.json',
        path: `${at}.area`,
        message: `an area narrows one country: set "jurisdiction" to that country`,
      });
    // A publication date after the day someone checked the page cannot be right.
    if (r.published !== undefined && r.published > r.reviewed)
      problems.push({
        file: 'carnet.json',
        path: `${at}.published`,
        message: `published ${r.published}, after it was reviewed (${r.reviewed})`,
      });
  });
  return problems;
}
