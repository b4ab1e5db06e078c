import { Input } from 'antd';
import { useNavigate } from 'react-router';
import { useMessages } from '../i18n/messages';
import { searchMessages } from './messages';
import { urlFromQuery, type SearchQuery } from './search-params';

/** The search input: submitting opens the results with the other filters kept. */
export function SearchBox({ query = {}, size }: { query?: SearchQuery; size?: 'large' }) {
  const t = useMessages(searchMessages);
  const navigate = useNavigate();
  return (
    <Input.Search
      key={query.q ?? ''}
      defaultValue={query.q}
      placeholder={t('searchPlaceholder')}
      aria-label={t('searchLabel')}
      enterButton={t('searchButton')}
      size={size}
      maxLength={200}
      allowClear
      onSearch={(value) =>
        void navigate(urlFromQuery({ ...query, q: value.trim() || undefined, page: undefined }))
      }
    />
  );
}
