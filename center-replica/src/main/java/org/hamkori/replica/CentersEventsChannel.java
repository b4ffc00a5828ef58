package org.hamkori.replica;

import io.smallrye.config.ConfigMapping;

/** The incoming channel the replica is fed from; its topic is configured beside the channel. */
@ConfigMapping(prefix = "mp.messaging.incoming.centers-events")
public interface CentersEventsChannel {

    String topic();
}
