package org.hamkori.kit.tracing;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.Arrays;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Runs a {@link ContinuesEventTrace} method in a consumer span continuing its record's trace. */
@ContinuesEventTrace
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class EventTraceInterceptor {

    @Inject
    EventTracing tracing;

    @AroundInvoke
    Object continueTrace(InvocationContext invocation) throws Exception {
        Optional<ConsumerRecord<?, ?>> consumed = Arrays.stream(invocation.getParameters())
                .filter(ConsumerRecord.class::isInstance).<ConsumerRecord<?, ?>>map(ConsumerRecord.class::cast)
                .findFirst();
        if (consumed.isEmpty()) {
            return invocation.proceed();
        }
        return tracing.consuming(consumed.get(), invocation::proceed);
    }
}
