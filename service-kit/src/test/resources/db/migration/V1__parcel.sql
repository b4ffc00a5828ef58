-- The kit's test service: its aggregate, and what its consumer records of each event it applies.
CREATE TABLE parcel (
    id           uuid PRIMARY KEY,
    code         varchar(40)  NOT NULL,
    label        varchar(200) NOT NULL,
    weight_grams integer      NOT NULL,
    version      bigint       NOT NULL
);

-- No key on the event: an event applied twice would show as two rows.
CREATE TABLE parcel_receipt (
    id          bigserial PRIMARY KEY,
    event_id    uuid        NOT NULL,
    parcel_id   uuid        NOT NULL REFERENCES parcel (id),
    sequence    bigint      NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX parcel_receipt_parcel ON parcel_receipt (parcel_id);
