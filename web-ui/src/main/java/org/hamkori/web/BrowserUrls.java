package org.hamkori.web;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The URLs web-ui hands the browser, by the setting that configures each. A deployment that hands out a loopback
 * URL sends every user's browser to the user's own machine, so web-ui refuses to start with one unless
 * {@code hamkori.web.allow-loopback} says the run is local.
 */
@Singleton
class BrowserUrls {

    /** Each URL the browser is given, keyed by its property and environment variable. */
    static Map<String, String> of(WebConfig config) {
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("hamkori.web.centers-url (HAMKORI_CENTERS_URL)", config.centersUrl());
        urls.put("hamkori.web.groups-url (HAMKORI_GROUPS_URL)", config.groupsUrl());
        urls.put("hamkori.web.training-url (HAMKORI_TRAINING_URL)", config.trainingUrl());
        urls.put("hamkori.web.reporting-url (HAMKORI_REPORTING_URL)", config.reportingUrl());
        urls.put("hamkori.web.webhooks-url (HAMKORI_WEBHOOKS_URL)", config.webhooksUrl());
        urls.put("hamkori.web.issuer (HAMKORI_OIDC_ISSUER)", config.issuer());
        return urls;
    }

    /** Why web-ui must not start with these URLs, one line per loopback URL; empty when it may. */
    static List<String> loopbackRefusals(Map<String, String> urls) {
        return urls.entrySet().stream().filter(url -> isLoopback(url.getValue()))
                .map(url -> url.getKey() + " is a loopback URL (" + url.getValue()
                        + "): set it to the address users' browsers reach")
                .toList();
    }

    static boolean isLoopback(String url) {
        String host = URI.create(url).getHost();
        if (host == null) {
            return false;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.equals("localhost") || host.endsWith(".localhost")) {
            return true;
        }
        boolean ipLiteral = host.startsWith("[") || host.matches("[0-9.]+");
        if (!ipLiteral) {
            return false;
        }
        try {
            // an address literal is parsed, never looked up
            return InetAddress.getByName(host.replaceAll("^\\[|]$", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    static void refuseLoopbackUnlessAllowed(@Observes StartupEvent started, WebConfig config) {
        if (config.allowLoopback()) {
            return;
        }
        List<String> refusals = loopbackRefusals(of(config));
        if (!refusals.isEmpty()) {
            throw new IllegalStateException("web-ui will not start: " + String.join("; ", refusals)
                    + " (a local run sets HAMKORI_WEB_ALLOW_LOOPBACK=true)");
        }
    }
}
