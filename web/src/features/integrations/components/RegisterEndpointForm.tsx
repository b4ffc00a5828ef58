import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/Fields';
import { useWrite, WorkForm } from '../../../components/WorkForm';
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
  const [settings, setSettings] = useState<EndpointSettings>(NO_SETTINGS);
  const [partnerCode, setPartnerCode] = useState('');
  const change = (part: Partial<EndpointSettings>) => setSettings({ ...settings, ...part });
  const register = useWrite(() => writes.register(registration(settings, partnerCode)), onRegistered);
  const problems = register.submission.fieldProblems;
  const heading = t('integrations.register');
  return (
    <WorkForm
      write={register}
      id="register-endpoint"
      heading={heading}
      level={2}
      submit={t('integrations.registerSubmit')}
    >
      <p className="muted">{t('integrations.registerHint')}</p>
      <div className="form-grid">
        <TextField
          label={t('integrations.url')}
          problems={problems.url}
          hint={t('integrations.urlHint')}
          type="url"
          required
          maxLength={2000}
          value={settings.url}
          onChange={(url) => change({ url })}
        />
        <PlaceFilterFields
          regionCode={settings.regionCode}
          districtCode={settings.districtCode}
          onChange={change}
          problems={problems}
        />
        <TextField
          label={t('integrations.description')}
          problems={problems.description}
          maxLength={500}
          value={settings.description}
          onChange={(description) => change({ description })}
        />
        {forPartner && (
          <TextField
            label={t('integrations.partnerCode')}
            problems={problems.partnerCode}
            hint={t('integrations.partnerCodeHint')}
            pattern="[A-Z][A-Z0-9_]{1,31}"
            value={partnerCode}
            onChange={setPartnerCode}
          />
        )}
      </div>
      <EventTypePicker
        chosen={settings.eventTypes}
        onChange={(eventTypes) => change({ eventTypes })}
        problems={problems.eventTypes}
      />
    </WorkForm>
  );
}
