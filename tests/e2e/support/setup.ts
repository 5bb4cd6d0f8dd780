// Runs in every end-to-end test file: a Content-Security-Policy violation reported by the
// browser fails the test during which it happened.
import { afterEach, expect } from 'vitest';
import { takeCspViolations } from './browser';

afterEach(() => {
  expect(takeCspViolations(), 'Content-Security-Policy violations').toEqual([]);
});
