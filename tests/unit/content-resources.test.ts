// content:check on the carnet's resources (checks/resources.ts): a bare home page, an area that
// does not exist or does not narrow a country, a publication after the review. Each case changes
// one thing in a copy of the valid base fixture and expects exactly the line it prints.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/domain/content/check';
import { isHomePage } from '../../src/domain/content/checks/resources';
import { formatProblem } from '../../src/domain/content/problem';
import { NAMESPACES } from '../../src/i18n/namespaces';

const BASE = 'tests/fixtures/content/base';
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access,
   @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call -- mutations reach
   into untyped JSON on purpose */
type Json = any;

function withCarnet(change: (carnet: Json, locales: Record<string, Json>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'discerne-resources-'));
  temps.push(dir);
  cpSync(BASE, dir, { recursive: true });
  const carnet: Json = JSON.parse(readFileSync(join(dir, 'carnet.json'), 'utf8'));
  const locales: Record<string, Json> = {};
  for (const lng of ['fr', 'en'])
    locales[lng] = JSON.parse(readFileSync(join(dir, `locales/${lng}/carnet.json`), 'utf8'));
  change(carnet, locales);
  writeFileSync(join(dir, 'carnet.json'), JSON.stringify(carnet));
  for (const [lng, json] of Object.entries(locales))
    writeFileSync(join(dir, `locales/${lng}/carnet.json`), JSON.stringify(json));
  return dir;
}

const lines = (dir: string) =>
  checkContent(dir, { today: '2026-06-01', namespaces: NAMESPACES }).problems.map(formatProblem);

/** Declares an area with its words in both languages, so only the fault under test remains. */
const declareArea = (carnet: Json, locales: Record<string, Json>) => {
  carnet.areas = ['brussels'];
  for (const json of Object.values(locales)) json.area = { brussels: 'Bruxelles' };
};

describe('content:check on resources', () => {
  it('accepts the base fixture', () => {
    expect(lines(BASE)).toEqual([]);
  });

  it('fails a resource that links a bare home page', () => {
    const dir = withCarnet((c) => void (c.resources[0].url = 'https://www.cnil.fr/fr'));
    expect(lines(dir)).toEqual([
      'carnet.json: resources[0].url: "https://www.cnil.fr/fr" is a home page: link the page a worker needs',
    ]);
  });

  it('accepts a home page only when the resource says it is the directory itself', () => {
    const dir = withCarnet((c) => {
      c.resources[0].url = 'https://www.caban.be/';
      c.resources[0].directory = true;
    });
    expect(lines(dir)).toEqual([]);
  });

  it('fails an area the carnet does not declare', () => {
    const dir = withCarnet((c) => void (c.resources[0].area = 'flanders'));
    expect(lines(dir)).toEqual(['carnet.json: resources[0].area: unknown area "flanders"']);
  });

  it('fails an area on a resource that is not limited to one country', () => {
    const dir = withCarnet((c, l) => {
      declareArea(c, l);
      c.resources[0].area = 'brussels';
      c.resources[0].jurisdiction = 'all';
    });
    expect(lines(dir)).toEqual([
      'carnet.json: resources[0].area: an area narrows one country: set "jurisdiction" to that country',
    ]);
  });

  it('fails an area with no words', () => {
    const dir = withCarnet((c) => {
      c.areas = ['brussels'];
      c.resources[0].area = 'brussels';
    });
    expect(lines(dir)).toEqual([
      'locales/fr/carnet.json: area.brussels: missing text (needed by carnet.json: areas[0])',
      'locales/en/carnet.json: area.brussels: missing text (needed by carnet.json: areas[0])',
    ]);
  });

  it('fails a publication date after the review date', () => {
    const dir = withCarnet((c) => void (c.resources[0].published = '2026-02'));
    expect(lines(dir)).toEqual([
      'carnet.json: resources[0].published: published 2026-02, after it was reviewed (2026-01-15)',
    ]);
  });

  it('fails a publication date that is not a year, a month or a day', () => {
    const dir = withCarnet((c) => void (c.resources[0].published = 'spring 2024'));
    expect(lines(dir)).toEqual([
      'carnet.json: resources[0].published: date: YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
  });
});

describe('isHomePage', () => {
  it.each([
    'https://www.caban.be/',
    'https://www.unia.be/fr',
    'https://safeonweb.be/fr/',
    'https://www.helmo.be',
    'https://example.org/nl-be/',
    'https://example.org/index.html',
    'https://www.france-services.gouv.fr/#edit-address',
  ])('%s is a home page', (url) => expect(isHomePage(url)).toBe(true));

  it.each([
    'https://fin.belgium.be/fr/e-guichet/deleguer-demarches-fiscales-entre-citoyens',
    'https://www.insee.fr/fr/statistiques/4241397',
    'https://www.france-services.gouv.fr/recherche?lat=1&lon=2',
    'https://pix.fr/mediation',
  ])('%s is not', (url) => expect(isHomePage(url)).toBe(false));

  it('calls any URL with a path segment longer than a language a page of its own', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{3,12}$/), (segment) => {
        expect(isHomePage(`https://example.org/${segment}`)).toBe(false);
      }),
    );
  });
});

