import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Switch, Table, Tag, Typography, Upload } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { api, type Schemas } from '../api/client';
import { ApiError, unwrap } from '../api/errors';
import { useMessages } from '../i18n/messages';
import { reviewMessages } from './messages';

type Report = Schemas['ImportReportSchema'];
type ImportRow = Schemas['ImportRowSchema'];

/** The API's JSON body limit is 1 MB; the file travels base64-encoded (4/3 larger). */
const MAX_FILE_BYTES = 700 * 1024;

const OUTCOME_KEYS = {
  error: 'outcomeError',
  verify_pending: 'outcomeVerifyPending',
  create_verified: 'outcomeCreateVerified',
  already_verified: 'outcomeAlreadyVerified',
} as const;

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      resolve(typeof reader.result === 'string' ? reader.result.replace(/^data:[^,]*,/, '') : '');
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    reader.readAsDataURL(file);
  });
}

/** Upload an official list, see every row's outcome (errors in Chinese), then import it. */
export function ImportTab() {
  const t = useMessages(reviewMessages);
  const client = useQueryClient();
  const [file, setFile] = useState<File>();
  const [report, setReport] = useState<Report>();
  const [problem, setProblem] = useState<string>();
  const [onlyErrors, setOnlyErrors] = useState(false);
  const tableBox = useRef<HTMLDivElement>(null);
  const run = useMutation({
    mutationFn: async ({ commit }: { commit: boolean }) => {
      if (!file) throw new Error('no file');
      return unwrap(
        api.POST('/api/v1/certifications/imports', {
          body: { fileName: file.name, contentBase64: await base64Of(file), commit },
        }),
      );
    },
    onMutate: () => setProblem(undefined),
    onSuccess: (result) => {
      setReport(result);
      if (result.committed) void client.invalidateQueries({ queryKey: ['private', 'review'] });
    },
    onError: (error) => {
      setReport(undefined);
      if (error instanceof ApiError && error.status === 413) setProblem(t('fileTooLarge'));
      else if (error instanceof ApiError && error.fields.length > 0) {
        setProblem(error.fields.flatMap((field) => field.messages).join('；'));
      } else {
        setProblem(t('importFailed', { message: error instanceof ApiError ? error.message : '' }));
      }
    },
  });

  const columns: TableColumnsType<ImportRow> = [
    { title: t('rowNo'), dataIndex: 'row', width: 64 },
    { title: t('rowName'), dataIndex: 'name', width: 200 },
    { title: t('rowUscc'), dataIndex: 'uscc', width: 190 },
    { title: t('rowTier'), dataIndex: 'tier', width: 150 },
    { title: t('rowYear'), dataIndex: 'year', width: 70 },
    { title: t('rowAuthority'), dataIndex: 'authority', width: 170 },
    {
      title: t('rowOutcome'),
      dataIndex: 'outcome',
      width: 170,
      render: (outcome: ImportRow['outcome']) => (
        <Tag
          color={outcome === 'error' ? 'red' : outcome === 'already_verified' ? 'default' : 'blue'}
        >
          {t(OUTCOME_KEYS[outcome])}
        </Tag>
      ),
    },
    {
      title: t('rowErrors'),
      dataIndex: 'errors',
      width: 300,
      render: (errors: string[]) =>
        errors.length ? (
          <ul className="rt-diff-list" data-testid="row-errors">
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        ) : null,
    },
  ];

  // The rows scroll inside the table (fixed header): keyboard users must reach that region too.
  useEffect(() => {
    const body = tableBox.current?.querySelector<HTMLElement>('.ant-table-body');
    if (!body) return;
    body.tabIndex = 0;
    body.setAttribute('role', 'region');
    body.setAttribute('aria-label', t('rowsRegion'));
  }, [report, onlyErrors, t]);

  const rows = report ? report.rows.filter((row) => !onlyErrors || row.outcome === 'error') : [];
  const importable = report ? report.summary.total - report.summary.errors : 0;
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={2} className="rt-section-title">
        {t('importTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('importIntro')}</Typography.Paragraph>
      <Upload
        accept=".xlsx,.csv"
        maxCount={1}
        beforeUpload={(chosen) => {
          setReport(undefined);
          if (!/\.(xlsx|csv)$/i.test(chosen.name)) setProblem(t('fileType'));
          else if (chosen.size > MAX_FILE_BYTES) setProblem(t('fileTooLarge'));
          else {
            setProblem(undefined);
            setFile(chosen);
          }
          return false;
        }}
        onRemove={() => {
          setFile(undefined);
          setReport(undefined);
        }}
        fileList={file ? [{ uid: 'list', name: file.name, status: 'done' }] : []}
      >
        <Button icon={<UploadOutlined />}>{t('chooseFile')}</Button>
      </Upload>
      <Typography.Text type="secondary">{t('fileHint')}</Typography.Text>
      {problem && (
        <Alert type="error" showIcon role="alert" title={problem} data-testid="import-problem" />
      )}
      <Flex gap={8} wrap>
        <Button
          disabled={!file}
          loading={run.isPending && !run.variables?.commit}
          onClick={() => run.mutate({ commit: false })}
        >
          {t('dryRun')}
        </Button>
        {report && !report.committed && importable > 0 && (
          <Button
            type="primary"
            loading={run.isPending && run.variables?.commit}
            onClick={() => run.mutate({ commit: true })}
          >
            {t('commitConfirm', { count: importable })}
          </Button>
        )}
      </Flex>
      {report && (
        <>
          <Alert
            type={report.committed ? 'success' : report.summary.errors ? 'warning' : 'info'}
            showIcon
            role="status"
            data-testid="import-summary"
            title={
              report.committed
                ? t('committed', {
                    created: report.summary.created,
                    verified: report.summary.verified,
                    unchanged: report.summary.unchanged,
                    errors: report.summary.errors,
                  })
                : t('dryRunDone', {
                    total: report.summary.total,
                    ok: importable,
                    errors: report.summary.errors,
                  })
            }
          />
          <Flex gap={8} align="center">
            <Switch
              checked={onlyErrors}
              onChange={setOnlyErrors}
              aria-label={t('onlyErrors')}
              id="only-errors"
            />
            <label htmlFor="only-errors">{t('onlyErrors')}</label>
          </Flex>
          <div ref={tableBox}>
            <Table<ImportRow>
              rowKey="row"
              size="small"
              columns={columns}
              dataSource={rows}
              pagination={false}
              scroll={{ x: 1300, y: 480 }}
              rowClassName={(row) => (row.outcome === 'error' ? 'rt-row-error' : '')}
            />
          </div>
        </>
      )}
    </Flex>
  );
}
