import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Problem } from '../../../components/Problem';
import { useImportDownloads } from '../hooks/useImportDownloads';
import { templateLanguage } from '../lib/imports';

const FORMATS = [
  { format: 'xlsx', accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  { format: 'csv', accept: 'text/csv' },
] as const;

/** The empty register to fill in, as a spreadsheet or CSV, with its headers in the user's language. */
export function RegisterTemplateLinks() {
  const { t, i18n } = useTranslation();
  const downloads = useImportDownloads();
  const [error, setError] = useState<unknown>(null);
  const lang = templateLanguage(i18n.language);
  const download = (format: string, accept: string) => {
    setError(null);
    downloads.template(format, accept, lang).catch(setError);
  };
  return (
    <section aria-labelledby="register-templates">
      <h2 id="register-templates">{t('imports.templates')}</h2>
      <p>{t('imports.templatesHint')}</p>
      <p className="inline-form">
        {FORMATS.map(({ format, accept }) => (
          <button key={format} type="button" className="link" onClick={() => download(format, accept)}>
            {t(`imports.template.${format}`)}
          </button>
        ))}
      </p>
      {error ? <Problem error={error} /> : null}
    </section>
  );
}
