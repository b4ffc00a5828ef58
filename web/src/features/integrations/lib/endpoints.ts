import type { components } from '../../../api/generated/webhooks';

export type Endpoint = components['schemas']['EndpointView'];
export type EndpointHealth = components['schemas']['Health'];
export type EndpointForm = components['schemas']['EndpointForm'];
export type EndpointChange = components['schemas']['EndpointChange'];
export type EventType = components['schemas']['EventTypeView'];
export type Delivery = components['schemas']['DeliveryView'];
export type DeliveryAttempt = components['schemas']['Attempt'];
export type DeliveryStatus = components['schemas']['DeliveryStatus'];
export type PingOutcome = components['schemas']['PingOutcome'];

export const DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'FAILED'] as const satisfies readonly DeliveryStatus[];

/**
 * What a recovery set going: deliveries re-queued from the log and, when part of the window is older than the log
 * keeps, that part (replayFrom, replayUntil), re-read from the topics.
 */
export type Recovery = components['schemas']['Recovery'];

/** The settings of an endpoint as the user fills them in; empty strings and no event type mean "not set". */
export interface EndpointSettings {
  url: string;
  eventTypes: string[];
  regionCode: string;
  districtCode: string;
  description: string;
}

export const NO_SETTINGS: EndpointSettings = {
  url: '',
  eventTypes: [],
  regionCode: '',
  districtCode: '',
  description: '',
};

/**
 * The body of a registration: only what the user set, so that no event type chosen means every type and no
 * place means no filter. Admin may register for a partner organisation; a partner's own code comes from its token.
 */
export function registration(settings: EndpointSettings, partnerCode = ''): EndpointForm {
  return {
    ...changedSettings(settings),
    ...(partnerCode.trim() ? { partnerCode: partnerCode.trim() } : {}),
  };
}

/** The settings an endpoint has now, to change one thing and send the rest as they are. */
export function settingsOf(endpoint: Endpoint): EndpointSettings {
  return {
    url: endpoint.url ?? '',
    eventTypes: endpoint.eventTypes ?? [],
    regionCode: endpoint.filter?.regionCode ?? '',
    districtCode: endpoint.filter?.districtCode ?? '',
    description: endpoint.description ?? '',
  };
}

/** A PUT replaces the settings: turning an endpoint on or off sends every other setting as it is. */
export function switchedOnOrOff(endpoint: Endpoint, enabled: boolean): EndpointChange {
  return { ...changedSettings(settingsOf(endpoint)), enabled };
}

function changedSettings(settings: EndpointSettings): Omit<EndpointChange, 'enabled'> {
  const regionCode = settings.regionCode.trim();
  const districtCode = settings.districtCode.trim();
  const description = settings.description.trim();
  return {
    url: settings.url.trim(),
    ...(settings.eventTypes.length ? { eventTypes: settings.eventTypes } : {}),
    ...(regionCode || districtCode
      ? { filter: { ...(regionCode ? { regionCode } : {}), ...(districtCode ? { districtCode } : {}) } }
      : {}),
    ...(description ? { description } : {}),
  };
}

/** The event types grouped by the topic that carries them, in the catalogue's order. */
export function byTopic(types: EventType[]): [string, EventType[]][] {
  const groups = new Map<string, EventType[]>();
  for (const type of types) {
    const topic = type.topic ?? '';
    groups.set(topic, [...(groups.get(topic) ?? []), type]);
  }
  return [...groups.entries()];
}

/** The short name of a ce_type (org.hamkori.centers.CenterOpened.v1 → CenterOpened). */
export function eventName(ceType: string | undefined): string {
  const parts = (ceType ?? '').split('.');
  return parts.length >= 2 ? parts[parts.length - 2] : (ceType ?? '');
}

export function endpointPath(id: string | undefined): string {
  return `/integrations/${id ?? ''}`;
}
