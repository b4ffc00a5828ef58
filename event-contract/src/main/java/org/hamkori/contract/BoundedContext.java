package org.hamkori.contract;

import java.util.Locale;

/**
 * The publishing contexts, their topics and CloudEvents sources, all named after the context's code: {@code centers},
 * {@code centers.events}, {@code /hamkori/centers-service}.
 */
public enum BoundedContext {
    CENTERS, GROUPS, TRAINING;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String topic() {
        return code() + ".events";
    }

    public String source() {
        return "/hamkori/" + code() + "-service";
    }
}
