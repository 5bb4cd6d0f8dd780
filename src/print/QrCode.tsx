import { useMemo } from 'react';
import { qrMatrix } from './qr';

/** The QR code of `text`, with the four-module quiet zone readers need. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => qrMatrix(text), [text]);
  const quiet = 4;
  const box = size + 2 * quiet;
  return (
    <svg
      className="qr"
      role="img"
      aria-label={label}
      viewBox={`${-quiet} ${-quiet} ${box} ${box}`}
      shapeRendering="crispEdges"
    >
      <rect x={-quiet} y={-quiet} width={box} height={box} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
