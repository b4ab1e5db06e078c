import { Select } from 'antd';
import { useMessages } from '../i18n/messages';
import { chooseOrganisation, useCurrentOrganisation } from './current-organisation';
import { myListingMessages } from './messages';

/** For people in several organisations: which one the "my …" pages act for. */
export function OrganisationSwitcher() {
  const t = useMessages(myListingMessages);
  const { current, memberships } = useCurrentOrganisation();
  if (memberships.length < 2 || !current) return null;
  return (
    <Select
      aria-label={t('organisation')}
      value={current.organisationId}
      onChange={chooseOrganisation}
      style={{ minWidth: 240 }}
      options={memberships.map((m) => ({ value: m.organisationId, label: m.organisationName }))}
    />
  );
}
