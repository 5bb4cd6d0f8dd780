// The screen registry: every wizard step and every page outside the wizard, in one list. A
// screen declares its route, its title, the code and locale namespaces it loads, and who
// renders its heading; the host (ScreenHost.tsx) does the rest for all of them alike: loading
// placeholder, aria-busy, heading and focus, document.title, readiness for the tests, recovery
// page. To add a screen, add an entry here (ADR 0014). No React here: the end-to-end tests
// read this list in node.
import type { ComponentType } from 'react';
import { key } from '../../domain/content/keys';
import { POSTURES, type Content } from '../../domain/content/types';
import type { Evaluation } from '../../domain/engine/types';
import type { CaseData, Step } from '../../domain/wizard/steps';
import type { NamespaceName } from '../../i18n/namespaces';

/** What every screen component receives from the host. */
export interface ScreenProps {
  /** The screen's id in this registry (posture steps share one component). */
  screen: string;
  /** For pages: the part of the hash after `#/<route>`, for their own sub-routes; raw. */
  rest: string;
}

/** An i18n key and its namespace. */
export interface Title {
  key: string;
  ns: NamespaceName;
}

interface ScreenBase {
  /** Unique among screens; a step's id is the step's name. */
  id: string;
  /** The screen's title: its heading and the tab's title (`<title> — Discerne`). */
  title: Title;
  /**
   * The screen's code, fetched when first shown (or warmed before). 'entry': in the entry
   * chunk, for the pre-rendered start page only (ADR 0011); loadScreens.ts names its component.
   */
  load: (() => Promise<{ default: ComponentType<ScreenProps> }>) | 'entry';
  /** Locale namespaces the screen reads, fetched with its code so it never shows raw keys. */
  namespaces: readonly NamespaceName[];
  /**
   * 'host' (default): the host renders the title as the `<h1>`. 'screen': the screen renders
   * its own `<h1>` with useScreenHeading (pages with views of their own: workshop, carnet).
   */
  heading?: 'host' | 'screen';
}

/** The case as the step before shows it: what a step can prepare from. */
export interface ScreenInput {
  content: Content;
  data: CaseData;
  evaluation: Evaluation;
}

export interface StepScreen extends ScreenBase {
  kind: 'step';
  step: Step;
  /** Steps that can come next: their code is warmed while the worker reads this one. */
  next: readonly Step[];
  /**
   * Work the step can do before it is shown, from the case as the step before shows it: run
   * in an idle moment there, so it is not done on the click (ADR 0027). Pure, memoized work
   * only: the screen must show the same without it.
   */
  prepare?: () => Promise<{ prepare: (input: ScreenInput) => unknown }>;
  /** Offers the case's export, import and share link below the screen (CaseTools). */
  caseTools?: boolean;
}

export interface PageScreen extends ScreenBase {
  kind: 'page';
  /** The hash route: `#/<route>` and anything after it (`rest`). */
  route: string;
}

export type Screen = StepScreen | PageScreen;

// Every step after the start page speaks the content's words and the screens' words
// (`screens`, not on the first visit): they come with its chunk.
const STEP_WORDS = ['content', 'screens'] as const;

const stepTitle = (step: Step): Title => ({ key: `steps.${step}`, ns: 'ui' });

