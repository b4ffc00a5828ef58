package org.hamkori.kit.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.util.List;
import java.util.Map;

/**
 * Who may do what, declared once per service in {@code hamkori.access.*} (SPEC §2): each key names a kind of
 * operation ({@code read}, {@code write}, {@code personal-data}, …) and lists its roles; the resources'
 * {@code @RolesAllowed("${hamkori.access.…}")} read the same keys.
 */
@ConfigMapping(prefix = "hamkori.access")
public interface AccessConfig {

    @WithParentName
    Map<String, List<String>> roles();

    /** The roles that see personal data (names, phone numbers, free text about people); none when unset. */
    default List<String> personalData() {
        return roles().getOrDefault("personal-data", List.of());
    }

    /** The roles a token's {@code regions} claim limits ({@link RegionScope}); the kit's default names them. */
    default List<String> regionScoped() {
        return roles().getOrDefault("region-scoped", List.of());
    }
}
