package org.hamkori.reporting.readmodel;

import java.time.Instant;

/**
 * What every report is computed from: the active generation, how many events it has applied and the newest one's
 * time, and the version of the programme's targets. Any applied event or change of the targets gives new inputs; the
 * same question asked of the same inputs has the same answer.
 */
public record ReportInputs(int generation, long eventsApplied, Instant lastEventAt, long targetsVersion) {
}
