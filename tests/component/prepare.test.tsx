// Work a step does before it is shown (ADR 0027): the result's "what would change" and QR codes
// are worked out from the check page, and the result reads them instead of computing again.
// No module mocks: the component files share their modules (isolate: false, ADR 0026), so the
// memos themselves are what is looked at.
import { describe, expect, it } from 'vitest';
import { whatWouldChange } from '../../src/domain/engine/change';
import { evaluate } from '../../src/domain/engine/evaluate';
import { emptyCase } from '../../src/domain/wizard/steps';
import { qrMatrix, QR_KEPT } from '../../src/print/qr';
import { prepareFollowing } from '../../src/ui/host/loadScreens';
import { STEP_SCREENS } from '../../src/ui/host/screens';
import {
  carnetLinkOf,
  changesOf,
  prepare,
  preparedChanges,
  shareLinkOf,
} from '../../src/ui/result/prepare';
import { caseOf, casesByOutcome } from '../e2e/support/outcome-cases';
import { realContent } from '../support/content';

const content = realContent();
/** A complete case of each outcome, each with a new evaluation (as the machine makes one). */
const complete = () =>
  [...casesByOutcome().values()].map((walk) => {
    const data = caseOf(walk);
    return { content, data, evaluation: evaluate(content, data) };
  });

describe('the result, prepared on the check page', () => {
  it('is the only step with work to prepare (the registry)', () => {
    expect(STEP_SCREENS.filter((s) => s.prepare).map((s) => s.id)).toEqual(['result']);
  });

  it('works out "what would change" from the check page, and the result reads that list', async () => {
    for (const input of complete()) {
      expect(preparedChanges(input.evaluation)).toBeUndefined();
      await prepareFollowing('review', input);
      const prepared = preparedChanges(input.evaluation);
      expect(prepared).toEqual(whatWouldChange(input.content, input.data, input.evaluation));
      // The very list prepared, not another one worked out again.
      expect(changesOf(input.content, input.data, input.evaluation)).toBe(prepared);
    }
  });

  it('draws the sheet QR codes of the share link and the carnet, kept for the page', () => {
    const input = complete()[0]!;
    const prepared = prepare(input)!;
    const link = shareLinkOf(content, input.data, window.location)!;
    expect(prepared.codes).toHaveLength(2);
    expect(qrMatrix(link)).toBe(prepared.codes[0]);
    expect(qrMatrix(carnetLinkOf(window.location))).toBe(prepared.codes[1]);
  });

  it('prepares nothing for a case without an outcome, nor from another step', async () => {
    const data = { ...emptyCase(content, 'BE'), situation: content.situations.situations[0]!.id };
    const evaluation = evaluate(content, data);
    expect(prepare({ content, data, evaluation })).toBeNull();
    expect(preparedChanges(evaluation)).toBeUndefined();
    const input = complete()[0]!;
    await prepareFollowing('know', input);
    await prepareFollowing('result', input);
    expect(preparedChanges(input.evaluation)).toBeUndefined();
  });

  it('computes on arrival what was not prepared: another evaluation is another case', () => {
    const input = complete()[0]!;
    const first = changesOf(input.content, input.data, input.evaluation);
    const other = evaluate(content, input.data);
    expect(preparedChanges(other)).toBeUndefined();
    const again = changesOf(input.content, input.data, other);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});

describe('QR codes kept by text', () => {
  it('draws a text once while it is among the last ones drawn, then again', () => {
    const first = qrMatrix('https://example.org/#case=first');
    expect(qrMatrix('https://example.org/#case=first')).toBe(first);
    for (let i = 0; i < QR_KEPT; i++) qrMatrix(`https://example.org/#case=${i}`);
    const redrawn = qrMatrix('https://example.org/#case=first');
    expect(redrawn).not.toBe(first);
    expect(redrawn).toEqual(first);
  });
});
