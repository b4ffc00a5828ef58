import { ApiError, type ProblemBody } from '../../../api/client';
import { secondsToWait } from '../../../api/retryAfter';

/**
 * What the public check says of a certificate, from GET /certificates/{number}: never any part of the holder's name,
 * only whether the name asked about matches (when one was asked about).
 */
export interface CertificateCheck {
  number: string;
  valid: boolean;
  courseCode?: string;
  courseTitle?: string;
  issuedOn?: string;
  revokedOn?: string;
  holderMatches?: boolean;
}

export type Verdict = 'valid' | 'revoked' | 'unknown';

/** Whether the name typed in is the holder's: unasked when no name was given. */
export type HolderVerdict = 'matches' | 'differs' | 'unasked';

export function verdict(status: number, body: CertificateCheck | null): Verdict {
  if (status === 404 || !body) return 'unknown';
  return body.valid ? 'valid' : 'revoked';
}

export function holderVerdict(body: CertificateCheck | null): HolderVerdict {
  if (body?.holderMatches === undefined) return 'unasked';
  return body.holderMatches ? 'matches' : 'differs';
}

/** The public address that checks a certificate, the one its QR code carries. */
export function verifyUrl(origin: string, number: string): string {
  return `${origin}/verify/${encodeURIComponent(number)}`;
}

/** The address of the public check, asking about the holder's name as printed when one is given. */
export function checkUrl(trainingUrl: string, number: string, holderName = ''): string {
  const name = holderName.trim();
  const query = name ? `?${new URLSearchParams({ holderName: name })}` : '';
  return `${trainingUrl}/certificates/${encodeURIComponent(number)}${query}`;
}

export async function checkCertificate(
  trainingUrl: string,
  number: string,
  holderName = '',
): Promise<{ verdict: Verdict; certificate: CertificateCheck | null }> {
  const response = await fetch(checkUrl(trainingUrl, number, holderName), { headers: { Accept: 'application/json' } });
  if (response.status === 404 || response.status === 400) return { verdict: 'unknown', certificate: null };
  if (!response.ok) {
    const problem = (await response.json().catch(() => null)) as ProblemBody | null;
    throw new ApiError(response.status, problem, secondsToWait(response.headers.get('Retry-After')));
  }
  const body = (await response.json()) as CertificateCheck;
  return { verdict: verdict(response.status, body), certificate: body };
}
