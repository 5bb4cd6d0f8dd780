// One shape per outcome, so the four outcomes are told apart by shape and words, never by colour
// alone (paper is grey, and some readers see no colour). The shape follows the outcome's caution
// in the content (0 = go ahead … 3 = another way), not its id: the content may rename outcomes.
const SHAPES = [
  // A tick in a circle: nothing stands in the way.
  <>
    <circle cx="12" cy="12" r="10" />
    <path d="M7 12.5l3.5 3.5L17 9" />
  </>,
  // An exclamation mark in a triangle: possible once something is settled.
  <>
    <path d="M12 2.5L22 20.5H2z" />
    <path d="M12 9v5.5M12 17.2v.3" />
  </>,
  // An arrow handing over to someone else.
  <>
    <rect x="2.5" y="4" width="9" height="16" rx="1.5" />
    <path d="M9 12h12.5M17 7.5l4.5 4.5-4.5 4.5" />
  </>,
  // A way barred and a way around it: not this way, another route.
  <>
    <path d="M3 21V11a5 5 0 0 1 5-5h12" />
    <path d="M16 2l4 4-4 4" />
    <path d="M9 14l6 6M15 14l-6 6" />
  </>,
];

export function OutcomeIcon({ caution }: { caution: number }) {
  const shape = SHAPES[Math.max(0, Math.min(caution, SHAPES.length - 1))];
  return (
    <svg
      className="outcome-icon"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {shape}
    </svg>
  );
}
