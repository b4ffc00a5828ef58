/** What a certificate check says, from GET /certificates/{number} (public). */
export interface CertificateVerification {
  number: string;
  valid: boolean;
  courseCode?: string;
  courseTitle?: string;
  issuedOn?: string;
  holderInitials?: string;
}

export type Verdict = 'valid' | 'revoked' | 'unknown';

export function verdict(status: number, body: CertificateVerification | null): Verdict {
  if (status === 404 || !body) return 'unknown';
  return body.valid ? 'valid' : 'revoked';
}

/** The public address that checks a certificate, the one its QR code carries. */
export function verifyUrl(origin: string, number: string): string {
  return `${origin}/verify/${encodeURIComponent(number)}`;
}

export async function checkCertificate(
  trainingUrl: string,
  number: string,
): Promise<{ verdict: Verdict; certificate: CertificateVerification | null }> {
  const response = await fetch(`${trainingUrl}/certificates/${encodeURIComponent(number)}`, {
    headers: { Accept: 'application/json' },
  });
  if (response.status === 404 || response.status === 400) return { verdict: 'unknown', certificate: null };
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body = (await response.json()) as CertificateVerification;
  return { verdict: verdict(response.status, body), certificate: body };
}
