/** Runtime configuration served by web-ui at /config.json: no URL is baked into the bundle. */
export interface AppConfig {
  centersUrl: string;
  groupsUrl: string;
  trainingUrl: string;
  reportingUrl: string;
  /** webhooks-service; optional so that the app still starts on a web-ui that does not hand it out yet. */
  webhooksUrl?: string;
  issuer: string;
  clientId: string;
}

export async function loadConfig(): Promise<AppConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`/config.json: HTTP ${response.status}`);
  const config = (await response.json()) as AppConfig;
  for (const key of ['centersUrl', 'groupsUrl', 'trainingUrl', 'reportingUrl', 'issuer', 'clientId'] as const) {
    if (!config[key]) throw new Error(`/config.json lacks ${key}`);
  }
  return config;
}
