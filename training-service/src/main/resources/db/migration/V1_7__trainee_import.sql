-- An uploaded register of trainees, kept until it is committed (and after, for its result): it survives a restart.
CREATE TABLE trainee_import (
    id                  UUID          PRIMARY KEY,
    status              VARCHAR(20)   NOT NULL,
    session_id          UUID          REFERENCES training_session (id),
    file_name           VARCHAR(255),
    uploaded_at         TIMESTAMPTZ   NOT NULL,
    committed_at        TIMESTAMPTZ,
    -- the Idempotency-Key of the commit and the hash of its decisions: a retry resumes or replays that commit
    commit_key          VARCHAR(200),
    commit_request_hash VARCHAR(64),
    version             BIGINT        NOT NULL
);

-- One row of the register as read (cells by column, as written) and as understood (the trainee's fields), what
-- is wrong with it, who it may duplicate and, once committed, what became of it. Personal data, like trainee.
CREATE TABLE trainee_import_row (
    id              UUID          PRIMARY KEY,
    import_id       UUID          NOT NULL REFERENCES trainee_import (id) ON DELETE CASCADE,
    row_number      INTEGER       NOT NULL,
    cells           JSONB         NOT NULL,
    full_name       VARCHAR(200),
    sex             VARCHAR(10),
    birth_year      INTEGER,
    category        VARCHAR(20),
    region_code     VARCHAR(32),
    district_code   VARCHAR(64),
    phone           VARCHAR(30),
    status          VARCHAR(20)   NOT NULL,
    problems        JSONB         NOT NULL,
    candidates      JSONB         NOT NULL,
    decision        VARCHAR(10),
    -- a MERGE goes into a registered trainee or into the trainee an earlier row of the register became
    merge_into      UUID,
    merge_into_row  INTEGER,
    outcome         VARCHAR(20),
    trainee_id      UUID,
    outcome_message VARCHAR(1000),
    UNIQUE (import_id, row_number)
);
