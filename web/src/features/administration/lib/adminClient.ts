import type { Api } from '../../../api/client';

/** The services whose dead letters the administration lists: every service that consumes events. */
const CONSUMERS = ['groups', 'training', 'reporting', 'webhooks'] as const;
export type AdminService = 'centers' | (typeof CONSUMERS)[number];

/** The kit's admin endpoints are the same on every service; one typed client stands for them all. */
export const adminClient = (api: Api, service: AdminService) => api[service] as unknown as Api['reporting'];

/** The consumers the page can reach: webhooks-service only when web-ui names its address. */
export const consumersOf = (api: Api) =>
  CONSUMERS.filter((service) => service !== 'webhooks' || !!api.config.webhooksUrl);
