/** Verdicts are told apart by a symbol and a word, never by colour alone (paper is grey). */
export const VERDICT_SYMBOL = { clear: '✓', conditions: '!', blocked: '✕' } as const;
