import { SavedSearchAlerts } from './saved-search-alerts';
import { SavedSearches } from './saved-searches.service';

/** The saved-search services NotifyModule provides (and exports). */
export const SAVED_SEARCH_PROVIDERS = [SavedSearches, SavedSearchAlerts];
