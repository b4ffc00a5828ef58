package org.hamkori.kit.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Hands every matched request to {@link OperationOrigin}. */
public class OperationOriginFilter {

    @Inject
    OperationOrigin origin;

    @ServerRequestFilter
    public void remember(ContainerRequestContext request, ResourceInfo resource) {
        origin.remember(request, resource);
    }
}
