package org.hamkori.kit.security;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** Who may do what, declared once per service in {@code hamkori.access.*} (SPEC §2). */
@ConfigMapping(prefix = "hamkori.access")
public interface AccessConfig {

    /** The roles that see personal data (names, phone numbers, free text about people); none when unset. */
    Optional<List<String>> personalData();
}
