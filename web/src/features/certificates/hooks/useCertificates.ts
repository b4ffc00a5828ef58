import { useEffect, useState } from 'react';
import QRCode from 'qrcode';
import { data } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';
import type { components } from '../../../api/generated/training';
import { checkCertificate } from '../lib/certificate';

type EnrollmentView = components['schemas']['EnrollmentView'];

/** The public check of a certificate (none without a number), asking about the holder's name when one is given. */
export function useCertificateCheck(number: string | undefined, holderName = '') {
  const api = useApi();
  return useLoad(
    async () => (number ? checkCertificate(api.config.trainingUrl, number, holderName) : null),
    [api, number, holderName],
  );
}

/**
 * The holder's name of a certificate, read with the trainer's rights from the enrolment that earned it; none when
 * the enrolment is not named or earned another certificate (a mistyped address prints no one else's name).
 */
export function useCertificateHolder(number: string, sessionId: string | null, traineeId: string | null) {
  const api = useApi();
  return useLoad(async () => {
    if (!sessionId || !traineeId) return null;
    // the OpenAPI document declares no schema for this answer: it is an EnrollmentView
    const enrollment = data(
      await api.training.GET('/sessions/{sessionId}/enrollments/{traineeId}', {
        params: { path: { sessionId, traineeId } },
      }),
    ) as EnrollmentView;
    return enrollment.certificateNumber === number ? (enrollment.fullName ?? null) : null;
  }, [api, number, sessionId, traineeId]);
}

/** A QR code of the address, as SVG markup (empty until it is drawn, or if it cannot be). */
export function useQrCode(url: string): string {
  const [drawn, setDrawn] = useState({ url: '', svg: '' });
  useEffect(() => {
    let current = true;
    QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then(
      (svg) => current && setDrawn({ url, svg }),
      () => current && setDrawn({ url, svg: '' }),
    );
    return () => {
      current = false;
    };
  }, [url]);
  return drawn.url === url ? drawn.svg : '';
}
