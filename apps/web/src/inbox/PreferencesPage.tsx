import { App, Card, Flex, InputNumber, Select, Skeleton, Switch, Table, Typography } from 'antd';
import { ApiError } from '../api/errors';
import { ErrorState } from '../components/ErrorState';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import { label } from '../i18n/vocabulary';
import { DIGEST_LABELS, inboxMessages, NOTIFICATION_TYPE_LABELS } from './messages';
import { usePreferences, useSavePreferences } from './use-inbox';

type Digest = 'immediate' | 'daily' | 'weekly';

/** Per notification type: email on or off and how often; the daily cap of match mails. */
export default function PreferencesPage() {
  const t = useMessages(inboxMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const query = usePreferences();
  const save = useSavePreferences();
  const change = (body: Parameters<typeof save.mutate>[0]) =>
    save.mutate(body, {
      onSuccess: () => void message.success(t('saved')),
      onError: (error) =>
        void message.error(
          t('failed', { message: error instanceof ApiError ? error.message : '' }),
        ),
    });
  if (query.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const rows = Object.entries(query.data.types).map(([type, preference]) => ({
    type,
    ...preference,
  }));
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('preferencesTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('preferencesIntro')}</Typography.Paragraph>
      <div className="rt-table-scroll">
        <Table
          rowKey="type"
          pagination={false}
          dataSource={rows}
          columns={[
            {
              title: t('type'),
              dataIndex: 'type',
              render: (type: string) => label(NOTIFICATION_TYPE_LABELS, type, locale),
            },
            {
              title: t('email'),
              dataIndex: 'email',
              render: (email: boolean, row) => (
                <Switch
                  checked={email}
                  aria-label={`${t('email')}：${label(NOTIFICATION_TYPE_LABELS, row.type, locale)}`}
                  onChange={(checked) => change({ types: { [row.type]: { email: checked } } })}
                />
              ),
            },
            {
              title: t('digest'),
              dataIndex: 'digest',
              render: (digest: Digest, row) => (
                <Select
                  value={digest}
                  disabled={!row.email}
                  style={{ minWidth: 130 }}
                  aria-label={`${t('digest')}：${label(NOTIFICATION_TYPE_LABELS, row.type, locale)}`}
                  onChange={(value) => change({ types: { [row.type]: { digest: value } } })}
                  options={Object.keys(DIGEST_LABELS).map((d) => ({
                    value: d,
                    label: label(DIGEST_LABELS, d, locale),
                  }))}
                />
              ),
            },
          ]}
        />
      </div>
      <Card>
        <Flex vertical gap={4}>
          <label htmlFor="daily-cap">{t('dailyCap')}</label>
          <InputNumber
            id="daily-cap"
            min={0}
            max={100}
            precision={0}
            defaultValue={query.data.dailyMatchEmailCap}
            onBlur={(event) => {
              const value = Number(event.target.value);
              if (Number.isInteger(value) && value !== query.data.dailyMatchEmailCap) {
                change({ dailyMatchEmailCap: value });
              }
            }}
          />
          <Typography.Text type="secondary">{t('dailyCapHint')}</Typography.Text>
        </Flex>
      </Card>
    </Flex>
  );
}
