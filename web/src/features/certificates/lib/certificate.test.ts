import { describe, expect, it } from 'vitest';
import { checkUrl, holderVerdict, verdict, verifyUrl } from './certificate';

describe('the public certificate check', () => {
  it('says valid, revoked, or unknown for a number it does not know', () => {
    expect(verdict(200, { number: 'A', valid: true })).toBe('valid');
    expect(verdict(200, { number: 'A', valid: false })).toBe('revoked');
    expect(verdict(404, null)).toBe('unknown');
  });

  it('says whether the name typed in is the holder’s, and nothing when no name was asked about', () => {
    expect(holderVerdict({ number: 'A', valid: true, holderMatches: true })).toBe('matches');
    expect(holderVerdict({ number: 'A', valid: true, holderMatches: false })).toBe('differs');
    expect(holderVerdict({ number: 'A', valid: true })).toBe('unasked');
    expect(holderVerdict(null)).toBe('unasked');
  });

  it('asks about the holder’s name, in any script, only when one is typed in', () => {
    expect(checkUrl('https://training.example.org', 'HMK-1/2')).toBe(
      'https://training.example.org/certificates/HMK-1%2F2',
    );
    expect(checkUrl('https://training.example.org', 'HMK-1', '   ')).toBe(
      'https://training.example.org/certificates/HMK-1',
    );
    expect(checkUrl('https://training.example.org', 'HMK-1', ' Раҳимзода Дилором ')).toBe(
      'https://training.example.org/certificates/HMK-1?holderName=%D0%A0%D0%B0%D2%B3%D0%B8%D0%BC%D0%B7%D0%BE%D0%B4%D0%B0+%D0%94%D0%B8%D0%BB%D0%BE%D1%80%D0%BE%D0%BC',
    );
  });

  it('puts the number in the address its QR code carries', () => {
    expect(verifyUrl('https://hamkori.example.org', 'HMK 7')).toBe('https://hamkori.example.org/verify/HMK%207');
  });

  it('escapes a number with a slash in the address of its QR code', () => {
    expect(verifyUrl('http://127.0.0.1:3000', 'HK-12/3')).toBe('http://127.0.0.1:3000/verify/HK-12%2F3');
  });
});
