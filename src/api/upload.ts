import { ApiError, apiErrorFromResponse } from './ApiError';
import { consoleRequestHeaders } from './consoleHeaders';

export interface UploadProgress {
  loaded: number;
  total: number;
}

/**
 * Sends a multipart form to the CallFire proxy with upload progress, which `fetch` cannot report.
 * Failures become the same ApiError the typed client raises.
 */
export function uploadWithProgress<Result>(
  path: string,
  form: FormData,
  { onProgress, signal }: { onProgress?: (progress: UploadProgress) => void; signal?: AbortSignal } = {},
): Promise<Result> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api${path}`);
    for (const [name, value] of Object.entries(consoleRequestHeaders)) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.({ loaded: event.loaded, total: event.total });
    };
    request.onload = () => {
      const response = new Response(request.responseText || null, {
        status: request.status,
        headers: { 'content-type': request.getResponseHeader('content-type') ?? '' },
      });
      if (!response.ok) {
        void apiErrorFromResponse(response).then(reject);
        return;
      }
      resolve((request.responseText ? JSON.parse(request.responseText) : undefined) as Result);
    };
    request.onerror = () => reject(new ApiError(0, undefined, 'The upload could not reach the console server.'));
    request.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => request.abort());
    request.send(form);
  });
}
