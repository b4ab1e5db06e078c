import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../api/client';
import { unwrap } from '../api/errors';

export type Organisation = Schemas['OrganisationSchema'];
export type Webhook = Schemas['WebhookEndpointSchema'];
export type WebhookWithSecret = Schemas['WebhookEndpointWithSecretSchema'];

const path = (organisationId: string) => ({ params: { path: { organisationId } } });
const hookPath = (organisationId: string, id: string) => ({
  params: { path: { organisationId, id } },
});

/** The caller's USCC claims (GET /me/uscc-claims), read on the claims page and the USCC card. */
export const MY_CLAIMS_KEY = ['private', 'my-uscc-claims'];

export function useOrganisation(organisationId: string) {
  return useQuery({
    queryKey: ['private', 'organisation', organisationId],
    queryFn: () => unwrap(api.GET('/api/v1/organisations/{organisationId}', path(organisationId))),
  });
}

export function useUpdateOrganisation(organisationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['UpdateOrganisationDto']) =>
      unwrap(
        api.PATCH('/api/v1/organisations/{organisationId}', { ...path(organisationId), body }),
      ),
    onSuccess: (organisation) => {
      client.setQueryData(['private', 'organisation', organisationId], organisation);
      void client.invalidateQueries({ queryKey: ['organisation', organisationId] });
    },
  });
}

export function useMembers(organisationId: string) {
  return useQuery({
    queryKey: ['private', 'members', organisationId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/organisations/{organisationId}/members', path(organisationId))),
  });
}

export function useInvitations(organisationId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['private', 'invitations', organisationId],
    enabled,
    queryFn: () =>
      unwrap(api.GET('/api/v1/organisations/{organisationId}/invitations', path(organisationId))),
  });
}

export function useInvite(organisationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['InviteMemberDto']) =>
      unwrap(
        api.POST('/api/v1/organisations/{organisationId}/invitations', {
          ...path(organisationId),
          body,
        }),
      ),
    onSuccess: () =>
      void client.invalidateQueries({ queryKey: ['private', 'invitations', organisationId] }),
  });
}

export function useWebhooks(organisationId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['private', 'webhooks', organisationId],
    enabled,
    queryFn: () =>
      unwrap(api.GET('/api/v1/organisations/{organisationId}/webhooks', path(organisationId))),
  });
}

export function useWebhookDeliveries(organisationId: string, id: string, page: number) {
  return useQuery({
    queryKey: ['private', 'webhook-deliveries', id, page],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organisations/{organisationId}/webhooks/{id}/deliveries', {
          params: { path: { organisationId, id }, query: { page, limit: 10 } },
        }),
      ),
  });
}

/** Every webhook call; the list is read again afterwards. */
export function useWebhookCommands(organisationId: string) {
  const client = useQueryClient();
  const refresh = () =>
    void client.invalidateQueries({ queryKey: ['private', 'webhooks', organisationId] });
  return {
    create: useMutation({
      mutationFn: (body: Schemas['CreateWebhookEndpointDto']) =>
        unwrap(
          api.POST('/api/v1/organisations/{organisationId}/webhooks', {
            ...path(organisationId),
            body,
          }),
        ),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, ...body }: { id: string } & Schemas['UpdateWebhookEndpointDto']) =>
        unwrap(
          api.PATCH('/api/v1/organisations/{organisationId}/webhooks/{id}', {
            ...hookPath(organisationId, id),
            body,
          }),
        ),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) =>
        unwrap(
          api.DELETE(
            '/api/v1/organisations/{organisationId}/webhooks/{id}',
            hookPath(organisationId, id),
          ),
        ),
      onSuccess: refresh,
    }),
    rotate: useMutation({
      mutationFn: (id: string) =>
        unwrap(
          api.POST(
            '/api/v1/organisations/{organisationId}/webhooks/{id}/rotate-secret',
            hookPath(organisationId, id),
          ),
        ),
      onSuccess: refresh,
    }),
    ping: useMutation({
      mutationFn: (id: string) =>
        unwrap(
          api.POST(
            '/api/v1/organisations/{organisationId}/webhooks/{id}/ping',
            hookPath(organisationId, id),
          ),
        ),
      onSuccess: (_, id) =>
        void client.invalidateQueries({ queryKey: ['private', 'webhook-deliveries', id] }),
    }),
  };
}

export type CertificationWithHistory = Schemas['CertificationWithHistorySchema'];

export function useCertifications(organisationId: string) {
  return useQuery({
    queryKey: ['private', 'certifications', organisationId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organisations/{organisationId}/certifications', path(organisationId)),
      ),
  });
}

/** An owner submits a certificate; it stays pending until a reviewer verifies it. */
export function useSubmitCertification(organisationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['SubmitCertificationDto']) =>
      unwrap(
        api.POST('/api/v1/organisations/{organisationId}/certifications', {
          ...path(organisationId),
          body,
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['private', 'certifications', organisationId] });
      void client.invalidateQueries({ queryKey: ['private', 'organisation', organisationId] });
    },
  });
}
