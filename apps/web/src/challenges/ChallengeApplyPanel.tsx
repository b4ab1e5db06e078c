import { Alert, Button, Card, Flex, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorState } from '../components/ErrorState';
import { useSession } from '../auth/use-session';
import { useMessages } from '../i18n/messages';
import { challengeMessages } from './messages';
import { useEligibility, useRound, useStartApplication } from './use-challenges';

/**
 * On a challenge's page: the deadline, and for a signed-in visitor whether each of their
 * organisations may apply (every failed rule named) before they start; owners get the console.
 */
export function ChallengeApplyPanel({
  challengeId,
  ownerId,
}: {
  challengeId: string;
  ownerId: string | null;
}) {
  const t = useMessages(challengeMessages);
  const state = useSession();
  const navigate = useNavigate();
  const round = useRound(challengeId);
  const memberships = state.status === 'signed-in' ? state.me.memberships : [];
  const applicants = memberships.filter((m) => m.organisationId !== ownerId);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const organisationId = chosen ?? applicants[0]?.organisationId;
  const eligibility = useEligibility(challengeId, organisationId);
  const start = useStartApplication(challengeId);
  const isOwner = memberships.some((m) => m.organisationId === ownerId);

  if (round.error) return <ErrorState error={round.error} />;
  if (!round.data) return null;
  const r = round.data;
  return (
    <Card title={t('applyTitle')} data-testid="apply-panel">
      <Flex vertical gap={12}>
        <Typography.Text strong>{t('deadline', { date: r.deadlineText })}</Typography.Text>
        {r.awardedAt && (
          <Alert type="success" showIcon title={t('awarded')} description={r.awardNotice} />
        )}
        {!r.awardedAt && r.deadlinePassed && (
          <Alert type="warning" showIcon title={t('deadlinePassed')} />
        )}
        {isOwner && (
          <Link to={`/challenges/${challengeId}/review`}>
            <Button type="primary">{t('ownerConsole')}</Button>
          </Link>
        )}
        {state.status !== 'signed-in' && <Typography.Text>{t('signInToApply')}</Typography.Text>}
        {applicants.length > 0 && (
          <Space wrap>
            <Typography.Text>{t('applyAs')}</Typography.Text>
            <Select
              style={{ minWidth: 260 }}
              value={organisationId}
              onChange={setChosen}
              aria-label={t('applyAs')}
              options={applicants.map((m) => ({
                value: m.organisationId,
                label: m.organisationName,
              }))}
            />
          </Space>
        )}
        {eligibility.error && <ErrorState error={eligibility.error} />}
        {eligibility.data && (
          <>
            {eligibility.data.eligible ? (
              <Alert type="success" showIcon title={t('eligible')} data-testid="eligibility" />
            ) : (
              <Alert
                type="error"
                showIcon
                data-testid="eligibility"
                title={t('notEligible')}
                description={
                  <ul style={{ margin: 0 }}>
                    {eligibility.data.failed.map((f) => (
                      <li key={f.rule}>
                        {f.message}（{f.rule}）
                      </li>
                    ))}
                  </ul>
                }
              />
            )}
            {eligibility.data.applicationId ? (
              <Link to={`/applications/${eligibility.data.applicationId}`}>
                <Button>{t('viewMine')}</Button>
              </Link>
            ) : (
              <Button
                type="primary"
                disabled={!eligibility.data.eligible || !eligibility.data.open}
                loading={start.isPending}
                onClick={() =>
                  organisationId &&
                  start.mutate(organisationId, {
                    onSuccess: (created) => void navigate(`/applications/${created.id}`),
                  })
                }
              >
                {t('start')}
              </Button>
            )}
            {start.error && <ErrorState error={start.error} />}
          </>
        )}
      </Flex>
    </Card>
  );
}
