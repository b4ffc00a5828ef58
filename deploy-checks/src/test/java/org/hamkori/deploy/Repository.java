package org.hamkori.deploy;

import java.nio.file.Path;

/** The repository's root, where deploy/ and the services' configuration live. */
final class Repository {

    static final Path ROOT = Path.of(System.getProperty("hamkori.root", "..")).toAbsolutePath().normalize();

    private Repository() {
    }
}