export const STEP_SCREENS: readonly StepScreen[] = [
  {
    kind: 'step',
    id: 'start',
    step: 'start',
    title: stepTitle('start'),
    // Pre-rendered into index.html and hydrated (ADR 0011): never a chunk of its own.
    load: 'entry',
    namespaces: [],
    next: ['country', 'situation'],
  },
  {
    // Where the worker works, before the situation, unless this device remembers it (ADR 0023).
    kind: 'step',
    id: 'country',
    step: 'country',
    title: stepTitle('country'),
    load: () => import('../country/CountryScreen'),
    namespaces: STEP_WORDS,
    next: ['situation'],
  },
  {
    kind: 'step',
    id: 'situation',
    step: 'situation',
    title: stepTitle('situation'),
    load: () => import('../situation/SituationScreen'),
    namespaces: STEP_WORDS,
    next: [POSTURES[0]!],
  },
  // One screen per posture, from the content's list; the heading is the posture's question.
  ...POSTURES.map((posture, i): StepScreen => ({
    kind: 'step',
    id: posture,
    step: posture,
    title: { key: key.postureQuestion(posture), ns: 'content' },
    load: () => import('../posture/PostureScreen'),
    // The note under a question the service's framework answers (ADR 0019), and the terms of
    // art its questions use, explained under them (ADR 0015): with the code, so the page
    // renders whole at once instead of again when the glossary arrives.
    namespaces: [...STEP_WORDS, 'framework', 'glossary'],
    next: [POSTURES[i + 1] ?? 'review', 'review'],
  })),
  {
    kind: 'step',
    id: 'review',
    step: 'review',
    title: stepTitle('review'),
    load: () => import('../review/ReviewScreen'),
    namespaces: STEP_WORDS,
    next: ['result', ...POSTURES],
    caseTools: true,
  },
  {
    kind: 'step',
    id: 'result',
    step: 'result',
    title: stepTitle('result'),
    load: () => import('../result/ResultScreen'),
    // The result lists resources and advice: the carnet's words come with it.
    // … and the service's framework on the sheet (ADR 0019).
    // … and the glossary, for the terms its reasons use.
    namespaces: [...STEP_WORDS, 'carnet', 'framework', 'glossary'],
    // Its h1 is the outcome in words, with its icon (ADR 0020).
    heading: 'screen',
    // "What would change it" and the sheet's QR codes, worked out on the check page.
    prepare: () => import('../result/prepare'),
    next: ['review'],
    caseTools: true,
  },
];

export const PAGE_SCREENS: readonly PageScreen[] = [
  {
    kind: 'page',
    id: 'carnet',
    route: 'carnet',
    title: { key: 'carnet.title', ns: 'screens' },
    load: () => import('../carnet/CarnetPage'),
    namespaces: ['content', 'screens', 'carnet', 'glossary'],
    heading: 'screen',
  },
  {
    kind: 'page',
    id: 'workshop',
    route: 'workshop',
    title: { key: 'workshop.title', ns: 'workshop' },
    load: () => import('../workshop/WorkshopPage'),
    namespaces: ['content', 'screens', 'workshop'],
    heading: 'screen',
  },
  {
    kind: 'page',
    id: 'worksheet',
    route: 'worksheet',
    title: { key: 'worksheet.title', ns: 'screens' },
    load: () => import('../worksheet/WorksheetPage'),
    namespaces: ['content', 'screens'],
    heading: 'screen',
  },
  {
    // Self-contained in ../glossary (ADR 0015); `?term=` focuses one entry.
    kind: 'page',
    id: 'glossary',
    route: 'glossary',
    title: { key: 'glossary.title', ns: 'screens' },
    load: () => import('../glossary/GlossaryPage'),
    namespaces: ['screens', 'carnet', 'glossary'],
    heading: 'screen',
  },
  {
    // Self-contained in ../map (ADR 0018); places the current case when asked.
    kind: 'page',
    id: 'map',
    route: 'map',
    title: { key: 'map.title', ns: 'screens' },
    load: () => import('../map/MapPage'),
    namespaces: ['content', 'screens'],
    heading: 'screen',
  },
  {
    // Self-contained in ../framework (ADR 0019).
    kind: 'page',
    id: 'framework',
    route: 'framework',
    title: { key: 'title', ns: 'framework' },
    load: () => import('../framework/FrameworkPage'),
    namespaces: ['content', 'ui', 'framework'],
    heading: 'screen',
  },
];

/** Shown for a `#/…` address that names no screen, or that cannot be read. */
export const NOT_FOUND: PageScreen = {
  kind: 'page',
  id: 'not-found',
  route: '',
  title: { key: 'notFound.title', ns: 'ui' },
  load: 'entry',
  namespaces: [],
};

export const SCREENS: readonly Screen[] = [...STEP_SCREENS, ...PAGE_SCREENS, NOT_FOUND];

const stepScreens = new Map(STEP_SCREENS.map((s) => [s.step, s]));
const pageScreens = new Map(PAGE_SCREENS.map((s) => [s.route, s]));

export function screenForStep(step: Step): StepScreen {
  const screen = stepScreens.get(step);
  if (!screen) throw new Error(`no screen registered for step "${step}"`);
  return screen;
}

/** The page with this route; a Map, so names such as "constructor" find nothing. */
export function pageForRoute(route: string): PageScreen | undefined {
  return pageScreens.get(route);
}
