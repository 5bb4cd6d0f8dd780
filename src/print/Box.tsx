// A box to tick with a pen, drawn with a border so it prints the same with any font. A ticked
// box carries a cross: the paper says which answer was chosen without relying on colour.
export function Box({ checked = false }: { checked?: boolean }) {
  return (
    <span aria-hidden="true" className={checked ? 'box box--checked' : 'box'}>
      {checked ? '✕' : ''}
    </span>
  );
}
