import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { commonMessages } from '../i18n/common-messages';
import { useMessages } from '../i18n/messages';

export default function NotFoundPage() {
  const t = useMessages(commonMessages);
  return (
    <Result
      status="404"
      title={t('notFoundTitle')}
      subTitle={t('notFoundBody')}
      extra={
        <Link to="/">
          <Button type="primary">{t('backHome')}</Button>
        </Link>
      }
    />
  );
}
