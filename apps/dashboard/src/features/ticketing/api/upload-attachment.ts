import { useMutation } from '@tanstack/react-query';
import { ApiError, type ErrorCode } from '@peyvand/web';
import { env } from '@/config/env';
import { refreshOnce } from '@/lib/graphql-client';
import { tokenStore } from '@/lib/token-store';

export interface UploadedAttachment {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

/** POST /attachments next to the GraphQL endpoint: the file as the body, its name in ?name=. */
const uploadUrl = (name: string) => {
  const base = new URL(env.graphqlUrl, window.location.origin);
  return new URL(`/attachments?name=${encodeURIComponent(name)}`, base).toString();
};

async function post(file: File): Promise<Response> {
  const token = tokenStore.getAccessToken();
  return fetch(uploadUrl(file.name), {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: file,
  });
}

/**
 * Uploads one file for a reply or note; the server checks its type by content and its size, and answers with the
 * id GraphQL then attaches. BAD_USER_INPUT carries the server's reason (e.g. "programs … are not accepted").
 */
export async function uploadAttachment(file: File): Promise<UploadedAttachment> {
  let response: Response;
  try {
    response = await post(file);
    if (response.status === 401 && (await refreshOnce())) response = await post(file);
  } catch {
    throw new ApiError('NETWORK_ERROR', 'Network error');
  }
  const body = await response.json().catch(() => undefined);
  if (response.ok && body?.id) return body as UploadedAttachment;
  const message = body?.fields?.[0]?.message ?? body?.message ?? response.statusText;
  throw new ApiError((body?.code as ErrorCode | undefined) ?? (response.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL_SERVER_ERROR'), message, body?.fields ? [{ message, extensions: { code: body.code, fields: body.fields } }] : []);
}

export const useUploadAttachment = () => useMutation({ mutationFn: uploadAttachment });
