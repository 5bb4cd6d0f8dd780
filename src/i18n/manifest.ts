// The languages of the content, read from its manifest alone: the start page and the i18n
// set-up need them before the decision content is fetched (ADR 0022). content:check and the
// build validate this file with the rest of the content.
import manifest from '../../content/content.json';

export const LANGUAGES: readonly string[] = manifest.languages;
export const REFERENCE_LANGUAGE: string = manifest.reference;
