// The app loader of the pre-rendered start page (ADR 0011, "After the first paint"):
// public/load-app.js adds the app's entry script, its preloads and the page's words once the
// first contentful paint is reported — at once where the paint cannot be watched or will not
// come soon (a tab in the background), and never more than once.
import { readFileSync } from 'node:fs';
import { runInThisContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const script = readFileSync('public/load-app.js', 'utf8');

/** A PerformanceObserver that reports the paints the test gives it. */
class FakePaintObserver {
  static supportedEntryTypes = ['paint', 'navigation'];
  static last: FakePaintObserver | null = null;
  observing = false;
  constructor(private readonly callback: (list: { getEntries: () => { name: string }[] }) => void) {
    FakePaintObserver.last = this;
  }
  observe() {
    this.observing = true;
  }
  disconnect() {
    this.observing = false;
  }
  report(...names: string[]) {
    if (this.observing) this.callback({ getEntries: () => names.map((name) => ({ name })) });
  }
}

const run = (attributes: Record<string, string>) => {
  const tag = document.createElement('script');
  for (const [k, v] of Object.entries(attributes)) tag.setAttribute(k, v);
  vi.spyOn(document, 'currentScript', 'get').mockReturnValue(tag);
  runInThisContext(script, { filename: 'public/load-app.js' });
};
const added = () =>
  [...document.head.querySelectorAll('script[type="module"], link[rel="modulepreload"]')].map(
    (e) =>
      `${e.tagName.toLowerCase()} ${e.getAttribute('src') ?? e.getAttribute('href')}` +
      (e.getAttribute('crossorigin') === '' ? ' crossorigin' : ''),
  );
const APP = {
  'data-entry': './assets/index.js',
  'data-preload': './assets/react.js ./assets/ui.js',
};
const LOADED = [
  'link ./assets/react.js crossorigin',
  'link ./assets/ui.js crossorigin',
  'script ./assets/index.js crossorigin',
];

beforeEach(() => {
  document.head.innerHTML = '';
  FakePaintObserver.last = null;
  vi.useFakeTimers();
  vi.stubGlobal('PerformanceObserver', FakePaintObserver);
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('public/load-app.js', () => {
  it('waits for the first contentful paint, then adds the preloads and the entry script', () => {
    run(APP);
    expect(added()).toEqual([]);
    FakePaintObserver.last!.report('first-paint');
    expect(added()).toEqual([]);
    FakePaintObserver.last!.report('first-contentful-paint');
    expect(added()).toEqual(LOADED);
  });

  it('loads the app once, whatever comes after', () => {
    run(APP);
    FakePaintObserver.last!.report('first-contentful-paint');
    FakePaintObserver.last!.report('first-contentful-paint');
    vi.advanceTimersByTime(5000);
    expect(added()).toEqual(LOADED);
  });

  it('does not wait more than 3 s for a paint that is not reported', () => {
    run(APP);
    vi.advanceTimersByTime(2999);
    expect(added()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(added()).toEqual(LOADED);
  });

  it('loads at once in a tab opened in the background, which paints nothing yet', () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    run(APP);
    expect(added()).toEqual(LOADED);
  });

  it('loads at once in a browser that cannot report paints', () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    run(APP);
    expect(added()).toEqual(LOADED);
  });

  it('does nothing without an entry script (the dev server loads the app itself)', () => {
    run({});
    vi.advanceTimersByTime(5000);
    expect(added()).toEqual([]);
  });

  it('loads the entry alone when there is nothing to preload', () => {
    run({ 'data-entry': './assets/index.js', 'data-preload': '' });
    FakePaintObserver.last!.report('first-contentful-paint');
    expect(added()).toEqual(['script ./assets/index.js crossorigin']);
  });
});
