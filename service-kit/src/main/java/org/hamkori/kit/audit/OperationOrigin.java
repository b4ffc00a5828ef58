package org.hamkori.kit.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hamkori.kit.http.RequestIds;

/**
 * The request an audit entry comes from: its id and the roles its operation admits
 * ({@code @RolesAllowed("${hamkori.access.write}")} read as the configured list), so that an entry records which of
 * the caller's roles allowed the write.
 */
@RequestScoped
public class OperationOrigin {

    private String requestId;
    private Set<String> admittedRoles = Set.of();

    /** Read by {@link OperationOriginFilter} before the resource runs. */
    void remember(ContainerRequestContext request, ResourceInfo resource) {
        requestId = request.getHeaderString(RequestIds.HEADER);
        Method method = resource.getResourceMethod();
        RolesAllowed allowed = method == null ? null : Optional.ofNullable(method.getAnnotation(RolesAllowed.class))
                .orElse(resource.getResourceClass().getAnnotation(RolesAllowed.class));
        admittedRoles = allowed == null ? Set.of() : expand(allowed.value());
    }

    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    public Set<String> admittedRoles() {
        return admittedRoles;
    }

    /** {@code ${hamkori.access.write}} → the roles configured there; a plain name stays itself. */
    static Set<String> expand(String[] declared) {
        Set<String> roles = new LinkedHashSet<>();
        for (String role : declared) {
            if (role.startsWith("${") && role.endsWith("}")) {
                List<String> configured = ConfigProvider.getConfig()
                        .getOptionalValues(role.substring(2, role.length() - 1), String.class).orElse(List.of());
                roles.addAll(configured);
            } else {
                roles.addAll(Arrays.asList(role.split(",")));
            }
        }
        roles.removeIf(String::isBlank);
        return roles;
    }
}
