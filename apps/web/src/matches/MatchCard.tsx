import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../api/errors';
import { TONE } from '../components/tag-colours';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import { KIND_LABELS, label, ORGANISATION_TYPE_LABELS } from '../i18n/vocabulary';
import { listingPath } from '../listings/listing-path';
import { DECLINE_REASON_LABELS, MATCH_STATE_LABELS, matchMessages } from './messages';
import { useMatchAction, type DeclineReason, type Match } from './use-matches';

type Party = Match['counterpart'];

const STATE_COLOURS: Record<string, string> = {
  suggested: 'default',
  interest: 'gold',
  mutual: 'green',
  negotiating: 'blue',
  agreed: 'purple',
  declined: 'red',
};

function partyPath(party: Party): string | undefined {
  if (party.kind === 'organisation') return `/organisations/${party.id}`;
  return listingPath(party.kind, party.id);
}

const STRENGTH_COLOURS: Record<Match['strength'], string> = {
  strong: TONE.green,
  fair: TONE.blue,
  weak: 'default',
};

/**
 * 匹配度 as a number, a bar and what it means (the bar is decoration; the number and the strength
 * are what is read out). The strength matters because a relevant pair of real-style text scores
 * 25–40, which a bar alone makes look poor.
 */
export function ScoreBar({ score, strength }: { score: number; strength: Match['strength'] }) {
  const t = useMessages(matchMessages);
  return (
    <div className="rt-score" data-testid="match-score">
      <span className="rt-score-label">{t('score')}</span>
      <strong className="rt-score-value" aria-label={t('scoreLabel', { score })}>
        {score}
      </strong>
      <Tag
        color={STRENGTH_COLOURS[strength]}
        title={t('strengthHint')}
        data-testid="match-strength"
      >
        {t(`strength_${strength}`)}
      </Tag>
      <div className="rt-score-track" aria-hidden="true">
        <div className="rt-score-fill" style={{ width: `${Math.max(0, Math.min(100, score))}%` }} />
      </div>
    </div>
  );
}

