-- An endpoint's health counts its attempts of the last 24 hours (its success rate): read them by time.
CREATE INDEX delivery_attempt_at ON delivery_attempt (attempted_at);
