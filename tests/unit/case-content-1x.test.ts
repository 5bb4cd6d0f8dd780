// A case file exported under content 1.0.0 (issue 15): it opens under content 2.0 with the
// "migrated" notice, keeping every answer whose question and option still exist, and dropping
// the options content 2.0 split or renamed (the mandate split in two, "sensitive" data that
// income and papers are not). The fixture has the shape content 1.0.0's app wrote.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseKnown } from '../../src/domain/case/caseFile.write';
import { parseCaseFile } from '../../src/domain/case/caseFile.read';
import { realContent } from '../support/content';

const content = realContent();
const file = readFileSync(new URL('../fixtures/case-content-1.0.0.json', import.meta.url), 'utf8');

describe('a case file of content 1.0.0', () => {
  it('opens, says it was migrated, and keeps what still means the same', () => {
    expect(content.manifest.version.startsWith('2.')).toBe(true);
    const result = parseCaseFile(content, file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migrated).toBe(true);
    expect(caseKnown(content, result.data)).toBe(true);
    expect(result.data.situation).toBe('email-for-jobseeker');
    expect(result.data.jurisdiction).toBe('BE');
    expect(result.data.answers).toMatchObject({
      'know.skills': ['yes'],
      'know.equipment': ['professional'],
      'want.person-agrees': ['yes'],
      'can.sharing': ['no'],
      'can.keep-password': ['no'],
    });
    // Options content 2.0 no longer has: asked again rather than guessed.
    expect(result.data.answers['can.acts-as-person']).toBeUndefined();
    expect(result.data.answers['can.personal-data']).toBeUndefined();
    // The sheet's own fields come along.
    expect(result.data.sheet.reference).toBe('DOSS-1');
  });
});
