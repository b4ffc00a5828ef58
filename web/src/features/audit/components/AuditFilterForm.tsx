import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Choice } from '../../../components/Fields';
import { Field } from '../../../components/Form';
import { AUDIT_SERVICES, type AuditFilters } from '../lib/auditSearch';

const AGGREGATES = ['Center', 'Group', 'Session', 'Trainee', 'Course'];

/** The search's filters, applied when the form is sent. */
export function AuditFilterForm({ value: filters, onChange: onSearch }: Choice<AuditFilters>) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(filters);
  const set = (key: keyof AuditFilters) => (value: string) => setDraft({ ...draft, [key]: value });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    onSearch(draft);
  };
  const text = (key: keyof AuditFilters, label: string, type = 'text') => (
    <Field label={label}>
      <input type={type} value={draft[key]} onChange={(e) => set(key)(e.target.value)} />
    </Field>
  );
  return (
    <form className="work-form" onSubmit={onSubmit} aria-label={t('audit.filters')}>
      <div className="form-grid">
        <Field label={t('audit.service')}>
          <select value={draft.service} onChange={(e) => set('service')(e.target.value)}>
            <option value="">{t('audit.allServices')}</option>
            {AUDIT_SERVICES.map((service) => (
              <option key={service} value={service}>
                {t(`audit.serviceName.${service}`)}
              </option>
            ))}
          </select>
        </Field>
        {text('actor', t('audit.actor'))}
        <Field label={t('audit.aggregate')}>
          <input list="audit-aggregates" value={draft.aggregate} onChange={(e) => set('aggregate')(e.target.value)} />
        </Field>
        <datalist id="audit-aggregates">
          {AGGREGATES.map((aggregate) => (
            <option key={aggregate} value={aggregate} />
          ))}
        </datalist>
        {text('id', t('audit.recordId'))}
        {text('from', t('audit.from'), 'date')}
        {text('to', t('audit.to'), 'date')}
        {text('requestId', t('audit.requestId'))}
      </div>
      <button type="submit" className="primary">
        {t('audit.search')}
      </button>
    </form>
  );
}
