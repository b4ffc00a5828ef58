package org.hamkori.training;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * One trainee's result as submitted. {@code position} says where it came from ({@code results[2]} in a
 * JSON body, {@code row 3} of an attendance sheet) so that every problem names its entry; {@code unreadable}
 * lists what could not be read from it, and the values that could not be read are null.
 */
public record ResultLine(String position, UUID traineeId, BigDecimal attendedHours, BigDecimal score,
        List<String> unreadable) {

    public static ResultLine readable(String position, UUID traineeId, BigDecimal attendedHours, BigDecimal score) {
        return new ResultLine(position, traineeId, attendedHours, score, List.of());
    }
}
