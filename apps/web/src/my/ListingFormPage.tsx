import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Divider,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Skeleton,
  Space,
  Switch,
  Typography,
} from 'antd';
import type { FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../api/errors';
import { ErrorState } from '../components/ErrorState';
import { showFieldErrors } from '../components/form-errors';
import { CheckboxGroupField } from '../components/CheckboxGroupField';
import { ReferenceField } from '../components/ReferenceField';
import { useLocale, type Locale } from '../i18n/locale';
import { useMessages, type Translate } from '../i18n/messages';
import {
  KIND_LABELS,
  label,
  MODE_LABELS,
  ORGANISATION_TYPE_LABELS,
  TIER_LABELS,
} from '../i18n/vocabulary';
import { LICENCE_KIND_LABELS } from '../../../../libs/catalog/src/vocabulary/cooperation-modes';
import type { ListingKind } from '../listings/listing-path';
import { useCurrentOrganisation } from './current-organisation';
import {
  createListing,
  isListingKind,
  transitionListing,
  updateListing,
  useOwnListing,
  type CreateBody,
  type Listing,
} from './listing-api';
import { myListingMessages } from './messages';
import { LongTextField, RepeatedRows, WanInput } from './listing-form-fields';
import { canonicalPatentNumber, patentNumberProblem } from './patent-rule';

type T = Translate<keyof (typeof myListingMessages)['zh-CN']>;
type Values = Record<string, unknown> & { validUntil?: Dayjs; keywords?: string[] };

const TRLS = [1, 2, 3, 4, 5, 6, 7, 8, 9];
const PATENT_STATUSES = {
  pending: { zh: '申请中', en: 'Pending' },
  granted: { zh: '已授权', en: 'Granted' },
  lapsed: { zh: '已失效', en: 'Lapsed' },
};
const SELF_TYPES = ['sme', 'large_enterprise', 'university', 'research_institute', 'service_org'];

function options(labels: Record<string, { zh: string; en: string }>, locale: Locale) {
  return Object.keys(labels).map((value) => ({ value, label: label(labels, value, locale) }));
}

function CommonFields({ t }: { t: T }) {
  return (
    <>
      <Form.Item
        name="title"
        label={t('fTitle')}
        rules={[{ required: true, whitespace: true, min: 4, max: 120, message: t('fTitleRule') }]}
      >
        <Input maxLength={120} showCount />
      </Form.Item>
      <Form.Item
        name="keywords"
        label={t('fKeywords')}
        extra={t('fKeywordsHint')}
        rules={[
          {
            validator: (_, value: string[] | undefined) => {
              const list = (value ?? []).map((k) => k.trim());
              const ok =
                list.length <= 20 &&
                list.every((k) => k.length >= 1 && k.length <= 30) &&
                new Set(list).size === list.length;
              return ok ? Promise.resolve() : Promise.reject(new Error(t('fKeywordsRule')));
            },
          },
        ]}
      >
        <Select
          mode="tags"
          open={false}
          tokenSeparators={[',', '，', '、']}
          aria-label={t('fKeywords')}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <ReferenceField kind="industries" name="industryCode" id="listing-industry" required />
        </Col>
        <Col xs={24} md={12}>
          <ReferenceField kind="regions" name="regionCode" id="listing-region" required />
        </Col>
      </Row>
      <Form.Item
        name="validUntil"
        label={t('fValidUntil')}
        rules={[
          { required: true, message: t('fValidUntilRule') },
          {
            validator: (_, value: Dayjs | undefined) =>
              !value || value.isAfter(dayjs(), 'day')
                ? Promise.resolve()
                : Promise.reject(new Error(t('fValidUntilRule'))),
          },
        ]}
      >
        <DatePicker disabledDate={(day) => !day.isAfter(dayjs(), 'day')} style={{ width: 200 }} />
      </Form.Item>
    </>
  );
}

function NeedFields({ t, locale, form }: { t: T; locale: Locale; form: FormInstance<Values> }) {
  const negotiable = Form.useWatch('budgetNegotiable', form) === true;
  return (
    <>
      <LongTextField
        name="description"
        label={t('fDescription')}
        max={5000}
        rule={t('fDescriptionRule')}
      />
      <Form.Item name="cooperationModes" label={t('fModes')}>
        <Checkbox.Group options={options(MODE_LABELS, locale)} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={12} md={8}>
          <Form.Item name="budgetMinWan" label={t('fBudgetMin')}>
            <WanInput disabled={negotiable} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item
            name="budgetMaxWan"
            label={t('fBudgetMax')}
            dependencies={['budgetMinWan']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, max: number | null | undefined) => {
                  const min = getFieldValue('budgetMinWan') as number | null | undefined;
                  return min == null || max == null || min <= max
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('fBudgetRule')));
                },
              }),
            ]}
          >
            <WanInput disabled={negotiable} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="budgetNegotiable" label={t('fBudgetNegotiable')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="desiredTrl" label={t('fDesiredTrl')}>
        <Select
          allowClear
          style={{ width: 200 }}
          options={TRLS.map((trl) => ({ value: trl, label: `TRL ${trl}` }))}
        />
      </Form.Item>
      <Form.Item name="anonymous" valuePropName="checked">
        <Checkbox>{t('fAnonymous')}</Checkbox>
      </Form.Item>
    </>
  );
}

