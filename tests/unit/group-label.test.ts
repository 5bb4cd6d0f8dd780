// Group labels in a live workshop: only the content's letters and colours ever read as a label,
// so a crafted link or file cannot put free text (a name) on the trainer's projector.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCaseFile } from '../../src/domain/case/caseFile.read';
import { serializeCase } from '../../src/domain/case/caseFile.write';
import { decodeShare } from '../../src/domain/case/shareLink.read';
import { shareCodeIn, shareUrl } from '../../src/domain/case/shareLink.write';
import { formatGroupLabel, parseGroupLabel } from '../../src/domain/workshop/groupLabel';
import { playCase } from '../../src/domain/workshop/play';
import {
  groupFileStem,
  groupIn,
  playUrl,
  sendUrl,
  workshopIn,
} from '../../src/domain/workshop/workshopLink';
import { answeredCase } from '../support/cases';
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

describe("a workshop's links and files", () => {
  const at = { origin: 'https://discerne.example', pathname: '/d/' };
  const study = content.workshop.cases[0]!;
  const data = answeredCase(content, study.situation);
  const B = { letter: 'B', colour: 'green' };

  it('marks the play link after an unchanged share code', () => {
    const link = playUrl(content, study, at);
    expect(link).toBe(`${shareUrl(content, playCase(content, study), at)}&workshop`);
    expect(decodeShare(content, shareCodeIn(link)!)).toMatchObject({
      ok: true,
      data: { situation: study.situation, jurisdiction: study.jurisdiction },
    });
    expect(workshopIn(content, link)).toEqual({ group: null });
    expect(workshopIn(content, shareUrl(content, data, at))).toBeNull();
    expect(workshopIn(content, 'not a link')).toBeNull();
  });

  it("carries the group's label in the link it sends, read back strictly", () => {
    const link = sendUrl(content, data, B, at);
    expect(groupIn(content, link)).toEqual(B);
    expect(workshopIn(content, link)).toEqual({ group: B });
    expect(decodeShare(content, shareCodeIn(link)!)).toMatchObject({ ok: true });
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const crafted = `${shareUrl(content, data, at)}&group=${encodeURIComponent(raw)}`;
        const label = groupIn(content, crafted);
        // Whatever the text, only one of the content's labels is ever read.
        if (label)
          expect(letters.includes(label.letter) && colours.includes(label.colour)).toBe(true);
        expect(decodeShare(content, shareCodeIn(crafted)!)).toMatchObject({ ok: true });
      }),
    );
    expect(groupIn(content, `${shareUrl(content, data, at)}&group=Marie`)).toBeNull();
  });

  it("carries the label in the file, and drops one that is not the content's", () => {
    const text = serializeCase(content, data, new Date(), B);
    expect(parseCaseFile(content, text)).toMatchObject({ ok: true, group: B });
    const crafted = text.replace('"B-green"', '"Marie Dupont"');
    const read = parseCaseFile(content, crafted);
    expect(read).toMatchObject({ ok: true, data: { answers: data.answers } });
    expect(read).not.toHaveProperty('group');
    expect(JSON.parse(serializeCase(content, data))).not.toHaveProperty('group');
  });

  it('names the file with letters, digits and dashes only', () => {
    expect(groupFileStem('discerne-groupe-B-vert')).toBe('discerne-groupe-B-vert');
    expect(groupFileStem('discerne group É/../rouge')).toBe('discerne-group-E-rouge');
    expect(groupFileStem('///')).toBe('discerne-case');
  });
});
