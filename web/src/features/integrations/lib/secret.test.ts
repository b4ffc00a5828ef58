import { describe, expect, it } from 'vitest';
import { shownSecret, type ShownSecret } from './secret';

const registered = { id: 'e1', url: 'https://partner.example.org/events', secret: 'whsec_first' };
const firstSecret = ({ copied }: { copied: boolean }): ShownSecret => ({
  endpointId: 'e1',
  url: registered.url,
  secret: 'whsec_first',
  reason: 'registered',
  copied,
});

describe('a signing secret shown once', () => {
  it('is shown from the answer that made it, not yet copied', () => {
    expect(shownSecret(null, { type: 'received', endpoint: registered, reason: 'registered' })).toEqual({
      endpointId: 'e1',
      url: 'https://partner.example.org/events',
      secret: 'whsec_first',
      reason: 'registered',
      copied: false,
    });
  });

  it('remembers that it was copied, and is gone for good once dismissed', () => {
    const shown = shownSecret(null, { type: 'received', endpoint: registered, reason: 'registered' });
    const copied = shownSecret(shown, { type: 'copied' });
    expect(copied?.copied).toBe(true);
    expect(shownSecret(copied, { type: 'dismissed' })).toBeNull();
    expect(shownSecret(null, { type: 'copied' })).toBeNull();
  });

  it('is replaced by the secret of a rotation, which must be copied again', () => {
    const first = firstSecret({ copied: true });
    const rotated = shownSecret(first, {
      type: 'received',
      endpoint: { ...registered, secret: 'whsec_second' },
      reason: 'rotated',
    });
    expect(rotated).toMatchObject({ secret: 'whsec_second', reason: 'rotated', copied: false });
  });

  it('stays as it is when an answer carries no secret, so that an unkept secret is not lost', () => {
    const first = firstSecret({ copied: false });
    expect(
      shownSecret(first, { type: 'received', endpoint: { id: 'e1', url: registered.url }, reason: 'rotated' }),
    ).toBe(first);
  });
});
