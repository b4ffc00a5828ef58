import { ApiError } from '../../../api/client';

/** The largest register training-service takes (SPEC §6); a larger file is said before it is sent. */
export const MAX_REGISTER_BYTES = 8 * 1024 * 1024;
export const MAX_REGISTER_ROWS = 5000;

/** Why an upload was refused, each said in its own words; anything else is a failed request. */
export type Refusal = 'invalid' | 'sessionNotScheduled' | 'tooLarge' | 'unsupported';

/** A refusal known before sending: too large, or an Excel 97-2003 workbook the service cannot read. */
export function refusalBeforeSending(file: { name: string; size: number }): Refusal | null {
  if (file.size > MAX_REGISTER_BYTES) return 'tooLarge';
  if (/\.xls$/i.test(file.name)) return 'unsupported';
  return null;
}

/**
 * The refusal an answer means: 400 a file that is no register (a column missing or twice, no header) or a session
 * that does not exist, 409 a session that no longer takes enrolments, 413 over 5,000 rows or 8 MB, 415 not XLSX or
 * CSV (an old .xls).
 */
export function refusalOf(error: unknown): Refusal | null {
  if (!(error instanceof ApiError)) return null;
  switch (error.status) {
    case 400:
      return 'invalid';
    case 409:
      return 'sessionNotScheduled';
    case 413:
      return 'tooLarge';
    case 415:
      return 'unsupported';
    default:
      return null;
  }
}

/** The multipart form of an upload: the file, and the session to enrol its people in when one was chosen. */
export function registerForm(file: Blob & { name?: string }, sessionId: string): FormData {
  const form = new FormData();
  form.append('file', file, file.name);
  if (sessionId) form.append('sessionId', sessionId);
  return form;
}
