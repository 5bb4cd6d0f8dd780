// Group labels in a live workshop: only the content's letters and colours ever read as a label,
// so a crafted link or file cannot put free text (a name) on the trainer's projector.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatGroupLabel, parseGroupLabel } from '../../src/domain/workshop/groupLabel';
import { realContent } from '../support/content';

const content = realContent();
const { letters, colours } = content.workshop.groupLabels;

describe('group labels', () => {
  it('reads back every label the content allows', () => {
    for (const letter of letters)
      for (const colour of colours)
        expect(parseGroupLabel(content, formatGroupLabel({ letter, colour }))).toEqual({
          letter,
          colour,
        });
  });

  it('reads nothing else, whatever the text', () => {
    const allowed = new Set(letters.flatMap((l) => colours.map((c) => `${l}-${c}`)));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.constantFrom(...allowed).map((s) => `${s} `),
        ),
        (raw) => {
          const label = parseGroupLabel(content, raw);
          expect(label === null).toBe(!allowed.has(raw));
        },
      ),
    );
    expect(parseGroupLabel(content, 'B-Marie')).toBeNull();
    expect(parseGroupLabel(content, 42)).toBeNull();
  });

  it('has words for every colour in every language', () => {
    for (const lng of content.manifest.languages) {
      const screens = JSON.parse(readFileSync(`content/locales/${lng}/screens.json`, 'utf8')) as {
        workshop: { groupLabel: { colours: Record<string, string> } };
      };
      for (const c of colours)
        expect(screens.workshop.groupLabel.colours[c], `${lng} ${c}`).toBeTruthy();
    }
  });
});
