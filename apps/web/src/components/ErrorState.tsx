import { Alert, Button, Result } from 'antd';
import { ApiError, NetworkError } from '../api/errors';
import { commonMessages } from '../i18n/common-messages';
import { useMessages } from '../i18n/messages';

/** The error of a failed query, said plainly; search being down gets its own banner. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useMessages(commonMessages);
  const retry = onRetry && (
    <Button onClick={onRetry} type="primary">
      {t('retry')}
    </Button>
  );
  if (error instanceof ApiError && error.code === 'SEARCH_UNAVAILABLE') {
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        title={t('searchUnavailableTitle')}
        description={t('searchUnavailableBody')}
        action={retry}
      />
    );
  }
  if (error instanceof ApiError && error.status === 404) {
    return <Result status="404" title={t('notFoundTitle')} subTitle={t('notFoundBody')} />;
  }
  if (error instanceof ApiError && error.status === 403) {
    return <Result status="403" title={t('forbidden')} />;
  }
  return (
    <Result
      status="error"
      title={t('errorTitle')}
      subTitle={error instanceof NetworkError ? t('networkError') : t('errorBody')}
      extra={retry}
    />
  );
}
