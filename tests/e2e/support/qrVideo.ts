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
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F${FPS}:1 Ip A1:1 C420jpeg\n`);
  const frames = texts.flatMap((text) => {
    const f = frame(text);
    return Array.from({ length: seconds * FPS }, () => f);
  });
  writeFileSync(file, Buffer.concat([header, ...frames]));
}
