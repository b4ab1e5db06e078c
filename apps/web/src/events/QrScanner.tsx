import { Alert, Button, Flex, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useMessages } from '../i18n/messages';
import { eventMessages } from './messages';
import { useQrCamera } from './use-qr-camera';

/** The outcome of the last scan, shown on the preview's frame and read out by screen readers. */
export interface ScanFeedback {
  tone: 'success' | 'warning' | 'error' | 'info';
  text: string;
}

const FRAME_COLOUR: Record<ScanFeedback['tone'] | 'idle', string> = {
  success: '#52c41a',
  warning: '#faad14',
  error: '#ff4d4f',
  info: '#1677ff',
  idle: 'rgba(255,255,255,0.85)',
};
/** Darker shades for the words (WCAG AA contrast on white). */
const TEXT_COLOUR: Record<ScanFeedback['tone'], string | undefined> = {
  success: '#237804',
  warning: '#874d00',
  error: '#a8071a',
  info: undefined,
};

interface QrScannerProps {
  /** Every QR code decoded, frame after frame: the caller filters repeats. */
  onText: (text: string) => void;
  feedback: ScanFeedback | null;
  onClose: () => void;
}

/**
 * 扫码签到 with the device camera: a live preview with a framing guide, the last outcome in an
 * aria-live line, and a retry after a camera problem. The camera is on while this is mounted.
 */
export function QrScanner(props: QrScannerProps) {
  const [attempt, setAttempt] = useState(0);
  return <CameraView key={attempt} {...props} onRetry={() => setAttempt((n) => n + 1)} />;
}

function CameraView({
  onText,
  feedback,
  onClose,
  onRetry,
}: QrScannerProps & { onRetry: () => void }) {
  const t = useMessages(eventMessages);
  const video = useRef<HTMLVideoElement>(null);
  const camera = useQrCamera(video, onText);
  const problem =
    camera.kind === 'problem'
      ? t(`cam_${camera.problem}`, { detail: camera.detail.slice(0, 120) })
      : null;
  const status = problem
    ? null
    : camera.kind === 'starting'
      ? t('scanStarting')
      : (feedback?.text ?? t('scanHint'));
  const frame = FRAME_COLOUR[feedback && !problem ? feedback.tone : 'idle'];

  return (
    <section
      data-testid="qr-scanner"
      aria-labelledby="qr-scanner-title"
      style={{ border: '1px solid #d9d9d9', borderRadius: 8, padding: 12 }}
    >
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 8 }}>
        <Typography.Title level={2} id="qr-scanner-title" style={{ fontSize: 18, margin: 0 }}>
          {t('scanTitle')}
        </Typography.Title>
        <Button onClick={onClose}>{t('scanClose')}</Button>
      </Flex>
      {problem ? (
        <Alert
          data-testid="camera-problem"
          role="alert"
          type="error"
          showIcon
          title={problem}
          action={
            camera.kind === 'problem' && camera.problem !== 'insecure' ? (
              <Button size="small" onClick={onRetry}>
                {t('scanRetry')}
              </Button>
            ) : undefined
          }
        />
      ) : (
        <div
          style={{
            position: 'relative',
            width: '100%',
            aspectRatio: '4 / 3',
            background: '#000',
            borderRadius: 6,
            overflow: 'hidden',
            outline: `4px solid ${frame}`,
            outlineOffset: -4,
            transition: 'outline-color 150ms',
          }}
        >
          <video
            ref={video}
            aria-label={t('scanPreview')}
            data-testid="qr-preview"
            muted
            playsInline
            autoPlay
            style={{ width: '100%', height: '100%', objectFit: 'cover', display: 'block' }}
          />
          {/* The framing guide: where the pass is best held. */}
          <div
            aria-hidden
            style={{
              position: 'absolute',
              left: '50%',
              top: '50%',
              width: '60%',
              aspectRatio: '1',
              transform: 'translate(-50%, -50%)',
              border: `3px solid ${frame}`,
              borderRadius: 12,
              boxShadow: '0 0 0 9999px rgba(0,0,0,0.25)',
            }}
          />
        </div>
      )}
      <Typography.Paragraph
        data-testid="scan-status"
        role="status"
        aria-live="polite"
        aria-atomic
        style={{
          margin: '8px 0 0',
          fontSize: 16,
          fontWeight: feedback && !problem ? 600 : 400,
          color: feedback && !problem ? TEXT_COLOUR[feedback.tone] : undefined,
        }}
      >
        {status ?? t('scanTypeInstead')}
      </Typography.Paragraph>
    </section>
  );
}
