// The trainer's camera reads the QR code a group shows on its phone ("send to the trainer"), so
// results come back without files. The camera is asked for only when the trainer presses the
// button, and stops when they press stop or leave the page. Each code is read once per session
// of the camera: a phone held in front of it for a while is one reading, not a stream of them.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createFrameReader } from './qrReader';

type CameraState = 'off' | 'starting' | 'reading' | 'denied' | 'no-camera' | 'unsupported';

/** Time between two frames read: fast enough to feel immediate, light on an old laptop. */
const FRAME_INTERVAL_MS = 150;

export function CameraReader({ onCode }: { onCode: (text: string) => void }) {
  const { t } = useTranslation('screens');
  const ids = useId();
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const [state, setState] = useState<CameraState>('off');
  // The latest handler, read by the reading loop without restarting it at every render.
  const onCodeRef = useRef(onCode);
  useEffect(() => {
    onCodeRef.current = onCode;
  }, [onCode]);

  const stop = () => {
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
    setState('off');
  };

  const start = async () => {
    if (!navigator.mediaDevices?.getUserMedia) {
      setState('unsupported');
      return;
    }
    setState('starting');
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'environment' },
        audio: false,
      });
      setState('reading');
    } catch (e) {
      const name = e instanceof DOMException ? e.name : '';
      setState(name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : 'no-camera');
    }
  };

  useEffect(() => {
    if (state !== 'reading' || !video.current || !stream.current) return;
    const element = video.current;
    element.srcObject = stream.current;
    // A muted video may play without a gesture; where it cannot, frames are still read.
    Promise.resolve()
      .then(() => element.play())
      .catch(() => undefined);
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const seen = new Set<string>();
    void createFrameReader().then((read) => {
      const tick = async () => {
        if (stopped) return;
        const text = await read(element).catch(() => null);
        if (text && !seen.has(text)) {
          seen.add(text);
          onCodeRef.current(text);
        }
        if (!stopped) timer = setTimeout(() => void tick(), FRAME_INTERVAL_MS);
      };
      void tick();
    });
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [state]);

  // Leaving the page turns the camera off.
  useEffect(() => () => stream.current?.getTracks().forEach((track) => track.stop()), []);

  const message = state === 'off' ? '' : t(`workshop.camera.state.${state}`);
  return (
    <div className="camera-reader no-print">
      {state === 'reading' || state === 'starting' ? (
        <button type="button" className="button button--secondary" onClick={stop}>
          {t('workshop.camera.stop')}
        </button>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          aria-describedby={`${ids}-hint`}
          onClick={() => void start()}
        >
          {t('workshop.camera.start')}
        </button>
      )}
      <p className="hint" id={`${ids}-hint`}>
        {t('workshop.camera.hint')}
      </p>
      <p
        role="status"
        className={
          state === 'denied' || state === 'no-camera' || state === 'unsupported'
            ? 'notice notice--error'
            : undefined
        }
      >
        {message}
      </p>
      {state === 'reading' && (
        <video
          ref={video}
          className="camera-video"
          muted
          playsInline
          aria-label={t('workshop.camera.video')}
        />
      )}
    </div>
  );
}
