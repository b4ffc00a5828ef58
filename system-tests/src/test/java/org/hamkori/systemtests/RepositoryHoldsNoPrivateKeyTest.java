package org.hamkori.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** SPEC §10: no private key is ever part of the repository; every file git tracks is read. */
class RepositoryHoldsNoPrivateKeyTest {

    // the marker is assembled from its words, so that no key scanner (this one included) takes this file for a key
    private static final String DASHES = "-----";
    private static final String LABEL = String.join(" ", "PRIVATE", "KEY");
    private static final Pattern PEM_PRIVATE_KEY = Pattern.compile(
            DASHES + "BEGIN ([A-Z0-9]+ )*" + LABEL + DASHES);
    /** A JSON Web Key with its private exponent ("d") or an RSA prime ("p"). */
    private static final Pattern JWK_PRIVATE_KEY = Pattern.compile(
            "\"kty\"\\s*:[\\s\\S]{0,4000}?\"(d|p)\"\\s*:\\s*\"[A-Za-z0-9_-]{20,}");
    private static final Pattern KEY_STORE = Pattern.compile("(?i).*\\.(p12|pfx|jks|jceks|keystore|key)$");

    @Test
    void noFileTrackedByGitHoldsAPrivateKey() throws IOException, InterruptedException {
        List<String> files = trackedFiles();
        assertTrue(files.size() > 100, "git lists the repository's files: " + files.size());
        List<String> offending = new ArrayList<>();
        for (String file : files) {
            Path path = Suite.ROOT.resolve(file);
            if (KEY_STORE.matcher(file).matches()) {
                offending.add(file + " (a key store)");
                continue;
            }
            if (!Files.isRegularFile(path) || Files.size(path) > 20_000_000) {
                continue;
            }
            String text = new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1);
            if (PEM_PRIVATE_KEY.matcher(text).find() || JWK_PRIVATE_KEY.matcher(text).find()) {
                offending.add(file);
            }
        }
        assertEquals(List.of(), offending, "files holding a private key");
    }

    @Test
    void theCheckRecognisesAPrivateKey() {
        assertTrue(PEM_PRIVATE_KEY.matcher(DASHES + "BEGIN " + "RSA " + LABEL + DASHES + "\nMIIE").find());
        assertTrue(PEM_PRIVATE_KEY.matcher(DASHES + "BEGIN " + LABEL + DASHES).find());
        assertTrue(JWK_PRIVATE_KEY.matcher("{\"kty\":\"RSA\",\"n\":\"xyz\",\"e\":\"AQAB\",\"d\":\"" + "A".repeat(40) + "\"}").find());
        assertTrue(KEY_STORE.matcher("config/server.p12").matches());
    }

    private static List<String> trackedFiles() throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "ls-files", "-z").directory(Suite.ROOT.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] listing = git.getInputStream().readAllBytes();
        assertEquals(0, git.waitFor(), "git ls-files in " + Suite.ROOT);
        List<String> files = new ArrayList<>();
        for (String name : new String(listing, StandardCharsets.UTF_8).split("\0")) {
            if (!name.isEmpty()) {
                files.add(name);
            }
        }
        return files;
    }
}
