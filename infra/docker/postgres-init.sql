-- One database and one login per service (SPEC §1), and Keycloak's. The passwords come from the container's
-- environment (docker-compose.yml requires each); an unset one stops the initialisation.
\getenv centers_password CENTERS_DB_PASSWORD
\getenv groups_password GROUPS_DB_PASSWORD
\getenv training_password TRAINING_DB_PASSWORD
\getenv reporting_password REPORTING_DB_PASSWORD
\getenv webhooks_password WEBHOOKS_DB_PASSWORD
\getenv keycloak_password KEYCLOAK_DB_PASSWORD
CREATE ROLE centers LOGIN PASSWORD :'centers_password';
CREATE DATABASE centers OWNER centers;
CREATE ROLE groups LOGIN PASSWORD :'groups_password';
CREATE DATABASE groups OWNER groups;
CREATE ROLE training LOGIN PASSWORD :'training_password';
CREATE DATABASE training OWNER training;
CREATE ROLE reporting LOGIN PASSWORD :'reporting_password';
CREATE DATABASE reporting OWNER reporting;
CREATE ROLE webhooks LOGIN PASSWORD :'webhooks_password';
CREATE DATABASE webhooks OWNER webhooks;
CREATE ROLE keycloak LOGIN PASSWORD :'keycloak_password';
CREATE DATABASE keycloak OWNER keycloak;
