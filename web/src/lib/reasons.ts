/**
 * Why a centre closes or a certificate is revoked (SPEC §4, §6): partners receive only the code; the free-text note
 * stays with the record in its service, since it may name people.
 */
export const CLOSURE_REASONS = ['MERGED', 'RELOCATED', 'NO_FUNDING', 'BUILDING_UNSAFE', 'OTHER'] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

export const REVOCATION_REASONS = ['ISSUED_IN_ERROR', 'FRAUD', 'DUPLICATE', 'OTHER'] as const;
export type RevocationReason = (typeof REVOCATION_REASONS)[number];

/** A code and an optional note as the services take them: an empty note is left out. */
export function reasonBody<Code extends string>(reasonCode: Code, note: string): { reasonCode: Code; note?: string } {
  const trimmed = note.trim();
  return trimmed ? { reasonCode, note: trimmed } : { reasonCode };
}
