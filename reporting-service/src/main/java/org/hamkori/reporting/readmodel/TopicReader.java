package org.hamkori.reporting.readmodel;

import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * What replays and rebuilds need of the programme's topics, declared here so that the read model does not depend on
 * the messaging package that implements it ({@code ProgrammeTopics}).
 */
public interface TopicReader {

    /** The offset after the last record of each partition, now. */
    Map<TopicPartition, Long> endOffsets();

    /** The live consumer group's committed offsets; a partition it never committed is at 0. */
    Map<TopicPartition, Long> committedOffsets();

    /** A consumer outside any group (positions are assigned and sought by the caller, nothing is committed). */
    KafkaConsumer<String, byte[]> standaloneConsumer(String clientId);
}
