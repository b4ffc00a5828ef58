// Where the running suite answers: the web app, Keycloak's realm and the services (each can be moved by its variable).
export const WEB = process.env.HAMKORI_WEB_URL ?? 'http://127.0.0.1:3000';
export const ISSUER = process.env.HAMKORI_OIDC_ISSUER ?? 'http://127.0.0.1:8180/realms/hamkori';
export const CENTERS = process.env.HAMKORI_CENTERS_URL ?? 'http://127.0.0.1:8081';
export const GROUPS = process.env.HAMKORI_GROUPS_URL ?? 'http://127.0.0.1:8082';
export const TRAINING = process.env.HAMKORI_TRAINING_URL ?? 'http://127.0.0.1:8083';
export const REPORTING = process.env.HAMKORI_REPORTING_URL ?? 'http://127.0.0.1:8084';
export const WEBHOOKS = process.env.HAMKORI_WEBHOOKS_URL ?? 'http://127.0.0.1:8085';
