// Which start page a visit gets (ADR 0012): the same choice as the app's language, so the page
// the server or the service worker sends is the one the app hydrates rather than replaces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../src/i18n/languages';
import { startPageFile, startPageFor } from '../../src/i18n/startPage';

const manifest = { languages: ['fr', 'en'], reference: 'fr' };
const tag = fc.constantFrom(
  'fr',
  'fr-BE',
  'FR-fr',
  'en',
  'en-GB',
  'EN-us',
  'nl-BE',
  'de',
  'eng',
  '*',
);
const search = fc.option(
  fc.constantFrom('?lng=fr', '?lng=en', '?lng=EN', '?lng=de', '?x=1&lng=en'),
  {
    nil: '',
  },
);

describe('startPageFile', () => {
  it('is index.html in the reference language and index.<lang>.html otherwise', () => {
    expect(startPageFile('fr', 'fr')).toBe('index.html');
    expect(startPageFile('en', 'fr')).toBe('index.en.html');
    expect(startPageFile('fr', 'en')).toBe('index.fr.html');
  });
});

describe('startPageFor', () => {
  it('follows ?lng=, then the first supported browser language, then the reference', () => {
    expect(startPageFor(manifest, '?lng=en', ['fr-BE'])).toBe('index.en.html');
    expect(startPageFor(manifest, '?lng=de', ['de-DE', 'en-GB', 'fr'])).toBe('index.en.html');
    expect(startPageFor(manifest, '', ['de-DE', 'fr-BE', 'en'])).toBe('index.html');
    expect(startPageFor(manifest, '', ['nl-BE', 'de'])).toBe('index.html');
    expect(startPageFor(manifest, '', [])).toBe('index.html');
  });

  it('is always the page of the language the app will show', () => {
    fc.assert(
      fc.property(search, fc.array(tag, { maxLength: 5 }), (s, browser) => {
        const language = pickLanguage(manifest.languages, manifest.reference, s, browser);
        expect(startPageFor(manifest, s, browser)).toBe(
          startPageFile(language, manifest.reference),
        );
        expect(['index.html', 'index.en.html']).toContain(startPageFor(manifest, s, browser));
      }),
    );
  });
});
