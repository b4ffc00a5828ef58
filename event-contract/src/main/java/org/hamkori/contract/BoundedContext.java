package org.hamkori.contract;

/** The publishing contexts, their topics and CloudEvents sources. */
public enum BoundedContext {
    CENTERS("centers", "centers.events", "/hamkori/centers-service"),
    GROUPS("groups", "groups.events", "/hamkori/groups-service"),
    TRAINING("training", "training.events", "/hamkori/training-service");

    private final String code;
    private final String topic;
    private final String source;

    BoundedContext(String code, String topic, String source) {
        this.code = code;
        this.topic = topic;
        this.source = source;
    }

    public String code() {
        return code;
    }

    public String topic() {
        return topic;
    }

    public String source() {
        return source;
    }
}
