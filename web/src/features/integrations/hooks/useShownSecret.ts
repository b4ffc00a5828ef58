import { useReducer } from 'react';
import type { Endpoint } from '../lib/endpoints';
import { shownSecret, type ShownSecret } from '../lib/secret';

/** The secret of the last registration or rotation, held in memory until the user says it is kept. */
export function useShownSecret() {
  const [shown, dispatch] = useReducer(shownSecret, null);
  return {
    shown,
    received: (endpoint: Endpoint, reason: ShownSecret['reason']) => dispatch({ type: 'received', endpoint, reason }),
    copied: () => dispatch({ type: 'copied' }),
    dismissed: () => dispatch({ type: 'dismissed' }),
  };
}
export type SecretNotice = ReturnType<typeof useShownSecret>;
