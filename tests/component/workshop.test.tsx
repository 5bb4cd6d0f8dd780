// Workshop mode in jsdom: the projector driven from the keyboard, and three groups' files
// (plus a broken one) compared side by side.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serializeCase } from '../../src/domain/case/caseFile.write';
import { shareUrl } from '../../src/domain/case/shareLink.write';
import { key } from '../../src/domain/content/keys';
import { POSTURES } from '../../src/domain/content/types';
import { evaluate } from '../../src/domain/engine';
import type { CaseData } from '../../src/domain/wizard/steps';
import { projectorSteps } from '../../src/domain/workshop/projector';
import { sendUrl } from '../../src/domain/workshop/workshopLink';
import { ContentProvider } from '../../src/ui/ContentContext';
import { HostContext } from '../../src/ui/host/arrival';
import WorkshopPage from '../../src/ui/workshop/WorkshopPage';
import { answeredCase } from '../support/cases';
import { realContent } from '../support/content';
import { renderWithI18n, interfaceText } from '../support/render';

const content = realContent();
const t = interfaceText('fr');
// No vitest globals here, so testing-library cannot clean up by itself.
afterEach(cleanup);

/** Workshop mode as reached from elsewhere in the app: each view's heading takes focus. */
function renderWorkshop(rest: string) {
  return renderWithI18n(
    <ContentProvider value={content}>
      <HostContext.Provider
        value={{ markReady: () => undefined, focusOnArrival: true, appName: 'Discerne' }}
      >
        <WorkshopPage screen="workshop" rest={rest} />
      </HostContext.Provider>
    </ContentProvider>,
  );
}

describe('workshop index', () => {
  it('lists every case study with its projector, its sheet and its blank worksheet', () => {
    renderWorkshop('');
    expect(screen.getByRole('heading', { level: 1, name: t('workshop.title') })).toHaveFocus();
    for (const c of content.workshop.cases) {
      const title = t(`workshop:${key.caseTitle(c.id)}`);
      expect(screen.getByRole('heading', { level: 3, name: title })).toBeInTheDocument();
      // The visible words, then the case's title for screen readers.
      const named = (words: string) => (name: string) =>
        name.startsWith(words) && name.includes(title);
      expect(screen.getByRole('link', { name: named(t('workshop.project')) })).toHaveAttribute(
        'href',
        `#/workshop/case/${c.id}`,
      );
      expect(screen.getByRole('link', { name: named(t('workshop.worksheet')) })).toHaveAttribute(
        'href',
        `#/worksheet/${c.situation}`,
      );
    }
  });
});

describe('projector', () => {
  const study = content.workshop.cases.find((c) => projectorSteps(content, c).length >= 3)!;
  const steps = projectorSteps(content, study);
  const label = (i: number) =>
    t(key.questionLabel(steps[i]!.question.id, study.situation), { ns: 'content' });
  // The question is the last level-2 heading: the code to play the case comes before it.
  const question = () => screen.getAllByRole('heading', { level: 2 }).at(-1)!;

  it('moves with the arrows, reveals with Space and announces each change', async () => {
    const user = userEvent.setup();
    renderWorkshop(`/case/${study.id}`);
    expect(question()).toHaveTextContent(label(0));
    const meaning = screen.getByRole('heading', {
      level: 3,
      name: t('workshop.projector.meaning'),
      hidden: true,
    });
    expect(meaning).not.toBeVisible();

    await user.keyboard('{ArrowRight}');
    expect(question()).toHaveTextContent(label(1));
    expect(question()).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(
      t('workshop.projector.position', { current: 2, total: steps.length }),
    );

    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: t('workshop.projector.hide') })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(screen.getByRole('status')).toHaveTextContent(t('workshop.projector.revealed'));
    for (const o of steps[1]!.question.options)
      expect(
        screen.getByText(t(`content:${key.option(steps[1]!.question.id, o.id)}`), {
          exact: false,
        }),
      ).toBeVisible();

    await user.keyboard('{ArrowLeft}');
    expect(question()).toHaveTextContent(label(0));
    // Moving hides the answers again: the next question is discussed before it is revealed.
    expect(screen.getByRole('button', { name: t('workshop.projector.reveal') })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    await user.keyboard('{ArrowLeft}');
    expect(question()).toHaveTextContent(label(0));
    for (let i = 0; i < steps.length + 2; i++) await user.keyboard('{ArrowRight}');
    expect(question()).toHaveTextContent(label(steps.length - 1));
  });

  it('lets Space press a focused button once, without revealing twice', async () => {
    const user = userEvent.setup();
    renderWorkshop(`/case/${study.id}`);
    const reveal = screen.getByRole('button', { name: t('workshop.projector.reveal') });
    reveal.focus();
    await user.keyboard(' ');
    expect(reveal).toHaveAttribute('aria-expanded', 'true');
  });

  it('shows the prompts of the current question', () => {
    renderWorkshop(`/case/${study.id}`);
    for (const p of steps[0]!.prompts)
      expect(screen.getByText(t(`workshop:${p}`))).toBeInTheDocument();
  });
});

