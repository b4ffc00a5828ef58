-- One database and one login per service (SPEC §1). Passwords here are for local containers only;
-- production supplies its own through the *_DB_PASSWORD variables.
CREATE ROLE centers LOGIN PASSWORD 'centers';
CREATE DATABASE centers OWNER centers;
CREATE ROLE groups LOGIN PASSWORD 'groups';
CREATE DATABASE groups OWNER groups;
CREATE ROLE training LOGIN PASSWORD 'training';
CREATE DATABASE training OWNER training;
CREATE ROLE reporting LOGIN PASSWORD 'reporting';
CREATE DATABASE reporting OWNER reporting;
