package org.hamkori.kit.inbox;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Counts the records being applied and holds those that arrive during shutdown ({@link ConsumptionShutdown}). */
@StopsConsumingAtShutdown
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class ConsumptionShutdownInterceptor {

    @Inject
    ConsumptionShutdown shutdown;

    @AroundInvoke
    Object consumeUnlessStopping(InvocationContext invocation) throws Exception {
        shutdown.enter();
        try {
            return invocation.proceed();
        } finally {
            shutdown.exit();
        }
    }
}