describe('comparing groups', () => {
  const situation = content.workshop.cases[0]!.situation;
  const first = (options: string[]) => options[0]!;
  const last = (options: string[]) => options.at(-1)!;
  const groups: CaseData[] = [
    answeredCase(content, situation, first),
    answeredCase(content, situation, last),
    answeredCase(content, situation, (o) => o[Math.min(1, o.length - 1)]!),
  ];
  const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

  /** What a group's cell should say for a question, from the engine's path. */
  function expectedCell(data: CaseData, qid: string): string {
    const e = evaluate(content, data);
    if (!POSTURES.some((p) => e.path[p].includes(qid))) return t('workshop.table.notAsked');
    return (data.answers[qid] ?? []).map((o) => t(`content:${key.option(qid, o)}`)).join(', ');
  }

  it('loads three groups, refuses a broken file with its name, and marks the differences', async () => {
    const user = userEvent.setup();
    renderWorkshop('/compare');
    const input = screen.getByLabelText(t('workshop.import.files'));
    await user.upload(input, [
      file('groupe-a.json', serializeCase(content, groups[0]!)),
      file('notes.json', '{"not": "a case"'),
      file('groupe-b.json', serializeCase(content, groups[1]!)),
      file('groupe-c.json', serializeCase(content, groups[2]!)),
    ]);
    await waitFor(() =>
      expect(screen.getByText(t('workshop.import.loaded', { count: 3 }))).toBeInTheDocument(),
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      t('workshop.import.errors.malformed', { name: 'notes.json' }),
    );

    const table = screen.getByRole('table');
    const headers = within(within(table).getAllByRole('row')[0]!)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      t('workshop.table.question'),
      'groupe-a.json',
      'groupe-b.json',
      'groupe-c.json',
    ]);

    const questions = [...new Set(groups.flatMap((g) => Object.keys(g.answers)))];
    let differing = 0;
    for (const qid of questions) {
      // All three played one situation: its own words (ADR 0025).
      const name = t(key.questionLabel(qid, situation), { ns: 'content' });
      // A question's row header is its posture, then its label, then "Differs" where it applies.
      const header = within(table).getByRole('rowheader', { name: new RegExp(escape(name)) });
      const row = header.closest('tr')!;
      const cells = within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);
      const expected = groups.map((g) => expectedCell(g, qid));
      expect(cells, qid).toEqual(expected);
      // Only groups that were asked the question can disagree on it.
      const asked = expected.filter((c) => c !== t('workshop.table.notAsked'));
      const differs = new Set(asked).size > 1;
      if (differs) differing++;
      expect(header.textContent?.includes(t('workshop.table.differs')), qid).toBe(differs);
    }
    expect(differing).toBeGreaterThan(0);
  });

  it('checks each file’s size before reading it, and names every refused file', async () => {
    const user = userEvent.setup();
    renderWorkshop('/compare');
    const huge = file('huge.json', 'x');
    // Reading it would take the whole file into memory: refused on its size alone.
    Object.defineProperty(huge, 'size', { value: 10 * 1024 * 1024 });
    huge.text = () => Promise.reject(new Error('must not be read'));
    const unreadable = file('moved.json', '{}');
    // The file was moved or deleted after it was chosen: the browser cannot read it.
    unreadable.text = () => Promise.reject(new DOMException('gone', 'NotReadableError'));
    await user.upload(screen.getByLabelText(t('workshop.import.files')), [
      file('groupe-a.json', serializeCase(content, groups[0]!)),
      huge,
      unreadable,
      file('groupe-b.json', serializeCase(content, groups[1]!)),
    ]);
    await waitFor(() =>
      expect(screen.getByText(t('workshop.import.loaded', { count: 2 }))).toBeInTheDocument(),
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(t('workshop.import.errors.too-large', { name: 'huge.json' }));
    expect(alert).toHaveTextContent(t('workshop.import.errors.unreadable', { name: 'moved.json' }));
  });

  it('adds a group from a share link whose code is after #case=', async () => {
    const user = userEvent.setup();
    renderWorkshop('/compare');
    const link = shareUrl(content, groups[0]!, { origin: 'https://example.org', pathname: '/' });
    expect(link).toContain('#case=');
    await user.type(screen.getByLabelText(t('workshop.import.link')), link);
    await user.click(screen.getByRole('button', { name: t('workshop.import.addLink') }));
    expect(screen.getByText(t('workshop.import.loaded', { count: 1 }))).toBeInTheDocument();
  });

  it("names columns by the groups' labels, from a link or a file; a name put in their place is never shown", async () => {
    const user = userEvent.setup();
    renderWorkshop('/compare');
    const at = { origin: 'https://example.org', pathname: '/' };
    const B = { letter: 'B', colour: 'green' };
    await user.type(
      screen.getByLabelText(t('workshop.import.link')),
      sendUrl(content, groups[0]!, B, at),
    );
    await user.click(screen.getByRole('button', { name: t('workshop.import.addLink') }));
    const input = screen.getByLabelText(t('workshop.import.files'));
    await user.upload(input, [
      file(
        'discerne-groupe-C-rouge-2026-11-30.json',
        serializeCase(content, groups[1]!, new Date(), { letter: 'C', colour: 'red' }),
      ),
      // A crafted file: the label is not one of the content's, so the file's name is used.
      file(
        'troisieme.json',
        serializeCase(content, groups[2]!, new Date(), B).replace('"B-green"', '"Marie Dupont"'),
      ),
    ]);
    const table = await screen.findByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(
      expect.arrayContaining([
        t('workshop.groupLabel.name', { letter: 'B', colour: 'vert' }),
        t('workshop.groupLabel.name', { letter: 'C', colour: 'rouge' }),
        'troisieme.json',
      ]),
    );
    expect(table).not.toHaveTextContent('Marie');
    // Group B sends its file too: the same group's result, kept once and named by its label.
    await user.upload(input, [file('b.json', serializeCase(content, groups[0]!, new Date(), B))]);
    expect(
      await screen.findByText(
        t('workshop.import.duplicates', {
          names: t('workshop.groupLabel.name', { letter: 'B', colour: 'vert' }),
        }),
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(t('workshop.import.loaded', { count: 3 }))).toBeInTheDocument();
  });

  it('keeps the same file chosen twice once, and says so', async () => {
    const user = userEvent.setup();
    renderWorkshop('/compare');
    const input = screen.getByLabelText(t('workshop.import.files'));
    await user.upload(input, [file('groupe-a.json', serializeCase(content, groups[0]!))]);
    await user.upload(input, [file('groupe-a.json', serializeCase(content, groups[0]!))]);
    await waitFor(() =>
      expect(
        screen.getByText(t('workshop.import.duplicates', { names: 'groupe-a.json' })),
      ).toBeInTheDocument(),
    );
    expect(screen.getByText(t('workshop.import.loaded', { count: 1 }))).toBeInTheDocument();
  });

  it('puts the outcome first and reveals the questions one by one from the keyboard', async () => {
    const user = userEvent.setup();
    renderWorkshop('/compare');
    await user.upload(
      screen.getByLabelText(t('workshop.import.files')),
      groups.map((g, i) => file(`g${i}.json`, serializeCase(content, g))),
    );
    const table = await screen.findByRole('table');
    const firstRow = within(table).getAllByRole('row')[1]!;
    expect(within(firstRow).getByRole('rowheader')).toHaveTextContent(t('result.recommendation'));
    const questionRows = () =>
      within(table)
        .getAllByRole('rowheader')
        .filter((h) => h.querySelector('.comparison-posture'));
    const all = questionRows().length;
    expect(all).toBeGreaterThan(1);

    await user.click(screen.getByRole('button', { name: t('workshop.table.stepByStep') }));
    expect(questionRows()).toHaveLength(0);
    await user.keyboard('{ArrowRight}');
    await user.keyboard('{PageDown}');
    expect(questionRows()).toHaveLength(2);
    await user.keyboard('{PageUp}');
    expect(questionRows()).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: t('workshop.table.showAll') }));
    expect(questionRows()).toHaveLength(all);
  });

  it('refuses a file from another app and a link without a case, each with its own message', async () => {
    const user = userEvent.setup();
    renderWorkshop('/compare');
    await user.upload(screen.getByLabelText(t('workshop.import.files')), [
      file('other.json', JSON.stringify({ format: 'something-else', formatVersion: 1 })),
    ]);
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        t('workshop.import.errors.foreign', { name: 'other.json' }),
      ),
    );
    await user.type(screen.getByLabelText(t('workshop.import.link')), 'https://example.org/?x=1');
    await user.click(screen.getByRole('button', { name: t('workshop.import.addLink') }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      t('workshop.import.errors.no-case', { name: 'https://example.org/?x=1' }),
    );
    expect(screen.getByText(t('workshop.import.empty'))).toBeInTheDocument();
  });
});

