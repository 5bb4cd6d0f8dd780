// The law in the content proves itself: every legal reason cites an official consolidated text
// for each jurisdiction it applies in, with the day it was checked; no "to check" marker is left
// in the words a worker reads. (Resources that link a home page: checks/resources.ts.)
import { appliesIn } from '../../engine/evaluate.ts';
import type { Locales } from '../load.ts';
import type { Problem } from '../problem.ts';
import type { Content } from '../types.ts';

/** Where consolidated law and case law are published officially. */
export const OFFICIAL_HOSTS = [
  'www.ejustice.just.fgov.be', // Justel and the Moniteur belge
  'www.const-court.be',
  'www.legifrance.gouv.fr',
  'www.conseil-etat.fr',
  'eur-lex.europa.eu',
  'curia.europa.eu',
  'hudoc.echr.coe.int',
] as const;

export function checkLegalSources(content: Content, today: string): Problem[] {
  const problems: Problem[] = [];
  const legal = new Set(content.reasons.sourceKinds.filter((k) => k.legal).map((k) => k.id));
  const jurisdictions = content.jurisdictions.jurisdictions.map((j) => j.id);
  content.reasons.reasons.forEach((r, i) => {
    const at = `reasons[${i}]`;
    r.sources.forEach((s, si) => {
      const host = new URL(s.url).hostname;
      if (!(OFFICIAL_HOSTS as readonly string[]).includes(host))
        problems.push({
          file: 'reasons.json',
          path: `${at}.sources[${si}].url`,
          message: `"${host}" is not an official publisher of the law (${OFFICIAL_HOSTS.join(', ')})`,
        });
      if (s.checked > today)
        problems.push({
          file: 'reasons.json',
          path: `${at}.sources[${si}].checked`,
          message: `checked ${s.checked}, after today (${today})`,
        });
    });
    if (!legal.has(r.source)) return;
    for (const j of jurisdictions.filter((x) => appliesIn(r.jurisdiction, x)))
      if (!r.sources.some((s) => s.jurisdiction === j || s.jurisdiction === 'EU'))
        problems.push({
          file: 'reasons.json',
          path: `${at}.sources`,
          message: `legal reason "${r.id}" (${r.source}) cites no official source for ${j}`,
        });
  });
  return problems;
}

/** Words that say the content is unfinished: a worker cannot act on "to check". */
const UNFINISHED = [
  /à vérifier/i,
  /a verifier/i,
  /\bto (?:be )?check(?:ed)?\b/i,
  /\bTODO\b/,
  /\bTBC\b/,
];

export function checkUnfinishedMarkers(content: Content, locales: Locales): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, file: string, path: string) => {
    if (typeof value === 'string') {
      const found = UNFINISHED.find((re) => re.test(value));
      if (found)
        problems.push({
          file,
          path,
          message: `unfinished marker "${value.match(found)![0]}": say what the worker can do (for example "ask your DPO") and list the point for a jurist`,
        });
    } else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value))
        if (k !== '$schema') visit(v, file, path ? `${path}.${k}` : k);
  };
  for (const lng of content.manifest.languages)
    // Every namespace: the interface's words are the app's words too (issue 15).
    for (const [ns, data] of Object.entries(locales[lng] ?? {}))
      visit(data, `locales/${lng}/${ns}.json`, '');
  return problems;
}
