// The WCAG levels every axe scan checks, in jsdom (support/axe.ts) and in Chromium
// (e2e/support/browser.ts): one list, so the two never drift apart.
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