describe('content:check on the glossary', () => {
  function withGlossary(change: (glossary: Json, words: Record<string, Json>) => void): string {
    const dir = mkdtempSync(join(tmpdir(), 'discerne-glossary-'));
    temps.push(dir);
    cpSync(BASE, dir, { recursive: true });
    const glossary: Json = JSON.parse(readFileSync(join(dir, 'glossary.json'), 'utf8'));
    const words: Record<string, Json> = {};
    for (const lng of ['fr', 'en'])
      words[lng] = JSON.parse(readFileSync(join(dir, `locales/${lng}/glossary.json`), 'utf8'));
    change(glossary, words);
    writeFileSync(join(dir, 'glossary.json'), JSON.stringify(glossary));
    for (const [lng, json] of Object.entries(words))
      writeFileSync(join(dir, `locales/${lng}/glossary.json`), JSON.stringify(json));
    return dir;
  }

  it('fails a term that points to an unknown resource', () => {
    const dir = withGlossary((g) => void (g.terms[0].resources = ['nowhere']));
    expect(lines(dir)).toEqual([
      'glossary.json: terms[0].resources[0]: unknown resource "nowhere"',
    ]);
  });

  it('fails a term twice', () => {
    const dir = withGlossary((g) => void g.terms.push(g.terms[0]));
    expect(lines(dir)).toEqual(['glossary.json: terms[1].id: duplicate term "dpo"']);
  });

  it('fails a term without its definition in a language', () => {
    const dir = withGlossary((_, w) => delete w.en.term.dpo.definition);
    expect(lines(dir)).toEqual(
      [
        'locales/en/glossary.json: term.dpo.definition: missing text (needed by glossary.json: terms[0])',
        'locales/fr/glossary.json: term.dpo.definition: orphan key: absent from en',
      ].filter((l) => l.startsWith('locales/en')),
    );
  });

  it('accepts a word of its own in each country, and fails one country without it', () => {
    const both = withGlossary((_, w) => {
      for (const json of Object.values(w)) {
        const { name } = json.term.dpo;
        delete json.term.dpo.name;
        json.term.dpo.name_BE = `${name} (BE)`;
        json.term.dpo.name_FR = `${name} (FR)`;
      }
    });
    expect(lines(both)).toEqual([]);
    const one = withGlossary((_, w) => {
      for (const json of Object.values(w)) {
        json.term.dpo.name_BE = json.term.dpo.name;
        delete json.term.dpo.name;
      }
    });
    expect(lines(one)).toEqual([
      'locales/fr/glossary.json: term.dpo.name: missing text (needed by glossary.json: terms[0])',
      'locales/en/glossary.json: term.dpo.name: missing text (needed by glossary.json: terms[0])',
    ]);
  });

  it('fails words no term uses', () => {
    const dir = withGlossary((_, w) => {
      for (const json of Object.values(w))
        json.term.gone = { name: 'x', definition: 'y', forms: 'z' };
    });
    expect(lines(dir)).toEqual([
      'locales/fr/glossary.json: term.gone.name: orphan key: no glossary term uses it',
      'locales/fr/glossary.json: term.gone.definition: orphan key: no glossary term uses it',
      'locales/fr/glossary.json: term.gone.forms: orphan key: no glossary term uses it',
      'locales/en/glossary.json: term.gone.name: orphan key: no glossary term uses it',
      'locales/en/glossary.json: term.gone.definition: orphan key: no glossary term uses it',
      'locales/en/glossary.json: term.gone.forms: orphan key: no glossary term uses it',
    ]);
  });

  it('fails a missing glossary file', () => {
    const dir = withGlossary(() => undefined);
    rmSync(join(dir, 'glossary.json'));
    expect(lines(dir)).toEqual(['glossary.json: (root): file missing']);
  });
});
