import type { components } from '../../../api/generated/centers';

export type CenterView = components['schemas']['CenterView'];
export type CenterForm = components['schemas']['CenterForm'];
export const CENTER_STATUSES = ['PLANNED', 'OPEN', 'UNDER_RENOVATION', 'CLOSED'] as const;

/** The centre's details as the form holds them: text, so that a half-typed number stays as typed. */
export interface CenterFields {
  code: string;
  name: string;
  districtCode: string;
  settlement: string;
  address: string;
  latitude: string;
  longitude: string;
  constructionType: string;
  fundingPartners: string;
  workplaces: string;
}

export const EMPTY_CENTER: CenterFields = {
  code: '',
  name: '',
  districtCode: '',
  settlement: '',
  address: '',
  latitude: '',
  longitude: '',
  constructionType: 'NEW_BUILD',
  fundingPartners: '',
  workplaces: '',
};

/** The fields a user edits, in the order a conflict lists them. */
export const EDITABLE: (keyof CenterFields)[] = [
  'code',
  'name',
  'districtCode',
  'settlement',
  'address',
  'latitude',
  'longitude',
  'constructionType',
  'fundingPartners',
  'workplaces',
];

/** A typed number, or nothing when the field is empty. */
export const typedNumber = (text: string) => (text.trim() === '' ? undefined : Number(text));

/** Partner codes typed as a comma-separated list. */
export const partnerList = (text: string) =>
  text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);

export function centerBody(form: CenterFields): CenterForm {
  return {
    code: form.code.trim(),
    name: form.name.trim(),
    districtCode: form.districtCode,
    settlement: form.settlement.trim() || undefined,
    address: form.address.trim() || undefined,
    latitude: typedNumber(form.latitude),
    longitude: typedNumber(form.longitude),
    constructionType: form.constructionType as CenterForm['constructionType'],
    fundingPartners: partnerList(form.fundingPartners),
    // an empty field is sent as such: the service names it in its problem
    workplaces: typedNumber(form.workplaces) as number,
  };
}

export function centerFields(center: CenterView): CenterFields {
  return {
    code: center.code ?? '',
    name: center.name ?? '',
    districtCode: center.districtCode ?? '',
    settlement: center.settlement ?? '',
    address: center.address ?? '',
    latitude: center.latitude == null ? '' : String(center.latitude),
    longitude: center.longitude == null ? '' : String(center.longitude),
    constructionType: center.constructionType ?? 'NEW_BUILD',
    fundingPartners: (center.fundingPartners ?? []).join(', '),
    workplaces: center.workplaces == null ? '' : String(center.workplaces),
  };
}

/** The dates of a centre's transitions it has been through, as label key and date. */
export function transitionDates(center: CenterView): [string, string][] {
  const dates: [string, string | null | undefined][] = [
    ['centres.openedOn', center.openedOn],
    ['centres.renovationStartedOn', center.renovationStartedOn],
    ['centres.closedOn', center.closedOn],
  ];
  return dates.filter((entry): entry is [string, string] => !!entry[1]);
}
