// Work a step does before it is shown (ADR 0027): the result's "what would change" and QR codes
// are worked out from the check page, and the result reads them instead of computing again.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whatWouldChange } from '../../src/domain/engine/change';
import { evaluate } from '../../src/domain/engine/evaluate';
import { emptyCase } from '../../src/domain/wizard/steps';
import { qrMatrix, QR_KEPT } from '../../src/print/qr';
import { prepareFollowing } from '../../src/ui/host/loadScreens';
import { STEP_SCREENS } from '../../src/ui/host/screens';
import { carnetLinkOf, changesOf, prepare, shareLinkOf } from '../../src/ui/result/prepare';
import { caseOf, casesByOutcome } from '../e2e/support/outcome-cases';
import { realContent } from '../support/content';

// The engine's search, counted: what the tests below are about is how often it runs.
vi.mock('../../src/domain/engine/change', async (original) => {
  const engine = await original<typeof import('../../src/domain/engine/change')>();
  return { ...engine, whatWouldChange: vi.fn(engine.whatWouldChange) };
});
const searches = vi.mocked(whatWouldChange);

const content = realContent();
/** A complete case of each outcome, each with its own evaluation (as the machine makes one). */
const complete = () =>
  [...casesByOutcome().values()].map((walk) => {
    const data = caseOf(walk);
    return { content, data, evaluation: evaluate(content, data) };
  });

afterEach(() => searches.mockClear());

describe('the result, prepared on the check page', () => {
  it('is the only step with work to prepare (the registry)', () => {
    expect(STEP_SCREENS.filter((s) => s.prepare).map((s) => s.id)).toEqual(['result']);
  });

  it('works out "what would change" once, and the result reads that same list', async () => {
    for (const input of complete()) {
      searches.mockClear();
      await prepareFollowing('review', input);
      expect(searches).toHaveBeenCalledTimes(1);
      const prepared = searches.mock.results[0]!.value as unknown;
      expect(changesOf(input.content, input.data, input.evaluation)).toBe(prepared);
      expect(searches).toHaveBeenCalledTimes(1);
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

  it('prepares nothing for a case without an outcome, nor from a posture step', async () => {
    const data = { ...emptyCase(content, 'BE'), situation: content.situations.situations[0]!.id };
    expect(prepare({ content, data, evaluation: evaluate(content, data) })).toBeNull();
    const input = complete()[0]!;
    await prepareFollowing('know', input);
    await prepareFollowing('result', input);
    expect(searches).not.toHaveBeenCalled();
  });

  it('computes on arrival what was not prepared: another evaluation is another case', () => {
    const input = complete()[0]!;
    const first = changesOf(input.content, input.data, input.evaluation);
    const again = changesOf(input.content, input.data, evaluate(content, input.data));
    expect(searches).toHaveBeenCalledTimes(2);
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
