import { Alert, Button, Empty } from 'antd';
import { ApiError, NetworkError } from '../api/errors';
import { commonMessages } from '../i18n/common-messages';
import { useMessages } from '../i18n/messages';

/**
 * The error of a failed query, said plainly; search being down gets its own banner. Alerts and
 * an empty state rather than antd's Result, whose illustrations would weigh on every page's
 * first load.
 */
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
        data-testid="error-state"
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
    return (
      <Empty
        data-testid="error-state"
        description={
          <>
            <strong>{t('notFoundTitle')}</strong>
            <br />
            {t('notFoundBody')}
          </>
        }
      />
    );
  }
  if (error instanceof ApiError && error.status === 403) {
    return <Alert data-testid="error-state" type="warning" showIcon title={t('forbidden')} />;
  }
  return (
    <Alert
      data-testid="error-state"
      type="error"
      showIcon
      role="alert"
      title={t('errorTitle')}
      description={error instanceof NetworkError ? t('networkError') : t('errorBody')}
      action={retry}
    />
  );
}
