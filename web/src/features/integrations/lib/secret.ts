import type { Endpoint } from './endpoints';

/**
 * A signing secret the service shows once (registration, rotation). It lives only in this state, never in storage
 * or the address, and is gone once the user says it is kept: it cannot be shown again, only rotated.
 */
export interface ShownSecret {
  endpointId: string;
  url: string;
  secret: string;
  reason: 'registered' | 'rotated';
  copied: boolean;
}

export type SecretEvent =
  { type: 'received'; endpoint: Endpoint; reason: ShownSecret['reason'] } | { type: 'copied' } | { type: 'dismissed' };

export function shownSecret(state: ShownSecret | null, event: SecretEvent): ShownSecret | null {
  switch (event.type) {
    case 'received': {
      const { id, url, secret } = event.endpoint;
      // an answer without a secret leaves what is shown: the user has not kept it yet
      if (!secret || !id) return state;
      return { endpointId: id, url: url ?? '', secret, reason: event.reason, copied: false };
    }
    case 'copied':
      return state && { ...state, copied: true };
    case 'dismissed':
      return null;
  }
}
