import type { components as Centers } from '../api/generated/centers';
import type { components as Training } from '../api/generated/training';

/**
 * Why a centre closes or a certificate is revoked (SPEC §4, §6): partners receive only the code; the free-text note
 * stays with the record in its service, since it may name people.
 */
export type ClosureReason = Centers['schemas']['ClosureReason'];
export const CLOSURE_REASONS = [
  'MERGED',
  'RELOCATED',
  'NO_FUNDING',
  'BUILDING_UNSAFE',
  'OTHER',
] as const satisfies readonly ClosureReason[];

export type RevocationReason = Training['schemas']['RevocationReason'];
export const REVOCATION_REASONS = [
  'ISSUED_IN_ERROR',
  'FRAUD',
  'DUPLICATE',
  'OTHER',
] as const satisfies readonly RevocationReason[];

/** A code and an optional note as the services take them: an empty note is left out. */
export function reasonBody<Code extends string>(reasonCode: Code, note: string): { reasonCode: Code; note?: string } {
  const trimmed = note.trim();
  return trimmed ? { reasonCode, note: trimmed } : { reasonCode };
}
