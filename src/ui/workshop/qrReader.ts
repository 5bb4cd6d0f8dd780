// Reads a QR code off a camera's video, on the trainer's device only: the browser's own
// BarcodeDetector where it has one that knows QR codes (Android, macOS, ChromeOS), otherwise
// jsQR, a pure-JavaScript decoder loaded only now, when the trainer has pressed the camera
// button (ADR 0021: pure JS keeps the CSP free of 'wasm-unsafe-eval').

/** Returns the text of a QR code seen in the current frame, or null. */
export type FrameReader = (video: HTMLVideoElement) => Promise<string | null>;

interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<DetectedBarcode[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

async function nativeReader(): Promise<FrameReader | null> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (!Detector) return null;
  try {
    if (!(await Detector.getSupportedFormats()).includes('qr_code')) return null;
    const detector = new Detector({ formats: ['qr_code'] });
    return async (video) => {
      const [code] = await detector.detect(video);
      return code?.rawValue ?? null;
    };
  } catch {
    return null;
  }
}

/** Frames are scaled down to at most this width before jsQR reads them: a QR code filling a
 *  phone's screen across the room stays readable, and each frame costs a few milliseconds. */
const MAX_WIDTH = 800;

async function scriptReader(): Promise<FrameReader> {
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return (video) => {
    if (!context || video.videoWidth === 0) return Promise.resolve(null);
    const scale = Math.min(1, MAX_WIDTH / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    return Promise.resolve(jsQR(image.data, image.width, image.height)?.data ?? null);
  };
}

export async function createFrameReader(): Promise<FrameReader> {
  return (await nativeReader()) ?? scriptReader();
}
