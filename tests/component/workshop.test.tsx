// Workshop mode in jsdom: the projector driven from the keyboard, and three groups' files
// (plus a broken one) compared side by side.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { serializeCase } from '../../src/domain/case/caseFile';
import { key } from '../../src/domain/content/keys';
import { POSTURES } from '../../src/domain/content/types';
import { evaluate } from '../../src/domain/engine';
import type { CaseData } from '../../src/domain/wizard/steps';
import { projectorSteps } from '../../src/domain/workshop/projector';
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
  const label = (i: number) => t(`content:${key.questionLabel(steps[i]!.question.id)}`);
  const question = () => screen.getByRole('heading', { level: 2 });

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
    answeredCase(content, situation, first),
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
      `${t('workshop.table.group', { n: 1 })}groupe-a.json`,
      `${t('workshop.table.group', { n: 2 })}groupe-b.json`,
      `${t('workshop.table.group', { n: 3 })}groupe-c.json`,
    ]);

    const questions = [...new Set(groups.flatMap((g) => Object.keys(g.answers)))];
    let differing = 0;
    for (const qid of questions) {
      const name = t(`content:${key.questionLabel(qid)}`);
      const header = within(table).getByRole('rowheader', { name: new RegExp(`^${escape(name)}`) });
      const row = header.closest('tr')!;
      const cells = within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);
      const expected = groups.map((g) => expectedCell(g, qid));
      expect(cells, qid).toEqual(expected);
      const differs = new Set(expected).size > 1;
      if (differs) differing++;
      expect(header.textContent?.includes(t('workshop.table.differs')), qid).toBe(differs);
    }
    expect(differing).toBeGreaterThan(0);
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
    expect(screen.getByRole('status')).toHaveTextContent(t('workshop.import.empty'));
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
