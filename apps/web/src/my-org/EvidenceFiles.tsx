import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Popconfirm, Progress, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api, type Schemas } from '../api/client';
import { ApiError, unwrap } from '../api/errors';
import { uploadBytes } from '../components/upload-bytes';
import { useMessages, type Translate } from '../i18n/messages';
import { evidenceMessages } from './evidence-messages';

type EvidenceFile = Schemas['EvidenceFileSchema'];
type Key = keyof (typeof evidenceMessages)['zh-CN'];

export const EVIDENCE_ACCEPT = '.pdf,.png,.jpg,.jpeg,.webp';

/** The record evidence files belong to: a tier certificate or a USCC claim. */
export interface EvidenceRecord {
  kind: 'certification' | 'uscc_claim';
  id: string;
}

const PATH_SEGMENT = { certification: 'certifications', uscc_claim: 'uscc-claims' } as const;
const evidenceKey = (record: EvidenceRecord) => ['private', 'evidence', record.kind, record.id];

/** Uploads one evidence file of a record (its owner or claimant, while it is undecided). */
export function uploadEvidence(
  record: EvidenceRecord,
  file: File,
  onProgress?: (percent: number) => void,
): Promise<EvidenceFile> {
  return uploadBytes<EvidenceFile>(
    `/api/v1/${PATH_SEGMENT[record.kind]}/${record.id}/evidence?filename=${encodeURIComponent(file.name)}`,
    file,
    onProgress,
  );
}

function listEvidence(record: EvidenceRecord) {
  return record.kind === 'certification'
    ? unwrap(
        api.GET('/api/v1/certifications/{certificationId}/evidence', {
          params: { path: { certificationId: record.id } },
        }),
      )
    : unwrap(
        api.GET('/api/v1/uscc-claims/{claimId}/evidence', {
          params: { path: { claimId: record.id } },
        }),
      );
}

function evidenceLink(record: EvidenceRecord, fileId: string) {
  return record.kind === 'certification'
    ? unwrap(
        api.POST('/api/v1/certifications/{certificationId}/evidence/{fileId}/link', {
          params: { path: { certificationId: record.id, fileId } },
        }),
      )
    : unwrap(
        api.POST('/api/v1/uscc-claims/{claimId}/evidence/{fileId}/link', {
          params: { path: { claimId: record.id, fileId } },
        }),
      );
}

/** What went wrong with an upload, in the page's words. */
export function evidenceError(error: unknown, t: Translate<Key>): string {
  if (error instanceof ApiError) {
    if (error.status === 415) return t('unsupported');
    if (error.status === 413) return t('tooLarge');
    if (error.code === 'TOO_MANY_EVIDENCE_FILES') return t('tooMany');
    if (error.code === 'CERTIFICATION_STATE' || error.code === 'USCC_CLAIM_STATE') {
      return t('frozen');
    }
    return t('failed', { message: error.message });
  }
  return t('failed', { message: '' });
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * A certificate's or a USCC claim's evidence files: anyone who may read them downloads them
 * through a short-lived signed link; the owner (claimant) adds them while the record is
 * undecided, and removes a certificate's.
 */
export function EvidenceFiles({ record, editable }: { record: EvidenceRecord; editable: boolean }) {
  const t = useMessages(evidenceMessages);
  const { message } = App.useApp();
  const client = useQueryClient();
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string>();
  const files = useQuery({
    queryKey: evidenceKey(record),
    queryFn: () => listEvidence(record),
  });
  const removable = editable && record.kind === 'certification';
  const refresh = () =>
    client
      .invalidateQueries({ queryKey: ['private', 'certifications'] })
      .then(() => client.invalidateQueries({ queryKey: evidenceKey(record) }));
  const remove = useMutation({
    mutationFn: (file: EvidenceFile) =>
      unwrap(
        api.DELETE('/api/v1/certifications/{certificationId}/evidence/{fileId}', {
          params: { path: { certificationId: record.id, fileId: file.id } },
        }),
      ),
    onSuccess: (_, file) => {
      void message.success(t('removed', { name: file.filename }));
      void refresh();
    },
    onError: (error) => setProblem(evidenceError(error, t)),
  });
  /** The API serves a file as an attachment through a short-lived signed link: a download. */
  const download = async (file: EvidenceFile) => {
    try {
      const link = await evidenceLink(record, file.id);
      const anchor = document.createElement('a');
      anchor.href = link.url;
      anchor.download = file.filename;
      anchor.rel = 'noopener';
      anchor.click();
    } catch {
      void message.error(t('linkFailed'));
    }
  };
  return (
    <Flex vertical gap={8} data-testid="evidence">
      <Typography.Text strong>{t('title')}</Typography.Text>
      {files.data?.length ? (
        <ul className="rt-evidence-list">
          {files.data.map((file) => (
            <li key={file.id} data-testid="evidence-file">
              <span>{file.filename}</span>
              <Typography.Text type="secondary">{sizeText(file.sizeBytes)}</Typography.Text>
              <Button size="small" type="link" onClick={() => void download(file)}>
                {t('open')}
              </Button>
              {removable && (
                <Popconfirm
                  title={t('removeConfirm')}
                  okText={t('confirm')}
                  cancelText={t('cancel')}
                  onConfirm={() => remove.mutate(file)}
                >
                  <Button size="small" type="link" danger>
                    {t('remove')}
                  </Button>
                </Popconfirm>
              )}
            </li>
          ))}
        </ul>
      ) : (
        files.isSuccess && <Typography.Text type="secondary">{t('none')}</Typography.Text>
      )}
      {editable && (
        <>
          <Upload
            accept={EVIDENCE_ACCEPT}
            showUploadList={false}
            customRequest={({ file }) => {
              setProblem(undefined);
              setProgress(0);
              const chosen = file as File;
              uploadEvidence(record, chosen, setProgress)
                .then(() => {
                  void message.success(t('uploaded', { name: chosen.name }));
                  return refresh();
                })
                .catch((error: unknown) => setProblem(evidenceError(error, t)))
                .finally(() => setProgress(null));
            }}
          >
            <Button size="small">{t('upload')}</Button>
          </Upload>
          <Typography.Text type="secondary">
            {record.kind === 'uscc_claim' ? t('claimHint') : t('hint')}
          </Typography.Text>
        </>
      )}
      {progress !== null && <Progress percent={progress} size="small" />}
      {problem && (
        <Alert type="error" showIcon role="alert" title={problem} data-testid="evidence-problem" />
      )}
    </Flex>
  );
}
