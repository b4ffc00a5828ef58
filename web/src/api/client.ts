import createClient, { type Middleware } from 'openapi-fetch';
import type { paths as CentersPaths } from './generated/centers';
import type { paths as GroupsPaths } from './generated/groups';
import type { paths as TrainingPaths } from './generated/training';
import type { paths as ReportingPaths } from './generated/reporting';
import type { paths as WebhooksPaths } from './generated/webhooks';
import type { AppConfig } from '../lib/config';
import { secondsToWait } from './retryAfter';

/** The parameters that make a creation happen once: the key its submission made (see `useSubmission`). */
export const idempotent = (key: string) => ({ header: { 'Idempotency-Key': key } });

/** An RFC 9457 problem as the services send it; validation problems name their fields. */
export interface ProblemBody {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: { field?: string; message?: string }[];
}

/** A failed call: the HTTP status, the problem+json body when there is one, and how long a 429 asks to wait. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemBody | null,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
  }
}

export interface ApiSession {
  token: () => string | null;
  language: () => string;
}

function sessionMiddleware(session: ApiSession): Middleware {
  return {
    onRequest({ request }) {
      const token = session.token();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      request.headers.set('Accept-Language', session.language());
      return request;
    },
  };
}

export function createApi(config: AppConfig, session: ApiSession) {
  const middleware = sessionMiddleware(session);
  const centers = createClient<CentersPaths, 'application/json'>({ baseUrl: config.centersUrl });
  const groups = createClient<GroupsPaths, 'application/json'>({ baseUrl: config.groupsUrl });
  const training = createClient<TrainingPaths, 'application/json'>({ baseUrl: config.trainingUrl });
  const reporting = createClient<ReportingPaths, 'application/json'>({ baseUrl: config.reportingUrl });
  const webhooks = createClient<WebhooksPaths, 'application/json'>({ baseUrl: config.webhooksUrl ?? '' });
  [centers, groups, training, reporting, webhooks].forEach((client) => client.use(middleware));
  return { centers, groups, training, reporting, webhooks, session, config };
}
export type Api = ReturnType<typeof createApi>;

/** The data of an openapi-fetch result, or an ApiError. */
export function data<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (!result.response.ok || result.data === undefined) throw failure(result);
  return result.data;
}

/** Nothing, for a write answered without a body (204), or an ApiError. */
export function done(result: { error?: unknown; response: Response }): void {
  if (!result.response.ok) throw failure(result);
}

function failure(result: { error?: unknown; response: Response }): ApiError {
  const problem = result.error && typeof result.error === 'object' ? (result.error as ApiError['problem']) : null;
  return new ApiError(result.response.status, problem, secondsToWait(result.response.headers.get('Retry-After')));
}

/** A report as CSV in the chosen language, saved as a file. */
export async function downloadCsv(api: Api, baseUrl: string, path: string, fileName: string): Promise<void> {
  await downloadFile(api, baseUrl, path, fileName, 'text/csv');
}

/** A file the service makes (a CSV, a spreadsheet), asked for with the user's token and language, saved as a file. */
export async function downloadFile(
  api: Api,
  baseUrl: string,
  path: string,
  fileName: string,
  accept: string,
): Promise<void> {
  const headers: Record<string, string> = { Accept: accept, 'Accept-Language': api.session.language() };
  const token = api.session.token();
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(baseUrl + path, { headers });
  if (!response.ok) throw new ApiError(response.status, null);
  saveFile(await response.blob(), fileName);
}

export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
