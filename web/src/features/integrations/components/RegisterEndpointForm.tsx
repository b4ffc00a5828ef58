import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FormProblem, SubmitButton, useSubmission } from '../../../components/Form';
import { useEndpointWrites } from '../hooks/useEndpointWrites';
import { NO_SETTINGS, registration, type Endpoint, type EndpointSettings } from '../lib/endpoints';
import { EventTypePicker } from './EventTypePicker';
import { PlaceFilterFields } from './PlaceFilterFields';

/**
 * A new endpoint. The service pings it (signed) before it registers it, so a refusal says what the endpoint
 * answered. `forPartner`: admin may register one for a partner organisation (empty: the programme's own).
 */
export function RegisterEndpointForm({
  forPartner,
  onRegistered,
}: {
  forPartner: boolean;
  onRegistered: (endpoint: Endpoint) => void;
}) {
  const { t } = useTranslation();
  const writes = useEndpointWrites();
  const submission = useSubmission();
  const [settings, setSettings] = useState<EndpointSettings>(NO_SETTINGS);
  const [partnerCode, setPartnerCode] = useState('');
  const change = (part: Partial<EndpointSettings>) => setSettings({ ...settings, ...part });
  const problems = submission.fieldProblems;
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const registered = await submission.submit(() => writes.register(registration(settings, partnerCode)));
    if (registered) onRegistered(registered);
  };
  return (
    <form className="work-form" onSubmit={onSubmit} aria-labelledby="register-endpoint">
      <h2 id="register-endpoint">{t('integrations.register')}</h2>
      <p className="muted">{t('integrations.registerHint')}</p>
      <div className="form-grid">
        <Field label={t('integrations.url')} problems={problems.url} hint={t('integrations.urlHint')}>
          <input
            type="url"
            required
            maxLength={2000}
            value={settings.url}
            onChange={(e) => change({ url: e.target.value })}
          />
        </Field>
        <PlaceFilterFields
          regionCode={settings.regionCode}
          districtCode={settings.districtCode}
          onChange={change}
          problems={problems}
        />
        <Field label={t('integrations.description')} problems={problems.description}>
          <input
            maxLength={500}
            value={settings.description}
            onChange={(e) => change({ description: e.target.value })}
          />
        </Field>
        {forPartner && (
          <Field
            label={t('integrations.partnerCode')}
            problems={problems.partnerCode}
            hint={t('integrations.partnerCodeHint')}
          >
            <input
              pattern="[A-Z][A-Z0-9_]{1,31}"
              value={partnerCode}
              onChange={(e) => setPartnerCode(e.target.value)}
            />
          </Field>
        )}
      </div>
      <EventTypePicker
        chosen={settings.eventTypes}
        onChange={(eventTypes) => change({ eventTypes })}
        problems={problems.eventTypes}
      />
      <FormProblem submission={submission} />
      <SubmitButton pending={submission.pending}>{t('integrations.registerSubmit')}</SubmitButton>
    </form>
  );
}
