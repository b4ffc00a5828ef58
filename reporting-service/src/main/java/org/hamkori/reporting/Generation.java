package org.hamkori.reporting;

/** One complete set of read-model tables, in schema {@code rm_g<number>} (see V2__read_model_generations.sql). */
public record Generation(int number, State state) {

    public enum State {
        /** Being filled by a rebuild; written by the live consumer too, read by no report. */
        BUILDING,
        /** Read by the reports. */
        ACTIVE,
        /** Replaced by a rebuilt generation; its schema is dropped when the next rebuild starts. */
        RETIRED,
        /** A rebuild that did not finish; its schema is dropped when the next rebuild starts. */
        FAILED
    }

    public String schema() {
        return "rm_g" + number;
    }

    /** {@code template} with every {@code {rm}} replaced by this generation's schema. */
    public String sql(String template) {
        return template.replace("{rm}", schema());
    }
}
