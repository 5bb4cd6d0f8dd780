// A video of QR codes for Chromium's fake camera (--use-file-for-fake-video-capture): each code
// held in front of the camera for a while, one after the other, as groups would show their
// phones to the trainer. Written as Y4M (raw YUV 4:2:0), the format Chromium reads.
import { writeFileSync } from 'node:fs';
import qrcode from 'qrcode-generator';

const WIDTH = 480;
const HEIGHT = 360;
const FPS = 10;

function frame(text: string): Buffer {
  const qr = qrcode(0, 'L');
  qr.addData(text, 'Byte');
  qr.make();
  const modules = qr.getModuleCount();
  // A quiet zone of four modules, the code centred and as large as the frame allows.
  const scale = Math.floor(Math.min(WIDTH, HEIGHT) / (modules + 8));
  const left = Math.floor((WIDTH - modules * scale) / 2);
  const top = Math.floor((HEIGHT - modules * scale) / 2);
  const luma = Buffer.alloc(WIDTH * HEIGHT, 235);
  for (let row = 0; row < modules; row++)
    for (let col = 0; col < modules; col++) {
      if (!qr.isDark(row, col)) continue;
      for (let y = 0; y < scale; y++)
        luma.fill(
          16,
          (top + row * scale + y) * WIDTH + left + col * scale,
          (top + row * scale + y) * WIDTH + left + (col + 1) * scale,
        );
    }
  // No colour: both chroma planes at their neutral value.
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  return Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
}

/** Writes the video: each text as a QR code for `seconds`, in order (Chromium loops it). */
export function writeQrVideo(file: string, texts: readonly string[], seconds = 2): void {
  writeFrames(file, texts.map(frame), seconds);
}

/** An RGBA picture, as pngjs reads a screenshot. */
export interface Picture {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A screenshot as the camera would see it: grey levels, centred on a white frame, shrunk
 *  (nearest pixel) only if it does not fit. */
function pictureFrame(picture: Picture): Buffer {
  const scale = Math.min(1, WIDTH / picture.width, HEIGHT / picture.height);
  const w = Math.floor(picture.width * scale);
  const h = Math.floor(picture.height * scale);
  const left = Math.floor((WIDTH - w) / 2);
  const top = Math.floor((HEIGHT - h) / 2);
  const luma = Buffer.alloc(WIDTH * HEIGHT, 235);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const i = (Math.floor(y / scale) * picture.width + Math.floor(x / scale)) * 4;
      const grey =
        0.299 * picture.data[i]! + 0.587 * picture.data[i + 1]! + 0.114 * picture.data[i + 2]!;
      // Video range: black 16, white 235.
      luma[(top + y) * WIDTH + left + x] = Math.round(16 + (grey * 219) / 255);
    }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  return Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
}

/** Writes the video of screenshots (the groups' phones held up to the camera) or texts drawn
 *  as QR codes, each for `seconds`, in order. */
export function writePictureVideo(
  file: string,
  pictures: readonly (Picture | string)[],
  seconds = 2,
): void {
  writeFrames(
    file,
    pictures.map((p) => (typeof p === 'string' ? frame(p) : pictureFrame(p))),
    seconds,
  );
}

function writeFrames(file: string, frames: readonly Buffer[], seconds: number): void {
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F${FPS}:1 Ip A1:1 C420jpeg\n`);
  const all = frames.flatMap((f) => Array.from({ length: seconds * FPS }, () => f));
  writeFileSync(file, Buffer.concat([header, ...all]));
}
