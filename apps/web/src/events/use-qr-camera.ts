import { useEffect, useRef, useState, type RefObject } from 'react';

/** Why the camera is not running, each with its own sentence on the page. */
export type CameraProblem = 'insecure' | 'unsupported' | 'denied' | 'none' | 'busy' | 'failed';

export type CameraState =
  | { kind: 'starting' }
  | { kind: 'scanning' }
  | { kind: 'problem'; problem: CameraProblem; detail: string };

/** ~9 decodes a second: enough to catch a pass held up for a moment, light on a phone's CPU. */
const DECODE_INTERVAL_MS = 110;
/** Frames are decoded downscaled to this longest side: a pass fills a good part of the frame. */
const DECODE_SIZE = 640;

/** What getUserMedia's rejection means for the person at the door. */
export function cameraProblem(error: unknown): CameraProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'none';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'busy';
    default:
      return 'failed';
  }
}

/**
 * The device camera (the rear one where there is a choice) shown in `video`, its frames decoded
 * as QR codes with jsQR on a small canvas, at most ~9 a second, on the main thread (a frame of
 * 640 px takes a few milliseconds; no Worker, so nothing for the CSP's worker-src). Every decoded
 * text goes to the latest `onText`. The camera's tracks stop when the component unmounts (the
 * scanner is closed or the page left); remount the component (a new `key`) to try again.
 */
export function useQrCamera(
  video: RefObject<HTMLVideoElement | null>,
  onText: (text: string) => void,
): CameraState {
  const [state, setState] = useState<CameraState>({ kind: 'starting' });
  const latest = useRef(onText);
  useEffect(() => {
    latest.current = onText;
  }, [onText]);
  // getUserMedia exists only in a secure context: HTTPS, or http://localhost.
  const unavailable: CameraProblem | null = !window.isSecureContext
    ? 'insecure'
    : !navigator.mediaDevices?.getUserMedia
      ? 'unsupported'
      : null;

  useEffect(() => {
    if (unavailable) return;
    let stopped = false;
    let stream: MediaStream | null = null;
    let frame = 0;
    const release = () => {
      cancelAnimationFrame(frame);
      stream?.getTracks().forEach((track) => track.stop());
      stream = null;
      if (video.current) video.current.srcObject = null;
    };
    const fail = (problem: CameraProblem, detail = '') => {
      release();
      if (!stopped) setState({ kind: 'problem', problem, detail });
    };

    const start = async () => {
      const [decoder, media] = await Promise.allSettled([
        import('jsqr'),
        navigator.mediaDevices.getUserMedia({
          audio: false,
          video: {
            facingMode: { ideal: 'environment' },
            width: { ideal: 1280 },
            height: { ideal: 720 },
          },
        }),
      ]);
      if (media.status === 'fulfilled') stream = media.value;
      if (stopped) return release();
      if (media.status === 'rejected') {
        return fail(cameraProblem(media.reason), String(media.reason));
      }
      if (decoder.status === 'rejected') return fail('failed', String(decoder.reason));
      const jsQR = decoder.value.default;
      const element = video.current;
      if (!element) return release();
      element.srcObject = media.value;
      try {
        await element.play();
      } catch (error) {
        // A play() interrupted by unmounting is no problem; anything else is.
        if (stopped) return release();
        return fail('failed', String(error));
      }
      if (stopped) return release();
      const canvas = document.createElement('canvas');
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (!context) return fail('unsupported');
      setState({ kind: 'scanning' });
      let last = -Infinity;
      const tick = (now: number) => {
        if (stopped) return;
        frame = requestAnimationFrame(tick);
        if (now - last < DECODE_INTERVAL_MS) return;
        const { videoWidth, videoHeight, readyState } = element;
        if (readyState < HTMLMediaElement.HAVE_CURRENT_DATA || !videoWidth || !videoHeight) return;
        last = now;
        const scale = Math.min(1, DECODE_SIZE / Math.max(videoWidth, videoHeight));
        const width = Math.round(videoWidth * scale);
        const height = Math.round(videoHeight * scale);
        if (canvas.width !== width || canvas.height !== height) {
          canvas.width = width;
          canvas.height = height;
        }
        context.drawImage(element, 0, 0, width, height);
        const image = context.getImageData(0, 0, width, height);
        const code = jsQR(image.data, width, height, { inversionAttempts: 'dontInvert' });
        if (code?.data) latest.current(code.data);
      };
      frame = requestAnimationFrame(tick);
    };

    void start();
    return () => {
      stopped = true;
      release();
    };
  }, [video, unavailable]);

  return unavailable ? { kind: 'problem', problem: unavailable, detail: '' } : state;
}
