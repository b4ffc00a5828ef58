package org.hamkori.web;

import io.smallrye.config.ConfigMapping;

/** Where the built app lives and what the browser is told at run time through {@code /config.json}. */
@ConfigMapping(prefix = "hamkori.web")
public interface WebConfig {

    /** Directory of the built app (index.html, assets/). */
    String root();

    String centersUrl();

    String groupsUrl();

    String trainingUrl();

    String reportingUrl();

    String webhooksUrl();

    /** The sign-in issuer (Keycloak realm). */
    String issuer();

    String clientId();

    /** Whether the URLs may be loopback ones: a local run, never a deployment other machines reach. */
    boolean allowLoopback();
}
