import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Flex, Segmented, Skeleton, Statistic, Table } from 'antd';
import { useState } from 'react';
import { api, type Schemas } from '../api/client';
import { ApiError, unwrap } from '../api/errors';
import { session } from '../auth/session';
import { Chart } from '../components/Chart';
import { ErrorState } from '../components/ErrorState';
import { useMessages } from '../i18n/messages';
import { eventMessages } from './messages';
import { problemText } from './problem-text';
import type { EventView } from './use-events';

type Group = Schemas['ReportGroupSchema'];
type Breakdown = 'byIndustry' | 'byRegion' | 'byTier';

/** The workbook (概览, 按行业, 按地区, 按梯度, 参会单位, 日程, 洽谈结果) with the session's token. */
async function downloadReportXlsx(event: EventView): Promise<void> {
  const response = await fetch(`/api/v1/events/${event.id}/report.xlsx`, {
    headers: { Authorization: `Bearer ${session.accessToken() ?? ''}` },
  });
  if (!response.ok) {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    throw ApiError.from(response.status, body);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `${event.title}.xlsx`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The organiser's figures: registrations to intents, by industry, region and SME tier; xlsx. */
export function ReportTab({ event }: { event: EventView }) {
  const t = useMessages(eventMessages);
  const { message } = App.useApp();
  const [breakdown, setBreakdown] = useState<Breakdown>('byIndustry');
  const report = useQuery({
    queryKey: ['private', 'event-report', event.id],
    queryFn: () =>
      unwrap(api.GET('/api/v1/events/{id}/report', { params: { path: { id: event.id } } })),
  });
  if (report.error)
    return <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  if (!report.data) return <Skeleton active />;
  const r = report.data;
  const figures: [string, number | string][] = [
    [t('rep_registrations'), r.registrations],
    [t('rep_approved'), r.approved],
    [t('rep_checkedIn'), `${r.checkedIn} / ${r.attendees}`],
    [t('rep_requested'), r.meetingsRequested],
    [t('rep_accepted'), r.requestsAccepted],
    [t('rep_scheduled'), r.meetingsScheduled],
    [t('rep_held'), r.meetingsHeld],
    [t('rep_noShows'), r.noShows],
    [t('rep_followUps'), r.followUps],
    [t('rep_intents'), r.intents],
    [t('rep_amount'), r.intentAmountWan],
  ];
  const groups: Group[] = r[breakdown];
  return (
    <Flex vertical gap={16} data-testid="event-report">
      <Button
        style={{ alignSelf: 'flex-start' }}
        onClick={() =>
          void downloadReportXlsx(event).catch((e: unknown) => message.error(problemText(t, e)))
        }
      >
        {t('rep_xlsx')}
      </Button>
      <Flex wrap gap={12}>
        {figures.map(([label, value]) => (
          <Card key={label} size="small" style={{ minWidth: 140 }}>
            <Statistic title={label} value={value} />
          </Card>
        ))}
      </Flex>
      <Segmented<Breakdown>
        value={breakdown}
        onChange={setBreakdown}
        options={[
          { value: 'byIndustry', label: t('rep_byIndustry') },
          { value: 'byRegion', label: t('rep_byRegion') },
          { value: 'byTier', label: t('rep_byTier') },
        ]}
      />
      {groups.length > 0 && (
        <Chart
          height={Math.max(200, groups.length * 36)}
          ariaLabel={groups
            .map(
              (g) =>
                `${g.label}：${t('rep_approved')} ${g.approved}，${t('rep_held')} ${g.meetingsHeld}，${t('rep_intents')} ${g.intents}`,
            )
            .join('；')}
          option={{
            tooltip: { trigger: 'axis' },
            grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
            xAxis: { type: 'value', minInterval: 1 },
            yAxis: { type: 'category', data: groups.map((g) => g.label), inverse: true },
            series: [
              { type: 'bar', name: t('rep_approved'), data: groups.map((g) => g.approved) },
              { type: 'bar', name: t('rep_held'), data: groups.map((g) => g.meetingsHeld) },
              { type: 'bar', name: t('rep_intents'), data: groups.map((g) => g.intents) },
            ],
          }}
        />
      )}
      <Table<Group>
        rowKey="key"
        size="small"
        pagination={false}
        scroll={{ x: 640 }}
        dataSource={groups}
        columns={[
          { title: t('rep_group'), dataIndex: 'label' },
          { title: t('rep_registrations'), dataIndex: 'registrations' },
          { title: t('rep_approved'), dataIndex: 'approved' },
          { title: t('rep_scheduled'), dataIndex: 'meetingsScheduled' },
          { title: t('rep_held'), dataIndex: 'meetingsHeld' },
          { title: t('rep_intents'), dataIndex: 'intents' },
          { title: t('rep_amount'), dataIndex: 'intentAmountWan' },
        ]}
      />
    </Flex>
  );
}
