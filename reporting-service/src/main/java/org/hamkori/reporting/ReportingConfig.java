package org.hamkori.reporting;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** {@code hamkori.reporting.*}: the topics reporting reads and how its jobs, metrics and event stream behave. */
@ConfigMapping(prefix = "hamkori.reporting")
public interface ReportingConfig {

    /** The programme's topics, all read by one consumer group. */
    List<String> topics();

    /** The live consumer's group. */
    String consumerGroup();

    /** The programme's calendar: where a day (and so a year) begins and ends. */
    @WithDefault("Asia/Dushanbe")
    String timeZone();

    Metrics metrics();

    Rebuild rebuild();

    Stream stream();

    interface Metrics {
        /** How often the figures exposed as metrics are read again. */
        @WithDefault("PT10S")
        Duration refresh();
    }

    interface Rebuild {
        /** How long a rebuild waits for the live consumer to pass its offsets before it switches over anyway. */
        @WithDefault("PT2M")
        Duration liveCatchUpTimeout();
    }

    interface Stream {
        /** Clients of {@code /events/stream} at once. */
        @WithDefault("50")
        int maxClients();

        /** Streams one client (the token's subject) holds at once, so that one partner cannot take every slot. */
        @WithDefault("3")
        int maxPerSubject();

        /** How far before a client's last event a resumed stream starts reading again. */
        @WithDefault("PT30S")
        Duration resumeMargin();

        /** How often an idle stream sends a keep-alive comment. */
        @WithDefault("PT15S")
        Duration keepAlive();
    }
}
