import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../api/client';
import { ApiError, unwrap } from '../api/errors';
import { session } from '../auth/session';

export type Application = Schemas['ApplicationSchema'];
export type Round = Schemas['RoundSchema'];
export type ReviewTable = Schemas['ReviewTableSchema'];
export type QueueItem = Schemas['QueueItemSchema'];
export type Proposal = Schemas['ProposalDto'];

export function useRound(challengeId: string) {
  return useQuery({
    queryKey: ['challenge-round', challengeId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/challenges/{id}/round', { params: { path: { id: challengeId } } })),
  });
}

export function useEligibility(challengeId: string, organisationId: string | undefined) {
  return useQuery({
    queryKey: ['private', 'eligibility', challengeId, organisationId],
    enabled: !!organisationId,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/challenges/{id}/eligibility', {
          params: { path: { id: challengeId }, query: { organisationId: organisationId! } },
        }),
      ),
  });
}

export function useApplication(id: string) {
  return useQuery({
    queryKey: ['private', 'application', id],
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}', { params: { path: { id } } })),
  });
}

export function useTimeline(id: string) {
  return useQuery({
    queryKey: ['private', 'application-timeline', id],
    queryFn: () =>
      unwrap(api.GET('/api/v1/applications/{id}/timeline', { params: { path: { id } } })),
  });
}

export function useMyApplications() {
  return useQuery({
    queryKey: ['private', 'applications', 'mine'],
    queryFn: () => unwrap(api.GET('/api/v1/applications/mine')),
  });
}

export function useReviewTable(challengeId: string) {
  return useQuery({
    queryKey: ['private', 'review-table', challengeId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/challenges/{id}/review', { params: { path: { id: challengeId } } })),
  });
}

export function useEvaluators(challengeId: string) {
  return useQuery({
    queryKey: ['private', 'evaluators', challengeId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/challenges/{id}/evaluators', { params: { path: { id: challengeId } } }),
      ),
  });
}

export function useReviewQueue() {
  return useQuery({
    queryKey: ['private', 'review-queue'],
    queryFn: () => unwrap(api.GET('/api/v1/review-queue')),
  });
}

/** Invalidates every challenge query after a change. */
export function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['private'] });
}

export function useStartApplication(challengeId: string) {
  return useMutation({
    mutationFn: (organisationId: string) =>
      unwrap(
        api.POST('/api/v1/challenges/{id}/applications', {
          params: { path: { id: challengeId } },
          body: { organisationId },
        }),
      ),
  });
}

/**
 * Uploads the raw bytes with XMLHttpRequest (fetch reports no upload progress); the API judges
 * the type from the bytes and refuses too-large files while they stream.
 */
export function uploadAttachment(
  applicationId: string,
  file: File,
  onProgress: (percent: number) => void,
): Promise<Schemas['AttachmentSchema']> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const url = `/api/v1/applications/${applicationId}/attachments?filename=${encodeURIComponent(file.name)}`;
    xhr.open('POST', url);
    const token = session.accessToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as Schemas['AttachmentSchema']);
      else reject(ApiError.from(xhr.status, body));
    };
    xhr.onerror = () => reject(new Error('network'));
    xhr.send(file);
  });
}
