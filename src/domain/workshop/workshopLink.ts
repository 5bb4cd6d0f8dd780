// A live workshop's links (ADR 0021). A case study's play link marks the case it opens as a
// workshop's (`#case=<code>&workshop`); a group's "send to the trainer" link carries its label
// (`#case=<code>&group=B-green`). The marks come after the share code, which stops at `&`
// (shareCodeIn): the code's format is unchanged and an ordinary share link has neither mark.
import { SHARE_HASH, shareUrl, type ShareLocation } from '../case/shareLink.write.ts';
import type { Content, WorkshopCase } from '../content/types.ts';
import type { CaseData } from '../wizard/steps.ts';
import { formatGroupLabel, parseGroupLabel, type GroupLabel } from './groupLabel.ts';
import { playCase } from './play.ts';

export const WORKSHOP_MARK = 'workshop';
export const GROUP_PARAM = 'group';

/** What a workshop's case knows beyond its answers: the group's label once chosen. */
export interface WorkshopCaseTag {
  group: GroupLabel | null;
}

/** The marks after a share code in a fragment; null for an address without a code there. */
function marks(href: string): URLSearchParams | null {
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return null;
  }
  if (!url.hash.startsWith(SHARE_HASH)) return null;
  return new URLSearchParams(url.hash.slice(1));
}

/** The link a group opens to play a case study: its situation and country, marked "workshop". */
export function playUrl(content: Content, study: WorkshopCase, location: ShareLocation): string {
  return `${shareUrl(content, playCase(content, study), location)}&${WORKSHOP_MARK}`;
}

/** The link a group sends to the trainer: its case and its label. */
export function sendUrl(
  content: Content,
  data: CaseData,
  group: GroupLabel,
  location: ShareLocation,
): string {
  return `${shareUrl(content, data, location)}&${GROUP_PARAM}=${formatGroupLabel(group)}`;
}

/** The label a link carries, if it is one of the content's (read strictly: never free text). */
export function groupIn(content: Content, href: string): GroupLabel | null {
  return parseGroupLabel(content, marks(href)?.get(GROUP_PARAM));
}

/** Whether a link opens a workshop's case (a play link, or a group's link), with its label. */
export function workshopIn(content: Content, href: string): WorkshopCaseTag | null {
  const found = marks(href);
  if (!found || !(found.has(WORKSHOP_MARK) || found.has(GROUP_PARAM))) return null;
  return { group: groupIn(content, href) };
}

/** A file name's start from a group's label in words ("discerne-groupe-B-vert"): letters,
 *  digits and dashes only, accents dropped, so every system keeps it as it is. */
export function groupFileStem(words: string): string {
  return (
    words
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'discerne-case'
  );
}
