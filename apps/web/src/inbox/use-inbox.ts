import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../api/client';
import { unwrap } from '../api/errors';
import { useSession } from '../auth/use-session';

export type Notification = Schemas['NotificationSchema'];
export type SavedSearch = Schemas['SavedSearchSchema'];
export type Preferences = Schemas['NotificationPreferencesSchema'];

/** How often the header asks for the unread count. */
export const UNREAD_POLL_MS = 20_000;

export function useUnreadCount() {
  const state = useSession();
  return useQuery({
    queryKey: ['private', 'notifications', 'unread'],
    queryFn: () => unwrap(api.GET('/api/v1/notifications/unread-count')),
    enabled: state.status === 'signed-in',
    refetchInterval: UNREAD_POLL_MS,
    refetchIntervalInBackground: false,
    staleTime: 5_000,
  });
}

export function useInbox(page: number, unreadOnly: boolean) {
  return useQuery({
    queryKey: ['private', 'notifications', 'list', page, unreadOnly],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/notifications', {
          params: { query: { page, limit: 20, unreadOnly: unreadOnly ? 'true' : undefined } },
        }),
      ),
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['private', 'notifications'] }),
  });
}

export function useReadAll() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/notifications/read-all')),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['private', 'notifications'] }),
  });
}

export function usePreferences() {
  return useQuery({
    queryKey: ['private', 'notification-preferences'],
    queryFn: () => unwrap(api.GET('/api/v1/me/notification-preferences')),
  });
}

export function useSavePreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['UpdateNotificationPreferencesDto']) =>
      unwrap(api.PUT('/api/v1/me/notification-preferences', { body })),
    onSuccess: (data) => client.setQueryData(['private', 'notification-preferences'], data),
  });
}

export function useSavedSearches() {
  return useQuery({
    queryKey: ['private', 'saved-searches'],
    queryFn: () => unwrap(api.GET('/api/v1/me/saved-searches')),
  });
}

export function useCreateSavedSearch() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CreateSavedSearchDto']) =>
      unwrap(api.POST('/api/v1/me/saved-searches', { body })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['private', 'saved-searches'] }),
  });
}

export function useUpdateSavedSearch() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, enabled }: { id: string; enabled: boolean }) =>
      unwrap(
        api.PATCH('/api/v1/me/saved-searches/{id}', {
          params: { path: { id } },
          body: { enabled },
        }),
      ),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['private', 'saved-searches'] }),
  });
}

export function useDeleteSavedSearch() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/me/saved-searches/{id}', { params: { path: { id } } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['private', 'saved-searches'] }),
  });
}
