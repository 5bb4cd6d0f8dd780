// A group's label in a live workshop: a letter and a colour from the content's lists
// ("B-green", said "Groupe B — vert"), never a person's name. It travels in the share link and
// the exported file, so the trainer's comparison names columns by group; read strictly, so a
// crafted link cannot put free text on the projector.
import type { Content } from '../content/types.ts';

export interface GroupLabel {
  letter: string;
  colour: string;
}

export const formatGroupLabel = (label: GroupLabel): string => `${label.letter}-${label.colour}`;

/** The label a link or a file carries, if it is one of the content's; otherwise null. */
export function parseGroupLabel(content: Content, raw: unknown): GroupLabel | null {
  if (typeof raw !== 'string' || raw.length > 40) return null;
  const m = /^([A-Z])-([a-z][a-z0-9-]*)$/.exec(raw);
  if (!m) return null;
  const [, letter, colour] = m as unknown as [string, string, string];
  const { letters, colours } = content.workshop.groupLabels;
  return letters.includes(letter) && colours.includes(colour) ? { letter, colour } : null;
}
