package org.hamkori.kit.tracing;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The method consumes the Kafka record among its arguments: it runs in a consumer span that continues the trace of
 * the record's {@code ce_traceparent}, with the event's id in the logging MDC ({@link EventTraceInterceptor}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ContinuesEventTrace {
}
