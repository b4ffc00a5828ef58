import { describe, expect, it } from 'vitest';
import { ownPartnerCode, partnerFigure, withoutPartner } from './partners';

const token = (claims: object) => `x.${btoa(JSON.stringify(claims)).replace(/=+$/, '')}.y`;

describe('the partners’ figures', () => {
  it('counts the groups a partner formed as those active and those since dissolved', () => {
    expect(partnerFigure({ groups: { active: 30, dissolved: 7 } }, 'groups.formed')).toBe(37);
    expect(partnerFigure({ groups: { active: 30 } }, 'groups.formed')).toBe(30);
    expect(partnerFigure({}, 'groups.formed')).toBeNull();
    expect(partnerFigure({ training: { certified: 3105 } }, 'training.certified')).toBe(3105);
  });

  it('sends the period and phase but never a partner to the partners’ report', () => {
    expect(withoutPartner({ period: '2021', phase: 'P1', partnerCode: 'MVD' })).toEqual({
      period: '2021',
      phase: 'P1',
    });
  });
});

describe('the organisation a partner’s user opens on', () => {
  it('is the partner_code of a token whose only reporting role is partner', () => {
    expect(ownPartnerCode(['partner'], token({ partner_code: 'US_EMBASSY' }))).toBe('US_EMBASSY');
  });

  it('is none for a partner token without the claim and for the roles that read every partner', () => {
    expect(ownPartnerCode(['partner'], token({}))).toBeNull();
    expect(ownPartnerCode(['analyst', 'partner'], token({ partner_code: 'MVD' }))).toBeNull();
    expect(ownPartnerCode(['admin'], token({ partner_code: 'MVD' }))).toBeNull();
  });
});
