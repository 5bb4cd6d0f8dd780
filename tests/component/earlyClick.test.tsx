// A click on the pre-rendered start page before the app works (ADR 0011): public/early-clicks.js
// marks it, the app takes it over when it creates its root and makes it again once it works —
// once, and only on the very button that was clicked.
import { readFileSync } from 'node:fs';
import { runInThisContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EARLY_CLICK_ATTRIBUTE, takeEarlyClick } from '../../src/ui/earlyClick';

const script = readFileSync('public/early-clicks.js', 'utf8');
let root: HTMLElement;
let controller: AbortController;

beforeEach(() => {
  document.body.innerHTML = [
    '<button id="outside">Outside</button>',
    '<div id="root" aria-busy="true"><button id="begin">Begin</button>',
    '<button id="english"><span id="label">English</span></button></div>',
  ].join('');
  root = document.getElementById('root')!;
  // The script listens on the document for the page's lifetime; each test gets a fresh listener
  // whose registration it can undo.
  controller = new AbortController();
  const { signal } = controller;
  const add = document.addEventListener.bind(document);
  vi.spyOn(document, 'addEventListener').mockImplementation((type, listener, options) =>
    add(type, listener, { capture: options === true, signal }),
  );
  runInThisContext(script, { filename: 'public/early-clicks.js' });
});
afterEach(() => controller.abort());

const nextTask = () => new Promise((ok) => setTimeout(ok));
const byId = (id: string) => document.getElementById(id)!;
const marked = () => [...document.querySelectorAll(`[${EARLY_CLICK_ATTRIBUTE}]`)].map((e) => e.id);

describe('public/early-clicks.js', () => {
  it('marks the last button clicked in the page, a click on its text included', () => {
    byId('begin').click();
    expect(marked()).toEqual(['begin']);
    byId('label').click();
    expect(marked()).toEqual(['english']);
  });

  it('ignores clicks outside the page and stops once the app listens', () => {
    byId('outside').click();
    expect(marked()).toEqual([]);
    takeEarlyClick(root);
    byId('begin').click();
    expect(marked()).toEqual([]);
  });
});

describe('takeEarlyClick', () => {
  it('hands the click over, unmarked, and makes it again once', async () => {
    byId('begin').click();
    const replay = takeEarlyClick(root);
    expect(marked()).toEqual([]); // the markup is the pre-rendered one again, for hydration
    const clicks = vi.fn();
    byId('begin').addEventListener('click', clicks);
    replay();
    replay();
    await nextTask();
    expect(clicks).toHaveBeenCalledTimes(1);
  });

  it('drops the click when the page was rendered afresh', async () => {
    byId('begin').click();
    const clicked = byId('begin');
    const clicks = vi.fn();
    clicked.addEventListener('click', clicks);
    const replay = takeEarlyClick(root);
    root.innerHTML = '<button id="begin">Begin</button>'; // what createRoot does
    replay();
    await nextTask();
    expect(clicks).not.toHaveBeenCalled();
  });

  it('does nothing when nobody clicked', () => {
    expect(() => takeEarlyClick(root)()).not.toThrow();
    expect(root.hasAttribute('data-app')).toBe(true);
  });
});
