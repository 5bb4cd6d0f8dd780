// A QR code drawn locally as one SVG path: nothing is fetched, and the code prints sharply at any
// size. Error correction "L" keeps long share links at a version a phone still reads on paper.
import qrcode from 'qrcode-generator';

export interface QrMatrix {
  /** Modules per side, quiet zone excluded. */
  size: number;
  /** SVG path data: one 1×1 square per dark module, in module units. */
  path: string;
}

/**
 * The last codes drawn, by text. A code is pure, and the result's two take ≈ 40 ms at CPU ×4:
 * drawn while the worker reads the check page, they are not drawn again on the click (ADR 0027).
 */
const recent = new Map<string, QrMatrix>();
export const QR_KEPT = 8;

export function qrMatrix(text: string): QrMatrix {
  const kept = recent.get(text);
  if (kept) return kept;
  const drawn = drawQr(text);
  if (recent.size >= QR_KEPT) recent.delete(recent.keys().next().value!);
  recent.set(text, drawn);
  return drawn;
}

function drawQr(text: string): QrMatrix {
  const qr = qrcode(0, 'L');
  qr.addData(text, 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  let path = '';
  for (let row = 0; row < size; row++) {
    // Runs of dark modules on a row become one rectangle: a path about five times shorter.
    let col = 0;
    while (col < size) {
      if (!qr.isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && qr.isDark(row, col)) col++;
      path += `M${start} ${row}h${col - start}v1h${start - col}z`;
    }
  }
  return { size, path };
}