/** 推荐理由: each signal with the points it adds, biggest first. */
export function MatchReasons({ reasons }: { reasons: Match['reasons'] }) {
  const t = useMessages(matchMessages);
  const { locale } = useLocale();
  const sorted = [...reasons].sort((a, b) => b.contribution - a.contribution);
  return (
    <div>
      <Typography.Text strong>{t('reasons')}</Typography.Text>
      <ul className="rt-reasons" data-testid="match-reasons">
        {sorted.map((reason) => (
          <li key={reason.kind}>
            <Tag color={reason.contribution >= 0 ? 'blue' : 'red'} className="rt-points">
              {t('points', {
                points: `${reason.contribution > 0 ? '+' : ''}${Math.round(reason.contribution * 10) / 10}`,
              })}
            </Tag>
            <span>{locale === 'zh-CN' ? reason.zh : reason.en}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The other side as the public sees it: what it is, who (unless anonymous), where. */
export function CounterpartCard({ party }: { party: Party }) {
  const t = useMessages(matchMessages);
  const { locale } = useLocale();
  const path = partyPath(party);
  return (
    <div className="rt-counterpart" data-testid="match-counterpart">
      <Space wrap size={4}>
        <Tag>{label(KIND_LABELS, party.kind, locale)}</Tag>
        {path ? <Link to={path}>{party.title || '—'}</Link> : <span>{party.title}</span>}
      </Space>
      <div>
        {party.organisationName && party.organisationId ? (
          <Link to={`/organisations/${party.organisationId}`}>{party.organisationName}</Link>
        ) : (
          <Typography.Text type="secondary">
            {party.organisationName ?? t('anonymous')}
          </Typography.Text>
        )}{' '}
        {party.organisationType && (
          <Tag bordered={false}>
            {label(ORGANISATION_TYPE_LABELS, party.organisationType, locale)}
          </Tag>
        )}
      </div>
      <Typography.Text type="secondary">
        {[party.industryName, party.regionName].filter(Boolean).join(' · ')}
      </Typography.Text>
    </div>
  );
}

function ContactCard({ match }: { match: Match }) {
  const t = useMessages(matchMessages);
  if (!match.contact) {
    if (match.state === 'declined' || !match.active) return null;
    return (
      <Typography.Paragraph type="secondary" data-testid="contact-hidden">
        {t('contactHidden')}
      </Typography.Paragraph>
    );
  }
  const c = match.contact;
  return (
    <Card size="small" title={t('contactTitle')} data-testid="match-contact" className="rt-contact">
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'org', label: t('counterpart'), children: c.organisationName },
          { key: 'name', label: t('contactName'), children: c.contactName ?? '—' },
          { key: 'phone', label: t('contactPhone'), children: c.phone ?? '—' },
          { key: 'email', label: t('contactEmail'), children: c.email ?? '—' },
        ]}
      />
    </Card>
  );
}

function DeclineDialog({
  open,
  busy,
  onCancel,
  onDecline,
}: {
  open: boolean;
  busy: boolean;
  onCancel: () => void;
  onDecline: (reason: DeclineReason, note?: string) => void;
}) {
  const t = useMessages(matchMessages);
  const { locale } = useLocale();
  const [form] = Form.useForm<{ reason: DeclineReason; note?: string }>();
  return (
    <Modal
      open={open}
      title={t('declineTitle')}
      okText={t('declineSubmit')}
      cancelText={t('cancel')}
      confirmLoading={busy}
      onCancel={onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => onDecline(values.reason, values.note)}
      >
        <Form.Item
          name="reason"
          label={t('declineReason')}
          rules={[{ required: true, message: t('declineReason') }]}
        >
          <Select
            options={Object.keys(DECLINE_REASON_LABELS).map((reason) => ({
              value: reason,
              label: label(DECLINE_REASON_LABELS, reason, locale),
            }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('declineNote')}>
          <Input.TextArea maxLength={1000} rows={3} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** What the viewer may do now, exactly the API's allowedActions. */
function MatchActions({ match }: { match: Match }) {
  const t = useMessages(matchMessages);
  const { message } = App.useApp();
  const mutation = useMatchAction(match.id);
  const [declining, setDeclining] = useState(false);
  const allowed = new Set(match.allowedActions);
  // A double click acts once: the second click comes before React re-renders with isPending.
  const inFlight = useRef(false);
  const run = (command: Parameters<typeof mutation.mutate>[0]) => {
    if (inFlight.current) return;
    inFlight.current = true;
    mutation.mutate(command, {
      onSettled: () => {
        inFlight.current = false;
      },
      onSuccess: () => {
        setDeclining(false);
        void message.success(t('done'));
      },
      onError: (error) =>
        void message.error(
          t('actionFailed', { message: error instanceof ApiError ? error.message : '' }),
        ),
    });
  };
  if (allowed.size === 0) return null;
  return (
    <Space wrap>
      {allowed.has('interest') && (
        <Button
          type="primary"
          loading={mutation.isPending}
          onClick={() => run({ action: 'interest' })}
        >
          {t('interest')}
        </Button>
      )}
      {allowed.has('negotiate') && (
        <Button type="primary" onClick={() => run({ action: 'negotiate' })}>
          {t('negotiate')}
        </Button>
      )}
      {allowed.has('agree') && (
        <Popconfirm
          title={t('agreeConfirm')}
          okText={t('agree')}
          cancelText={t('cancel')}
          onConfirm={() => run({ action: 'agree' })}
        >
          <Button>{t('agree')}</Button>
        </Popconfirm>
      )}
      {allowed.has('decline') && (
        <>
          <Button onClick={() => setDeclining(true)}>{t('decline')}</Button>
          <DeclineDialog
            open={declining}
            busy={mutation.isPending}
            onCancel={() => setDeclining(false)}
            onDecline={(reason, note) => run({ action: 'decline', reason, note })}
          />
        </>
      )}
    </Space>
  );
}

/** One match: score, reasons, the other side, state, actions and, once mutual, the contact. */
export function MatchCard({ match, showListing = true }: { match: Match; showListing?: boolean }) {
  const t = useMessages(matchMessages);
  const { locale } = useLocale();
  return (
    <Card
      className="rt-match"
      data-testid="match-card"
      data-match-id={match.id}
      title={<CounterpartCard party={match.counterpart} />}
      extra={
        <Tag color={STATE_COLOURS[match.state]} data-testid="match-state">
          {label(MATCH_STATE_LABELS, match.state, locale)}
        </Tag>
      }
    >
      <Flex vertical gap={12}>
        <ScoreBar score={match.score} strength={match.strength} />
        {showListing && (
          <Typography.Text type="secondary">
            {t('forListing')}：
            <Link
              to={
                match.listing.kind === 'organisation'
                  ? `/organisations/${match.listing.id}`
                  : `/my/listings/${match.listing.kind}/${match.listing.id}`
              }
            >
              {match.listing.title}
            </Link>
          </Typography.Text>
        )}
        <MatchReasons reasons={match.reasons} />
        {!match.active && <Alert type="info" showIcon title={t('inactive')} />}
        {match.decline && (
          <Alert
            type="warning"
            showIcon
            title={t('declinedBy', {
              who: match.decline.by === 'own' ? t('declinedOwn') : t('declinedOther'),
              reason: label(DECLINE_REASON_LABELS, match.decline.reason, locale),
            })}
            description={match.decline.note ?? undefined}
          />
        )}
        <Space wrap size={4}>
          {match.interest.own && <Tag color="green">{t('ownInterest')}</Tag>}
          {match.interest.other && (
            <Tag color="gold" data-testid="other-interest">
              {t('otherInterest')}
            </Tag>
          )}
          {match.interest.own && !match.interest.other && match.state === 'interest' && (
            <Tag>{t('waitingOther')}</Tag>
          )}
        </Space>
        <ContactCard match={match} />
        <Flex justify="space-between" align="center" wrap gap={8}>
          <MatchActions match={match} />
          <Link to={`/matches/${match.id}`}>{t('view')}</Link>
        </Flex>
      </Flex>
    </Card>
  );
}