function PatentList({ t, locale }: { t: T; locale: Locale }) {
  const patentRule = {
    validator: (_: unknown, value: string | undefined) => {
      const problem = patentNumberProblem(value);
      if (!problem) return Promise.resolve();
      const text =
        problem.kind === 'checksum'
          ? t('patentChecksum', { expected: problem.expected })
          : problem.kind === 'year'
            ? t('patentYear')
            : problem.kind === 'type'
              ? t('patentType')
              : t('patentFormat');
      return Promise.reject(new Error(text));
    },
  };
  return (
    <RepeatedRows
      name="patents"
      legend={t('patents')}
      addLabel={t('addPatent')}
      removeLabel={t('remove')}
      newRow={() => ({ legalStatus: 'granted' })}
      rules={[
        {
          validator: (_, patents: { number?: string }[] | undefined) => {
            const numbers = (patents ?? []).map((p) =>
              p?.number ? canonicalPatentNumber(p.number) : '',
            );
            const filled = numbers.filter(Boolean);
            return new Set(filled).size === filled.length
              ? Promise.resolve()
              : Promise.reject(new Error(t('patentDuplicate')));
          },
        },
      ]}
    >
      {(field) => (
        <>
          <Col xs={24} md={9}>
            <Form.Item
              name={[field.name, 'number']}
              label={t('fPatentNumber')}
              extra={t('fPatentNumberHint')}
              validateTrigger={['onBlur', 'onChange']}
              rules={[{ required: true, message: t('required') }, patentRule]}
            >
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col xs={12} md={5}>
            <Form.Item
              name={[field.name, 'legalStatus']}
              label={t('fPatentStatus')}
              rules={[{ required: true, message: t('required') }]}
            >
              <Select options={options(PATENT_STATUSES, locale)} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name={[field.name, 'title']} label={t('fPatentTitle')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </>
      )}
    </RepeatedRows>
  );
}

function AchievementFields({
  t,
  locale,
  form,
}: {
  t: T;
  locale: Locale;
  form: FormInstance<Values>;
}) {
  const modes = (Form.useWatch('transferModes', form) as string[] | undefined) ?? [];
  const kinds = (Form.useWatch('licenceKinds', form) as string[] | undefined) ?? [];
  const licence = modes.includes('licence');
  return (
    <>
      <LongTextField name="abstract" label={t('fAbstract')} max={8000} rule={t('fAbstractRule')} />
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="technologyField" label={t('fTechnologyField')} rules={[{ max: 100 }]}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="trl"
            label={t('fTrl')}
            rules={[{ required: true, message: t('required') }]}
          >
            <Select options={TRLS.map((trl) => ({ value: trl, label: `TRL ${trl}` }))} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="transferModes"
        label={t('fTransferModes')}
        rules={[{ required: true, type: 'array', min: 1, message: t('fTransferModesRule') }]}
      >
        <CheckboxGroupField options={options(MODE_LABELS, locale)} />
      </Form.Item>
      {licence && (
        <Form.Item name="licenceKinds" label={t('fLicenceKinds')}>
          <Checkbox.Group options={options(LICENCE_KIND_LABELS, locale)} />
        </Form.Item>
      )}
      {licence && kinds.includes('open') && (
        <fieldset className="rt-fieldset">
          <legend>{t('fOpenLicence')}</legend>
          <Row gutter={16}>
            <Col xs={12} md={8}>
              <Form.Item name={['openLicenceTerms', 'feeWan']} label={t('fFeeWan')}>
                <InputNumber min={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name={['openLicenceTerms', 'royaltyPercent']} label={t('fRoyalty')}>
                <InputNumber min={0} max={100} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name={['openLicenceTerms', 'termYears']} label={t('fTermYears')}>
                <InputNumber min={1} max={30} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        </fieldset>
      )}
      <Row gutter={16}>
        <Col xs={12} md={8}>
          <Form.Item name="priceWan" label={t('fPrice')}>
            <WanInput />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="priceNegotiable" label={t('fPriceNegotiable')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="institution" label={t('fInstitution')} rules={[{ max: 200 }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="team" label={t('fTeam')} rules={[{ max: 500 }]}>
            <Input maxLength={500} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="applicationScenarios" label={t('fScenarios')}>
        <Select
          mode="tags"
          open={false}
          tokenSeparators={['，', '、']}
          aria-label={t('fScenarios')}
        />
      </Form.Item>
      <PatentList t={t} locale={locale} />
    </>
  );
}

function ChallengeFields({
  t,
  locale,
  form,
}: {
  t: T;
  locale: Locale;
  form: FormInstance<Values>;
}) {
  const criteria =
    (Form.useWatch('evaluationCriteria', form) as { weight?: number }[] | undefined) ?? [];
  const sum = criteria.reduce((total, c) => total + (Number(c?.weight) || 0), 0);
  return (
    <>
      <LongTextField name="problem" label={t('fProblem')} max={8000} rule={t('fProblemRule')} />
      <RepeatedRows
        name="technicalIndicators"
        legend={t('indicators')}
        addLabel={t('addIndicator')}
        removeLabel={t('remove')}
      >
        {(field) => (
          <>
            <Col xs={24} md={9}>
              <Form.Item
                name={[field.name, 'name']}
                label={t('fIndicatorName')}
                rules={[{ required: true, max: 100, message: t('required') }]}
              >
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={14} md={8}>
              <Form.Item
                name={[field.name, 'target']}
                label={t('fIndicatorTarget')}
                rules={[{ required: true, max: 200, message: t('required') }]}
              >
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={8} md={5}>
              <Form.Item name={[field.name, 'unit']} label={t('fIndicatorUnit')}>
                <Input maxLength={20} />
              </Form.Item>
            </Col>
          </>
        )}
      </RepeatedRows>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="rewardWan"
            label={t('fReward')}
            rules={[{ required: true, message: t('required') }]}
          >
            <WanInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="minTier" label={t('fMinTier')}>
            <Select
              allowClear
              placeholder={t('fMinTierNone')}
              options={options(TIER_LABELS, locale)}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="eligibleOrganisationTypes" label={t('fEligibleTypes')}>
        <Checkbox.Group
          options={SELF_TYPES.map((type) => ({
            value: type,
            label: label(ORGANISATION_TYPE_LABELS, type, locale),
          }))}
        />
      </Form.Item>
      <RepeatedRows
        name="evaluationCriteria"
        legend={`${t('criteria')} · ${sum}`}
        addLabel={t('addCriterion')}
        removeLabel={t('remove')}
        rules={[
          {
            validator: (_, list: { weight?: number }[] | undefined) => {
              const total = (list ?? []).reduce((s, c) => s + (Number(c?.weight) || 0), 0);
              return (list ?? []).length >= 1 && total === 100
                ? Promise.resolve()
                : Promise.reject(new Error(t('criteriaSum', { sum: total })));
            },
          },
        ]}
      >
        {(field) => (
          <>
            <Col xs={14} md={14}>
              <Form.Item
                name={[field.name, 'name']}
                label={t('fCriterionName')}
                rules={[{ required: true, max: 100, message: t('required') }]}
              >
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={8} md={8}>
              <Form.Item
                name={[field.name, 'weight']}
                label={t('fCriterionWeight')}
                rules={[{ required: true, message: t('required') }]}
              >
                <InputNumber min={1} max={100} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </>
        )}
      </RepeatedRows>
    </>
  );
}

/** Form values of a listing being edited. */
function initialValues(listing: Listing): Values {
  return {
    ...(listing.details as Record<string, unknown>),
    title: listing.title,
    keywords: listing.keywords,
    industryCode: listing.industryCode,
    regionCode: listing.regionCode,
    validUntil: dayjs(listing.validUntil),
    anonymous: listing.organisation.anonymous,
  };
}

const FIELDS: Record<ListingKind, string[]> = {
  need: [
    'description',
    'cooperationModes',
    'budgetMinWan',
    'budgetMaxWan',
    'budgetNegotiable',
    'desiredTrl',
    'anonymous',
  ],
  achievement: [
    'abstract',
    'technologyField',
    'patents',
    'trl',
    'transferModes',
    'licenceKinds',
    'openLicenceTerms',
    'priceWan',
    'priceNegotiable',
    'team',
    'institution',
    'applicationScenarios',
  ],
  challenge: [
    'problem',
    'technicalIndicators',
    'rewardWan',
    'minTier',
    'eligibleOrganisationTypes',
    'evaluationCriteria',
  ],
};

/** The API's body: the kind's fields only, empty values left out, the date as YYYY-MM-DD. */
function toBody(kind: ListingKind, values: Values): Record<string, unknown> {
  const body: Record<string, unknown> = {
    title: typeof values.title === 'string' ? values.title.trim() : values.title,
    keywords: (values.keywords ?? []).map((k) => k.trim()).filter(Boolean),
    industryCode: values.industryCode,
    regionCode: values.regionCode,
    validUntil: values.validUntil?.format('YYYY-MM-DD'),
  };
  for (const name of FIELDS[kind]) {
    const value = values[name];
    if (value === undefined || value === null || value === '') continue;
    body[name] = value;
  }
  if (kind === 'need' && body.cooperationModes === undefined) body.cooperationModes = [];
  if (kind === 'challenge' && body.technicalIndicators === undefined) body.technicalIndicators = [];
  if (kind === 'achievement' && Array.isArray(body.patents)) {
    body.patents = (body.patents as { number: string }[]).map((p) => ({
      ...p,
      number: p.number.trim(),
    }));
  }
  return body;
}

/** Create or edit a need, achievement or challenge; the rules mirror the API's DTOs. */
export default function ListingFormPage() {
  const t = useMessages(myListingMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const params = useParams();
  const kind = isListingKind(params.kind) ? params.kind : 'need';
  const id = params.id;
  const { current } = useCurrentOrganisation();
  const existing = useOwnListing(kind, id);
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);

  useEffect(() => {
    if (existing.data) form.setFieldsValue(initialValues(existing.data));
  }, [existing.data, form]);

  const kindLabel = label(KIND_LABELS, kind, locale);

  const save = async (values: Values, submit: boolean) => {
    if (inFlight.current) return; // a double click saves once
    inFlight.current = true;
    setBusy(true);
    setFailure(undefined);
    try {
      const body = toBody(kind, values);
      let listing: Listing;
      if (id && existing.data) {
        // The version the editor loaded: the API answers 409 VERSION_CONFLICT if someone saved meanwhile.
        listing = await updateListing(kind, id, { ...body, version: existing.data.version });
      } else {
        listing = await createListing(kind, {
          ...body,
          organisationId: current!.organisationId,
        } as CreateBody[typeof kind]);
      }
      if (submit) listing = await transitionListing(kind, listing.id, { action: 'submit' });
      void message.success(t('saved'));
      void navigate(`/my/listings/${kind}/${listing.id}`, { replace: true });
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.code === 'VERSION_CONFLICT') {
        setConflict(true);
      } else if (error instanceof ApiError && error.fields.length > 0) {
        const unplaced = showFieldErrors(form, error, locale, t('fieldInvalid'));
        setFailure([t('fixFields'), ...unplaced].join(' '));
      } else {
        setFailure(t('actionFailed', { message: error instanceof ApiError ? error.message : '' }));
      }
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  if (!current) return <Alert type="info" showIcon title={t('noOrganisation')} />;
  if (id && existing.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (id && existing.isError) {
    return <ErrorState error={existing.error} onRetry={() => void existing.refetch()} />;
  }
  const submitAfterSave = !id || ['draft', 'rejected'].includes(existing.data?.status ?? '');

  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {id ? t('editTitle', { kind: kindLabel }) : t('createTitle', { kind: kindLabel })}
      </Typography.Title>
      {conflict && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          data-testid="version-conflict"
          title={t('conflict')}
          action={
            <Button size="small" onClick={() => window.location.reload()}>
              {t('reload')}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {failure && (
        <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark
        scrollToFirstError
        initialValues={{ validUntil: dayjs().add(180, 'day'), keywords: [] }}
        onFinishFailed={() => setFailure(t('fixFields'))}
      >
        <Divider titlePlacement="start">{t('basics')}</Divider>
        <CommonFields t={t} />
        <Divider titlePlacement="start">{kindLabel}</Divider>
        {kind === 'need' && <NeedFields t={t} locale={locale} form={form} />}
        {kind === 'achievement' && <AchievementFields t={t} locale={locale} form={form} />}
        {kind === 'challenge' && <ChallengeFields t={t} locale={locale} form={form} />}
        <Flex gap={8} wrap style={{ marginTop: 24 }}>
          <Button
            type={submitAfterSave ? 'default' : 'primary'}
            loading={busy}
            onClick={() =>
              void form.validateFields().then(
                (v) => save(v, false),
                () => setFailure(t('fixFields')),
              )
            }
          >
            {id ? t('saveChanges') : t('save')}
          </Button>
          {submitAfterSave && (
            <Button
              type="primary"
              loading={busy}
              data-testid="save-and-submit"
              onClick={() =>
                void form.validateFields().then(
                  (v) => save(v, true),
                  () => setFailure(t('fixFields')),
                )
              }
            >
              {t('saveAndSubmit')}
            </Button>
          )}
          <Space>
            <Button onClick={() => void navigate(-1)}>{t('cancel')}</Button>
          </Space>
        </Flex>
      </Form>
    </Card>
  );
}
