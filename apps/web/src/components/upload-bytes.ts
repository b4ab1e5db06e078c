import { ApiError } from '../api/errors';
import { session } from '../auth/session';

/**
 * POSTs a file's raw bytes (application/octet-stream) with XMLHttpRequest, which reports upload
 * progress (fetch does not); the API judges the type from the bytes and refuses too-large files
 * while they stream. Resolves with the JSON answer, rejects with the API's error.
 */
export function uploadBytes<T>(
  url: string,
  file: File,
  onProgress: (percent: number) => void = () => undefined,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
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
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(ApiError.from(xhr.status, body));
    };
    xhr.onerror = () => reject(new Error('network'));
    xhr.send(file);
  });
}