describe('reading groups by camera', () => {
  const situation = content.workshop.cases[0]!.situation;
  const data = answeredCase(content, situation, (o) => o[0]!);
  const link = shareUrl(content, data, { origin: 'https://discerne.example', pathname: '/' });
  const stopped = vi.fn();
  const stream = { getTracks: () => [{ stop: stopped }] };

  afterEach(() => {
    vi.unstubAllGlobals();
    stopped.mockReset();
  });

  function stubCamera(getUserMedia: () => Promise<unknown>) {
    vi.stubGlobal('navigator', { ...navigator, mediaDevices: { getUserMedia } });
  }

  it('asks for the camera only when pressed, adds the group it reads, and turns it off', async () => {
    const getUserMedia = vi.fn(() => Promise.resolve(stream));
    stubCamera(getUserMedia);
    vi.stubGlobal(
      'BarcodeDetector',
      class {
        static getSupportedFormats = () => Promise.resolve(['qr_code']);
        detect = () => Promise.resolve([{ rawValue: link }]);
      },
    );
    const user = userEvent.setup();
    renderWorkshop('/compare');
    expect(getUserMedia).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: t('workshop.camera.start') }));
    expect(getUserMedia).toHaveBeenCalledTimes(1);
    await waitFor(() =>
      expect(screen.getByText(t('workshop.import.loaded', { count: 1 }))).toBeInTheDocument(),
    );
    // The same code seen again in the next frames is one group, not several.
    await new Promise((r) => setTimeout(r, 400));
    expect(screen.getByText(t('workshop.import.loaded', { count: 1 }))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: t('workshop.camera.stop') }));
    expect(stopped).toHaveBeenCalled();
  });

  it('says what to do when the camera is refused, and changes nothing', async () => {
    stubCamera(() => Promise.reject(new DOMException('no', 'NotAllowedError')));
    const user = userEvent.setup();
    renderWorkshop('/compare');
    await user.click(screen.getByRole('button', { name: t('workshop.camera.start') }));
    expect(await screen.findByText(t('workshop.camera.state.denied'))).toBeInTheDocument();
    expect(screen.getByText(t('workshop.import.empty'))).toBeInTheDocument();
  });

  it('refuses a QR code that is not a Discerne link with a clear message', async () => {
    stubCamera(() => Promise.resolve(stream));
    vi.stubGlobal(
      'BarcodeDetector',
      class {
        static getSupportedFormats = () => Promise.resolve(['qr_code']);
        detect = () => Promise.resolve([{ rawValue: 'WIFI:S:cafe;T:WPA;P:secret;;' }]);
      },
    );
    const user = userEvent.setup();
    renderWorkshop('/compare');
    await user.click(screen.getByRole('button', { name: t('workshop.camera.start') }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      t('workshop.import.errors.no-case', { name: 'WIFI:S:cafe;T:WPA;P:secret;;' }),
    );
    expect(screen.getByText(t('workshop.import.empty'))).toBeInTheDocument();
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
