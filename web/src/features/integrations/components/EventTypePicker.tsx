import { useTranslation } from 'react-i18next';
import { Loading, Problem } from '../../../components/Problem';
import { useEventTypes } from '../hooks/useEventTypes';
import { byTopic } from '../lib/endpoints';

/** The event types to receive, from the service's catalogue by topic; none chosen means every type. */
export function EventTypePicker({
  chosen,
  onChange,
  problems,
}: {
  chosen: string[];
  onChange: (eventTypes: string[]) => void;
  problems?: string[];
}) {
  const { t } = useTranslation();
  const types = useEventTypes();
  const toggle = (type: string, on: boolean) =>
    onChange(on ? [...chosen, type] : chosen.filter((chosenType) => chosenType !== type));
  return (
    <fieldset className="event-types">
      <legend>{t('integrations.eventTypes')}</legend>
      <p className="muted">{t('integrations.eventTypesHint')}</p>
      {types.error ? <Problem error={types.error} retry={types.reload} /> : null}
      {!types.data && !types.error && <Loading />}
      {byTopic(types.data ?? []).map(([topic, ofTopic]) => (
        <div key={topic} className="event-topic">
          <strong className="number">{topic}</strong>
          {ofTopic.map((type) => (
            <label key={type.type} className="check" title={type.type}>
              <input
                type="checkbox"
                checked={chosen.includes(type.type ?? '')}
                onChange={(e) => toggle(type.type ?? '', e.target.checked)}
              />{' '}
              {type.name}
            </label>
          ))}
        </div>
      ))}
      {problems?.length ? <span className="field-problem">{problems.join('; ')}</span> : null}
    </fieldset>
  );
}
