package org.hamkori.kit.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Completes every operation of a service's OpenAPI document: a description saying who may call it, a bearer
 * security requirement without scopes (roles are not OAuth2 scopes; they are named in the description), and the
 * service's own address as its server. Clients such as the web app are generated from these documents. It runs when
 * the document is asked for rather than at start-up, where building the document took about a fifth of the main
 * thread's work before the service was ready.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_PER_REQUEST)
public class OperationDocumentation implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            int port = ConfigProvider.getConfig().getOptionalValue("quarkus.http.port", Integer.class).orElse(8080);
            openAPI.addServer(OASFactory.createServer().url("http://127.0.0.1:" + port)
                    .description("This service on a local suite (./hamkori up)"));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                document(operation);
            }
        }
    }

    private static void document(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        boolean signedIn = security != null && !security.isEmpty();
        List<String> roles = new ArrayList<>();
        if (signedIn) {
            List<SecurityRequirement> withoutScopes = new ArrayList<>();
            for (SecurityRequirement requirement : security) {
                SecurityRequirement plain = OASFactory.createSecurityRequirement();
                for (Map.Entry<String, List<String>> scheme : requirement.getSchemes().entrySet()) {
                    if (scheme.getValue() != null) {
                        scheme.getValue().stream().flatMap(role -> configured(role).stream())
                                .filter(role -> !roles.contains(role)).forEach(roles::add);
                    }
                    plain.addScheme(scheme.getKey());
                }
                withoutScopes.add(plain);
            }
            operation.setSecurity(withoutScopes);
        }
        if (operation.getDescription() == null || operation.getDescription().isBlank()) {
            String who = !signedIn ? "Public: no sign-in needed."
                    : roles.isEmpty() ? "Any signed-in user."
                    : "Roles: " + String.join(", ", roles) + ".";
            String summary = operation.getSummary() == null ? "" : operation.getSummary().strip();
            operation.setDescription(summary.isEmpty() ? who
                    : summary + (summary.endsWith(".") ? " " : ". ") + who);
        }
    }

    /**
     * The roles a {@code @RolesAllowed} value names: the roles themselves, or those of the property it refers to
     * ({@code ${hamkori.access.read}}), as the service enforces them.
     */
    private static List<String> configured(String role) {
        if (!role.startsWith("${") || !role.endsWith("}")) {
            return List.of(role);
        }
        String property = role.substring(2, role.length() - 1);
        return ConfigProvider.getConfig().getOptionalValue(property, String[].class).map(List::of)
                .orElse(List.of(role));
    }
}
