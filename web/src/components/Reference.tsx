import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { data } from '../api/client';
import { useApi } from '../api/ApiContext';

interface Name {
  en: string;
  ru: string;
  tg: string;
}
export interface RegionRef {
  code: string;
  name: Name;
}
export interface DistrictRef {
  code: string;
  regionCode: string;
  name: Name;
  afghanBorder: boolean;
}
interface Reference {
  regions: RegionRef[];
  districts: DistrictRef[];
}

const ReferenceContext = createContext<Reference>({ regions: [], districts: [] });

/** Regions and districts from /reference/* (public), with their names in every language. */
export function ReferenceProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [reference, setReference] = useState<Reference>({ regions: [], districts: [] });
  useEffect(() => {
    Promise.all([api.reporting.GET('/reference/regions'), api.reporting.GET('/reference/districts')]).then(
      ([regions, districts]) =>
        setReference({
          regions: ((data(regions) as { items?: RegionRef[] }).items ?? []) as RegionRef[],
          districts: ((data(districts) as { items?: DistrictRef[] }).items ?? []) as DistrictRef[],
        }),
      () => {
        // names fall back to codes until the reference data can be read
      },
    );
  }, [api]);
  return <ReferenceContext.Provider value={reference}>{children}</ReferenceContext.Provider>;
}

/** Names of regions and districts in the chosen language (the code when unknown). */
export function useReference() {
  const reference = useContext(ReferenceContext);
  const { i18n } = useTranslation();
  const language = (['en', 'ru', 'tg'].includes(i18n.language) ? i18n.language : 'en') as keyof Name;
  // the same functions while the names and language stay, so that what is computed from them is not redone
  const regionName = useCallback(
    (code: string | null | undefined) => reference.regions.find((r) => r.code === code)?.name[language] ?? code ?? '',
    [reference.regions, language],
  );
  const districtName = useCallback(
    (code: string | null | undefined) => reference.districts.find((d) => d.code === code)?.name[language] ?? code ?? '',
    [reference.districts, language],
  );
  return { ...reference, language, regionName, districtName };
}
