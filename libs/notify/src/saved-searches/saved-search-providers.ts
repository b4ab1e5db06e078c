/** The saved-search services NotifyModule provides (and exports). */
export const SAVED_SEARCH_PROVIDERS = [];
