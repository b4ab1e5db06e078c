import { Card, Col, Flex, Row, Statistic, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { Chart } from '../components/Chart';
import { ErrorState } from '../components/ErrorState';
import { KIND_LABELS } from '../i18n/vocabulary';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import { searchMessages } from './messages';
import { SearchBox } from './SearchBox';
import { urlFromQuery } from './search-params';
import { usePlatformCounts } from './use-search';

const POPULAR = ['电池', '传感器', '数控机床', '储能', '新材料', '人工智能'];
const TYPES = ['need', 'achievement', 'challenge', 'organisation'] as const;

export default function HomePage() {
  const t = useMessages(searchMessages);
  const { locale } = useLocale();
  const counts = usePlatformCounts();
  const totals = counts.data?.results;
  const labels = {
    need: t('countNeeds'),
    achievement: t('countAchievements'),
    challenge: t('countChallenges'),
    organisation: t('countOrganisations'),
  };
  const option = useMemo(
    () =>
      totals && {
        tooltip: {},
        grid: { left: 8, right: 8, top: 16, bottom: 24, containLabel: true },
        xAxis: { type: 'category', data: TYPES.map((type) => labels[type]) },
        yAxis: { type: 'value' },
        series: [{ type: 'bar', data: TYPES.map((type) => totals[type].total), barMaxWidth: 48 }],
      },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- labels follow the locale
    [totals, locale],
  );
  return (
    <>
      <section className="rt-hero">
        <Typography.Title level={1}>{t('heroTitle')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('heroBody')}</Typography.Paragraph>
        <div style={{ maxWidth: 680, margin: '24px auto 12px' }}>
          <SearchBox size="large" />
        </div>
        <Flex gap={8} wrap justify="center" align="center">
          <Typography.Text type="secondary">{t('popular')}</Typography.Text>
          {POPULAR.map((q) => (
            <Link key={q} to={urlFromQuery({ q })}>
              <Tag>{q}</Tag>
            </Link>
          ))}
        </Flex>
      </section>
      {counts.error ? (
        <ErrorState error={counts.error} onRetry={() => void counts.refetch()} />
      ) : (
        <Row gutter={[16, 16]}>
          {TYPES.map((type) => (
            <Col xs={12} md={6} key={type}>
              <Link to={urlFromQuery({ type })}>
                <Card hoverable>
                  <Statistic
                    title={locale === 'zh-CN' ? KIND_LABELS[type].zh : KIND_LABELS[type].en}
                    value={totals?.[type].total}
                    loading={counts.isPending}
                  />
                </Card>
              </Link>
            </Col>
          ))}
          {option && totals && (
            <Col span={24}>
              <Card>
                <Chart
                  option={option}
                  height={240}
                  ariaLabel={t('countsChart', {
                    needs: totals.need.total,
                    achievements: totals.achievement.total,
                    challenges: totals.challenge.total,
                    organisations: totals.organisation.total,
                  })}
                />
              </Card>
            </Col>
          )}
        </Row>
      )}
    </>
  );
}
