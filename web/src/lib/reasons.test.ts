import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REASON_CODES, reasonBody } from './reasons';

const enumOf = (service: string, schema: string): string[] =>
  JSON.parse(readFileSync(join(__dirname, '../../openapi', `${service}.json`), 'utf8')).components.schemas[schema].enum;

describe('reasons for closing a centre and revoking a certificate', () => {
  it('offers exactly the codes the services take', () => {
    expect([...REASON_CODES.closure].sort()).toEqual([...enumOf('centers', 'ClosureReason')].sort());
    expect([...REASON_CODES.revocation].sort()).toEqual([...enumOf('training', 'RevocationReason')].sort());
  });

  it('sends the code with the note as typed, without surrounding spaces', () => {
    expect(reasonBody('MERGED', '  joined the Qubodiyon centre ')).toEqual({
      reasonCode: 'MERGED',
      note: 'joined the Qubodiyon centre',
    });
  });

  it('leaves out a note left empty or blank', () => {
    expect(reasonBody('FRAUD', '')).toEqual({ reasonCode: 'FRAUD' });
    expect(reasonBody('FRAUD', '   ')).toEqual({ reasonCode: 'FRAUD' });
  });
});
