// The attribute on <main> that says which screen has rendered, set by the host (ScreenHost.tsx)
// once the screen's code and words are there. End-to-end tests wait for it before reading a
// screen. No imports: tests read it under node.
export const READY_ATTRIBUTE = 'data-screen-ready';
